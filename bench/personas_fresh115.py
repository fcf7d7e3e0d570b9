# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DL), rated in round 62 at this stop's end (`bench/reviews/round62_*`); none of their cards differed from the stop's start."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly  # noqa: F401

from coaching.model import Role

FRESH115 = (
    Persona(
        "DL_florencia_stagemanager_buenosaires",
        "Florencia",
        "jefa de escenario (stage manager) en un musical comercial, calle Corrientes",
        "ser directora de producción en 3 años",
        "Gustavo",
        "director de producción, mi jefe directo",
        Role.MANAGER,
        weekly(1),
        time(14, 30),
        "Florencia ('Flor'), 34, is the stage manager of a commercial musical that has been running in a "
        "Corrientes theatre since August. She reports to Gustavo, the producer company's production director; "
        "they meet every Tuesday at 14:30 in his office before the evening call, so the next 1:1 is Tue 1 Dec. "
        "Gustavo is under pressure from the producer to cut overtime and wants no friction with the show's star, "
        "Mauro (a TV name who sells the tickets). The delicate matter: Mauro has been shouting at the 23-year-old "
        "assistant stage manager Camila ('Cami'); Flor mentioned it once on 20 Oct and Gustavo brushed it off "
        "('Mauro es Mauro, vende entradas'). On Sat 14 Nov Mauro grabbed Cami by the arm in the wings over a late "
        "costume change; a crew member (Lucho) saw it. Cami cried and begged Flor not to make it formal because she "
        "fears not being called for the tour. Flor suspects the company must have a workplace-violence protocol "
        "but hasn't checked. On 24 Nov Gustavo cut their meeting to ten minutes, so nothing got raised. Open "
        "threads: a second ASM for the February tour to Córdoba and Rosario (asked 27 Oct, parked until 'after "
        "15 Dec'); overtime for the crew's double-show Saturdays, unpaid since September; she owes Gustavo the "
        "tour load-in plan and tech rider by Fri 27 Nov, which depends on the ASM answer. Wins: saving the show "
        "when the stage trap failed on 31 Oct, and the executive producer Silvina adopting her show report as a "
        "model; she also built Gustavo the overtime-by-department sheet he needed. She needs help raising the "
        "Cami/Mauro matter so it can't be waved away and without exposing Cami, while still getting her tour "
        "answers and not burning the relationship.",
        logged=(
            Logged(
                P,
                "Gustavo: la prioridad hasta fin de año es bajar horas extra, el productor está con la calculadora 🙄",
                51,
            ),
            Logged(
                N,
                "le comenté a G q Mauro le gritó a Cami en el ensayo de reemplazos. respuesta: 'Mauro es Mauro, vende entradas'. ok.",
                37,
            ),
            Logged(
                A,
                "le pedí a G un 2do asistente para la gira Córdoba/Rosario de feb. 'lo veo con Silvina'",
                30,
            ),
            Logged(
                W,
                "hoy falló el escotillón en el 2do acto, rearmamos la escena sin ascensor en 8 min y la función siguió!! G me mandó un audio re contento",
                26,
            ),
            Logged(
                A,
                "pedí q se paguen las horas extra de los sábados de doble función a técnica, están colgadas desde sept",
                16,
            ),
            Logged(
                N,
                "hoy en el hombro izq M la agarró del brazo a Cami x un cambio de vestuario tarde. Cami lloró en el baño. me pidió q no haga nada formal, tiene miedo q no la llamen p la gira. lo vio Lucho (tramoya)",
                12,
            ),
            Logged(
                N,
                "averiguar si la productora tiene protocolo de violencia laboral... preguntarle a Silvina sin decir x qué",
                11,
            ),
            Logged(A, "2do asistente gira: nada. G dice 'después del 15 de dic vemos' 🙃", 9),
            Logged(
                P,
                "G: que Mauro llegue contento a la temporada de verano, no quiere quilombos con él",
                9,
            ),
            Logged(
                F, "mandarle a G plan de montaje + rider técnico de la gira antes del vie 27", 9
            ),
            Logged(
                W,
                "Silvina me felicitó x el reporte de función, lo va a usar de modelo p las otras salas",
                6,
            ),
            Logged(
                G,
                "le armé a G la planilla de horas x área q le pidió el productor, le ahorré el finde",
                3,
            ),
            Logged(
                N,
                "G cortó la reunión a los 10 min (llamada del productor), no llegué a hablar de nada",
                2,
            ),
            Logged(
                AG,
                "horas extra sábados — ya van 2 meses, los de técnica me preguntan todos los días",
                1.5,
            ),
            Logged(
                AG,
                "Cami / Mauro. no lo puedo dejar pasar otra vez. cómo lo planteo sin q Cami quede expuesta??",
                1,
            ),
            Logged(AG, "2do asistente gira: necesito sí/no para cerrar el plan de montaje", 0.5),
        ),
        tz="America/Argentina/Buenos_Aires",
    ),
    Persona(
        "DL_dewi_storemanager_surabaya",
        "Dewi",
        "kepala toko, ritel perabot & home living",
        "jadi area manager Jatim dalam 2 tahun",
        "Pak Hendra",
        "area manager Jawa Timur, atasan langsung",
        Role.MANAGER,
        monthly(1, 2),
        time(10, 0),
        "Dewi, 31, runs a large home-furnishing store in Surabaya for a national retail chain and reports to "
        "Pak Hendra, the East Java area manager, who visits for a monthly 1:1 on the first Wednesday at 10:00; "
        "the next is Wed 2 Dec, in the run-up to the 12.12 sale and the Christmas/New Year peak. Her stated goal "
        "is to become an area manager and Hendra has been supportive (October was 112% of target, best in East "
        "Java; October shrinkage 0.41%, under his 0.5% target). The delicate matter is personal: on 7 Nov her "
        "mother had a mild stroke in Malang (about two hours away); Dewi drives there on every day off, her "
        "brother in Jakarta can't help, and the doctor says at least three months of physiotherapy. Only her "
        "assistant Yoga knows. She has heard the Malang store head, Bu Ratna, retires in March and is thinking "
        "of asking for a transfer there, but fears it will look like stepping off the area-manager track, and "
        "Hendra will soon plan 2027 staffing. Open threads: two daily temp sales staff (SPG) for December, asked "
        "7 Oct, still waiting on head-office budget after six weeks; the broken air-con on the second-floor "
        "showroom (ticket with GA, customers complaining); Hendra asked for an NPS improvement plan after a "
        "4-point drop; she owes him the stock-take variance report by Mon 30 Nov. She covered his presentation "
        "to the central VM team when he was ill. She needs to work out whether and how to tell Hendra about her "
        "mother and the Malang idea in this meeting, alongside the December staffing ask.",
        logged=(
            Logged(P, "Pak Hendra: fokus Q4 = shrinkage di bawah 0,5% & persiapan 12.12", 85),
            Logged(
                A,
                "minta Pak H tambahan 2 SPG harian utk Desember (Natal + taun baru). katanya nunggu budget HO",
                50,
            ),
            Logged(
                A,
                "minta izin geser jadwal opname ke malam biar gak ganggu customer — disetujui ✅",
                50,
                DONE,
            ),
            Logged(W, "Oktober tembus 112% target!! 🎉 tertinggi se-Jatim kata Pak H", 24),
            Logged(
                A,
                "AC showroom lt 2 mati lagi, sdh minta Pak H dorong tiket ke GA. customer komplain panas 🥵",
                22,
            ),
            Logged(P, "Pak H: NPS toko kita turun 4 poin, minta rencana perbaikan bulan dpn", 22),
            Logged(
                N, "Ibu jatuh di kamar mandi, stroke ringan. dirawat di RSSA Malang. ya Allah", 19
            ),
            Logged(
                G, "gantiin Pak H presentasi ke tim VM pusat waktu dia sakit, pakai slide dia", 15
            ),
            Logged(
                N,
                "kata Yoga Bu Ratna (kepala toko Malang) pensiun Maret. apa aku minta pindah ke Malang?? tp takut dianggap mundur dr jalur AM",
                10,
            ),
            Logged(A, "2 SPG Desember: blm ada kabar. udah 6 minggu", 8),
            Logged(F, "kirim laporan selisih stock opname ke Pak H paling lambat Senin 30/11", 7),
            Logged(W, "shrinkage Oktober 0,41% ✅", 6),
            Logged(
                N,
                "gak ada yg tau soal ibu kecuali Yoga. adik di Jkt gak bisa bantu. dokter: fisioterapi min 3 bln. capek bolak balik sby-mlg",
                4,
            ),
            Logged(
                AG,
                "ngomong soal ibu & kemungkinan pindah ke Malang — sebelum Pak H bikin rencana orang 2027",
                2,
            ),
            Logged(AG, "SPG Desember: kalau gak ada budget, boleh pakai lembur tim?", 1),
            Logged(AG, "bawa rencana perbaikan NPS (AC lt2 + antrian kasir)", 1),
        ),
        tz="Asia/Jakarta",
    ),
    Persona(
        "DL_tomas_buildinginspector_brno",
        "Tomáš",
        "referent stavebního úřadu (kolaudace, kontrolní prohlídky)",
        "chci dělat velké stavby, ne jen rodinné domy",
        "Dvořáková",
        "vedoucí odboru výstavby, nadřízená mého šéfa",
        Role.SKIP,
        monthly(-1, 4),
        time(13, 0),
        "Tomáš, 38, is a building-authority officer at a Brno municipal building office, handling occupancy "
        "approvals and site inspections. His line manager is Ing. Novák; once a month, on the last Friday at "
        "13:00, he has a skip-level 1:1 with Mrs Dvořáková, head of the department (next: tomorrow, Fri 27 Nov). "
        "Her priorities are meeting statutory deadlines under the new building act, avoiding more complaints to "
        "the ombudsman, and closing all 2025 files by year-end. The delicate matter is an integrity worry: while "
        "covering a related file he found that the occupancy approval for block C of a development ('Rezidence "
        "Lesná'), issued on 12 Oct and signed by his colleague Petr, has no binding fire-brigade (HZS) opinion "
        "on the fire-safety solution in the file, only a designer's email saying it 'will be supplied'. People "
        "have already moved in. He told Novák on 11 Nov and was told 'not your business, Petr has it under "
        "control'; he later saw Petr lunching with the developer's man. He has no proof of anything improper and "
        "does not want to look like he is informing on Petr and going over Novák's head; he vaguely knows the "
        "office has a designated whistleblowing contact under the 2023 act but not who. Ordinary threads: he asked "
        "in September for the digital building-portal training in Prague (10 Dec), still unanswered and now "
        "urgent; he owes her backlog statistics by month-end (ready); win: 40 backlog files closed in October; "
        "home office one day a week was approved; he also took two on-site hearings for Petr when Petr was ill. "
        "He needs a way to raise block C factually and safely with her tomorrow, plus a yes/no on the training.",
        logged=(
            Logged(
                P,
                "D.: priorita = lhuty podle noveho zakona, nechce zadny dalsi stiznosti na ombudsmana",
                62,
            ),
            Logged(
                A,
                "ptal jsem se D. na skoleni k portalu stavebnika v Praze, rekla ze zjisti rozpocet",
                62,
            ),
            Logged(A, "home office 1 den v tydnu — D. schvalila od listopadu ✅", 27, DONE),
            Logged(P, "D.: do konce roku chce mit vsechny spisy z 2025 uzavrene", 27),
            Logged(F, "poslat D. statistiku nevyrizenych zadosti za oddeleni do konce mesice", 27),
            Logged(W, "dodelal jsem 40 spisu z backlogu za rijen, nejvic z oddeleni 💪", 24),
            Logged(
                G, "vzal jsem za Petra 2 ustni jednani na miste kdyz byl nemocny, D. o tom vi", 21
            ),
            Logged(
                N,
                "Rezidence Lesna blok C — kolaudacni souhlas vydan 12.10., podepsal Petr. ve spisu CHYBI zavazne stanovisko HZS k PBR!! jen mail od projektanta ze 'se doda'",
                17,
            ),
            Logged(
                N, "rekl jsem to Novakovi. 'to neni tvoje vec, Petr to ma pod kontrolou'. hm.", 15
            ),
            Logged(
                N,
                "videl jsem Petra na obede s tim chlapem od developera (Hruby?). nic to nedokazuje ale",
                13,
            ),
            Logged(
                N,
                "mame prislusnou osobu podle zakona o ochrane oznamovatelu — kdo to u nas vlastne je? pravnicka Jana?",
                10,
            ),
            Logged(A, "skoleni portal — porad nic, a termin v Praze je 10.12.", 8),
            Logged(
                AG,
                "Lesna blok C. jak to rict D. aby to neznelo ze zaluju na Petra i na Novaka? lidi uz tam bydli 😬",
                2,
            ),
            Logged(AG, "skoleni 10.12. — potrebuju ano/ne ted", 1),
            Logged(AG, "statistika backlogu — hotova, vezmu ji vytistenou", 0.5),
        ),
        tz="Europe/Prague",
    ),
    Persona(
        "DL_aline_backenddev_kigali",
        "Aline",
        "backend dev at a payments startup",
        "senior engineer next year, eng lead by 2028",
        "JP",
        "my mentor, Head of Engineering at a bank (not my company)",
        Role.MENTOR,
        monthly(-1, 5),
        time(9, 0),
        "Aline, 27, is a backend developer at a Kigali payments startup, where for 18 months she has owned the "
        "mobile-money reconciliation service. JP (Jean-Paul), Head of Engineering at a bank, mentors her over "
        "coffee on the last Saturday of each month at 09:00; the next is Sat 28 Nov, and he agreed to make it an "
        "hour. Her notes mix English and French. His standing advice is to make her work visible by writing "
        "(design docs, ADRs); his own priority is getting more women into his team's 2027 hiring pipeline, and "
        "she has referred CVs from her ALU cohort (one got an interview). Wins: she found and fixed a duplicate "
        "mobile-money callback bug at 2am on 3 Nov with nothing lost, and gave a well-received talk on "
        "idempotency at DevFest Kigali on 14 Nov. She owes him the recon-rewrite design doc he offered to review "
        "'after DevFest' and it is late. The delicate matter: a Nairobi fintech (remote, Series B) offered her "
        "on 20 Nov roughly double her salary, paid in USD, with an answer due Fri 4 Dec, before their next "
        "session. Her CTO Kevin verbally promised a senior title 'in Q1' with nothing in writing, she is the only "
        "one who really knows the recon system and feels guilty, and JP and Kevin studied together at CMU-Africa, "
        "so she is unsure how much to tell JP. She needs to decide stay/go/counter, what to ask Kevin for, and "
        "whether leaving after 18 months looks bad.",
        logged=(
            Logged(
                P,
                "JP: 'this year, write more than you code' — design docs, ADRs, make ur work visible",
                89,
            ),
            Logged(
                G,
                "sent JP 2 CVs from my ALU cohort for his data team — Divine got an interview 👍",
                55,
            ),
            Logged(
                N,
                "recruiter msg on LinkedIn, Nairobi fintech. said yes to a call, juste pour voir",
                35,
            ),
            Logged(
                A,
                "asked JP to review my design doc for the recon rewrite. il a dit oui, 'send it after DevFest'",
                26,
            ),
            Logged(P, "JP wants more women in his 2027 pipeline, asked me to keep sending CVs", 26),
            Logged(
                W,
                "recon incident 3 nov — callbacks MoMo dupliqués, trouvé le bug à 2h du mat, 0 FRW perdu 😮‍💨",
                22,
            ),
            Logged(W, "DevFest talk on idempotency went well!! ~80 ppl, slides on GH", 12),
            Logged(
                F, "send JP the design doc (v2 with the Airtel part) — promised after DevFest", 12
            ),
            Logged(N, "offer today from the Nairobi fintech: ~2x my salary, in USD 😳 remote", 6),
            Logged(
                N,
                "deadline Fri 4 Dec. Kevin promised me senior 'in Q1' — nothing written. and I'm the only one who really knows recon 😬",
                5,
            ),
            Logged(
                N,
                "JP and Kevin were at CMU-Africa together. will he tell him?? prob not mais bon",
                4,
            ),
            Logged(
                A,
                "asked JP (whatsapp) if sat coffee can be 1h instead of 30 min — 'sawa' ✅",
                3,
                DONE,
            ),
            Logged(
                AG,
                "the offer. stay or go? what would he ask Kevin for in my place — title in writing? counter?",
                2,
            ),
            Logged(AG, "design doc — sorry it's late, send before Sat or bring it printed", 1),
            Logged(AG, "ask him: is it bad to leave after 18 months?", 0.5),
        ),
        tz="Africa/Kigali",
    ),
    Persona(
        "DL_priya_signallingengineer_perth",
        "Priya",
        "rail signalling design engineer",
        "signalling design lead, CPEng by end of 2027",
        "Mark",
        "GM Network Operations, my sponsor in the leadership program",
        Role.SPONSOR,
        monthly(1, 0),
        time(8, 0),
        "Priya, 33, is a signalling design engineer on a rail resignalling program in Perth. Mark, the GM of "
        "Network Operations, is her sponsor in the company's leadership program; they meet on the first Monday "
        "of the month at 08:00 (next: Mon 7 Dec). Mark's priorities are zero possession (line closure) overruns "
        "this financial year and building an in-house signalling bench instead of relying on FIFO contractors; "
        "he asked her to think about graduates, and she owes him a one-pager on the 2027 resourcing gap (draft "
        "done: 3 grads plus 1 mid-level). Wins: she led the stage 2 interlocking site acceptance test over a "
        "weekend possession with zero critical defects, handed back 40 minutes early, and presented it to the "
        "steering committee. Open ask: the CBTC course in Sydney, 15–19 Feb, about $4.8k; Mark said he'd look "
        "at the L&D budget and his EA hasn't answered; early-bird closes 11 Dec. The delicate matter: at the end "
        "of their 2 Nov catch-up Mark said her lead Colin's role 'might open up in the new year' and asked if "
        "she'd be ready; she said 'I think so'. On 6 Nov Colin, who has been a generous mentor to her, told her "
        "in confidence that his cardiologist wants him to cut back and that HR doesn't know. She covered Colin's "
        "design reviews for a week (Mark noticed). She wants the role but feels like a traitor and must answer "
        "Mark without breaking Colin's confidence or looking unready.",
        logged=(
            Logged(P, "Mark: zero possession overruns this FY. 'every overrun is a headline'", 80),
            Logged(
                A, "asked Mark if I could present the SAT results at steerco — yes ✅", 52, DONE
            ),
            Logged(
                W,
                "stage 2 interlocking SAT done over the wkend possession, 0 critical defects, handed back 40 min early 🚆",
                45,
            ),
            Logged(
                P,
                "Mark wants to grow our own signalling bench, stop relying on FIFO contractors. asked me to think about grads",
                24,
            ),
            Logged(
                N,
                "Mark, end of catch-up: 'Colin's role might open up in the new year — would you be ready?' froze a bit. said 'I think so'",
                24,
            ),
            Logged(
                A,
                "asked Mark re CBTC course in Sydney, Feb 15-19, $4.8k. he'll 'look at the L&D budget'",
                24,
            ),
            Logged(
                F,
                "one-pager for Mark on the 2027 resourcing gap (how many grads, who mentors them)",
                24,
            ),
            Logged(
                N,
                "Colin told me in confidence his cardiologist wants him to cut back. hasn't told HR. asked me not to say anything",
                20,
            ),
            Logged(
                G,
                "covered Colin's design reviews all week + wrote the steerco pre-read, Mark saw it",
                13,
            ),
            Logged(N, "Colin back this wk, seems ok. feel like a traitor tbh", 9),
            Logged(A, "CBTC course — chased Mark's EA, nothing. early bird closes 11 Dec", 6),
            Logged(
                AG,
                "how do I answer the Colin q without breaking his confidence?? 'I want the role but not like this'?",
                2,
            ),
            Logged(AG, "resourcing one-pager — draft done, 3 grads + 1 mid", 1),
            Logged(AG, "CBTC course yes/no before 11 Dec", 1),
        ),
        tz="Australia/Perth",
    ),
    Persona(
        "DL_karine_refrigerationtech_sherbrooke",
        "Karine",
        "frigoriste, chef d'équipe chez un petit entrepreneur en réfrigération",
        "avoir ma licence RBQ pis partir ma shop d'ici 5 ans",
        "Martin",
        "gestionnaire des immeubles à la Ville (client), responsable de l'aréna",
        Role.OTHER,
        weekly(0),
        time(7, 30),
        "Karine, 36, is a licensed refrigeration mechanic and crew lead at a small Sherbrooke refrigeration "
        "contractor run by Luc. Their biggest contract is maintenance of the ammonia refrigeration plant at a "
        "municipal arena; her counterpart there is the client, Martin, the City's building manager, with whom "
        "she has a Monday 07:30 site meeting every week in hockey season (next: Mon 30 Nov). Martin's priorities: "
        "no cancelled ice time, and the 2027 budget closing on 15 Dec (anything not in it waits until 2028). "
        "Open threads: her $8,900 quote for compressor #2 bearings, sent 13 Oct and stuck 'with finance'; she owes "
        "him the October maintenance report and updated machine-room log (late); weekend machine-room access was "
        "granted. Win: she fixed a brine pump failure overnight on 23 Oct so a novice hockey tournament went "
        "ahead, and wrote Martin a summary for his council report. The delicate matter is safety: on 16 Nov she "
        "found the ammonia detector's alarm relay bypassed; the City's maintenance man Réjean admits he does it "
        "during games because the 11-year-old detector false-alarms and triggers evacuations. She restored it, "
        "but on 19 Nov it was bypassed again. Luc warned her not to upset the City before the January contract "
        "renewal. She knows under the refrigeration code and workplace-safety rules this is not negotiable. On "
        "23 Nov Martin was rushed and pushed the topic to 'next week'. She needs to get the bypass stopped for "
        "good and a detector replacement quoted into the 2027 budget, without humiliating Réjean or losing the "
        "contract, and to clear the compressor quote and her late report.",
        logged=(
            Logged(
                P,
                "Martin: priorité #1 = zéro annulation de glace pendant la saison, les assos de hockey l'appellent direct sinon",
                59,
            ),
            Logged(A, "accès salle méca les fins de semaine avec ma propre clé — ok ✅", 52, DONE),
            Logged(
                A,
                "réunion déplacée au mardi (Action de grâce). envoyé la soumission roulements compresseur #2 à Martin, 8 900$. il doit la passer aux finances",
                44,
            ),
            Logged(
                W,
                "pompe à saumure lâchée hier soir, réparée à 1h du mat, la glace a tenu pour le tournoi novice 🏒",
                33,
            ),
            Logged(
                G,
                "Martin m'a remerciée devant son boss pour la pompe. je lui ai écrit un résumé pour son rapport au conseil",
                31,
            ),
            Logged(F, "rapport d'entretien d'octobre + registre salle méca à jour pour Martin", 24),
            Logged(
                A,
                "soumission compresseur #2: tjrs pas approuvée, Martin dit 'les finances', ça fait 4 semaines",
                17,
            ),
            Logged(
                P, "Martin: budget 2027 se ferme le 15 déc, ce qui est pas dedans attend 2028", 17
            ),
            Logged(
                N,
                "🚨 trouvé le relais d'alarme du détecteur NH3 en bypass dans la salle méca. Réjean (maintenance Ville) dit qu'il le met pendant les games pcq les fausses alarmes faisaient évacuer l'aréna. le détecteur a 11 ans",
                10,
            ),
            Logged(
                N,
                "remis le relais en service. appelé Luc: 'fais attention, c'est notre plus gros contrat, le renouvellement c'est en janvier'. ben voyons",
                10,
            ),
            Logged(
                N,
                "relu le code B52 + règles CNESST, y'a pas de négo possible là-dessus. si y'a une fuite pendant une game avec 300 parents dans les estrades...",
                9,
            ),
            Logged(N, "repassé ce soir: relais ENCORE en bypass 😡", 7),
            Logged(
                N,
                "Martin pressé ce matin, j'ai juste dit 'faut qu'on parle du détecteur', il a dit 'la semaine prochaine'",
                3,
            ),
            Logged(
                AG,
                "détecteur NH3: le bypass arrête MAINTENANT + soumission remplacement détecteur (je l'amène). comment le dire sans mettre Réjean dans le trouble?",
                2,
            ),
            Logged(AG, "compresseur #2 — faut que ça rentre dans le budget avant le 15 déc", 1),
            Logged(
                AG, "rapport d'octobre — lui remettre en main propre lundi (en retard, je sais)", 1
            ),
        ),
        tz="America/Toronto",
    ),
)
