# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 44 (set BW)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH74 = (
    Persona(
        "BW_tiago_electrician_porto",
        "Tiago",
        "second-year apprentice electrician at a small family electrical contractor (Electro Ribeiro Lda), Porto, Portugal",
        "passar no exame e ter a carteira profissional até ao verão",
        "mestre",
        "Fernando Ribeiro, 56, owner and master electrician of Electro Ribeiro; Tiago's boss and the one who signs his apprenticeship logbook",
        Role.MANAGER,
        weekly(4),
        time(7, 45),
        "Tiago is 22 and in the second year of his apprenticeship. Fernando is fair and likes him, but the firm took a big renovation job at a small hotel in the Ribeira that stays open during works, and Fernando, worried about guest complaints, has quietly let the crew work on live circuits in occupied rooms instead of isolating them. Last week Tiago got a shock from a socket in room 204; he told no one and the older electrician Rui told him to get used to it. Tiago also has 14 hours of October overtime missing from his payslip, an unsigned October page in his apprenticeship logbook due at the IEFP on 15 December, and an unanswered request for two days off (10-11 Dec) for an exam prep course. He did well on a solo fault-finding call in Matosinhos and stayed late on a Saturday to cover for Rui. He is afraid raising the live-work issue will sound like an accusation against the boss who is training him. They have a short standing chat every Friday at 7:45 in the van before site.",
        logged=(
            Logged(
                N,
                "obra do hotel na R. da Fonte Taurina começa seg. mestre diz q vai ser puxado até ao natal",
                45,
            ),
            Logged(
                P,
                "Fernando: o hotel é prioridade nº1, NAO pode haver queixas dos hospedes. nada de cortar luz em quartos ocupados",
                38,
            ),
            Logged(A, "pedi p assinar a caderneta de estagio (set + out)", 31),
            Logged(
                F,
                "horas extra outubro 14h nao vieram no recibo?? ver c a D. Graça do escritorio",
                24,
            ),
            Logged(
                W,
                "D. Lurdes em Matosinhos ligou a agradecer, encontrei o neutro solto sozinho 💪 mestre disse 'boa rapaz'",
                19,
            ),
            Logged(N, "assinou setembro. outubro 'pra semana'", 17),
            Logged(G, "fiquei ate as 21h sabado p acabar o quadro do 3º andar pq o Rui faltou", 12),
            Logged(
                N,
                "levei um choque hj no quarto 204, tomada em tensao pq ninguem cortou o circuito. nada de grave mas a mao ficou a formigar a tarde td. nao disse nada",
                8,
            ),
            Logged(
                N,
                "Rui diz q em obra c hospedes é sempre assim, 'habitua-te puto'. nao sei... se fosse o meu pai a trabalhar assim",
                7.9,
            ),
            Logged(A, "curso prep exame 10 e 11 dez, pedi os 2 dias", 6),
            Logged(F, "curso: ele disse 'vemos isso'. ainda nada. inscrição fecha 1 dez", 2),
            Logged(AG, "horas extra out + nov, levar papel c as contas", 1),
            Logged(
                AG,
                "trabalho em tensao?? como dizer sem parecer q estou a acusar. talvez propor cortar quarto a quarto c a receção a avisar o hospede antes",
                0.3,
            ),
            Logged(AG, "caderneta outubro!!! prazo IEFP 15 dez", 0.2),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BW_aroha_healthcare_assistant_rotorua",
        "Aroha",
        "healthcare assistant at a privately owned aged-care rest home, Rotorua, New Zealand",
        "get into the enrolled nurse programme at Toi Ohomai for the Feb intake",
        "Whaea Mere",
        "Mere Walker, retired charge nurse, volunteer mentor through an iwi health workforce programme; Aroha's mentor, not her employer",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 30),
        "Aroha is 41, has worked in aged care for nine years, and is finally applying for enrolled nurse training; applications close 11 December. Her mentor Mere agreed to be a referee and pushed her to get the literacy and numeracy assessments done, which she now has. The hard part: Aroha saw a night-shift colleague (L) haul a resident with dementia, Mr H, up by his arm while he cried out, and he has had unexplained bruises. L is the facility manager Donna's cousin and Aroha, a solo mum who needs the hours before Christmas, has not reported it and feels sick about it. Her 15-year-old son Nikau has been truanting. She covered a colleague's shift so she could attend a tangi. She wants to ask Mere, quietly, how to raise the abuse concern safely and whether there is an outside body she can go to. They meet monthly, first Wednesday evening, at a café or by phone.",
        logged=(
            Logged(
                N,
                "hui w Whaea Mere 4/11 - she said do the lit/num test first dont wait, and get a ref from Priya the RN not just Donna",
                22,
            ),
            Logged(
                P,
                "Mere: 'the residents come first, the career grows out of that'. also she wants me to RING her if im stuck not wait a month lol",
                22,
            ),
            Logged(
                A, "asked if she'd be my referee for Toi Ohomai 🙏 she said ae of course", 22, DONE
            ),
            Logged(F, "book the literacy/numeracy assessment", 20, DONE),
            Logged(W, "passed the numeracy 😅 literacy next wk", 13),
            Logged(N, "Mr H rm 12 bruise on his forearm again. nights wrote 'unknown'. hmm", 11),
            Logged(
                N,
                "saw L pull Mr H up off the bed by his arm at handover this morning, he was crying out. she laughed 'grumpy old koro'. I said nothing. feel sick",
                9,
            ),
            Logged(
                N,
                "L is Donna's cousin. if I write it up everyone will know it was me. need these hours esp w xmas",
                8.8,
            ),
            Logged(W, "literacy done!! both passed 🎉🎉", 6),
            Logged(G, "covered Sina's sat shift so she could go to her nan's tangi", 5),
            Logged(N, "school rang, Nikau wagged again. 3rd time this term. aroha mai to me 😩", 3),
            Logged(F, "app closes 11 Dec!! personal statement half done", 2),
            Logged(A, "emailed Mere my statement draft 25/11, can she read before hui?", 1),
            Logged(
                AG,
                "ask Whaea how to raise the Mr H thing safely - is there someone outside work? HDC? advocacy service? dont want to make it worse for him",
                0.6,
            ),
            Logged(AG, "go thru personal statement together", 0.5),
            Logged(AG, "Nikau?? only if there's time", 0.4),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BW_ama_poultry_farmer_techiman",
        "Ama",
        "poultry and maize farmer with her own small farm (about 600 layers), near Techiman, Bono East Region, Ghana",
        "expand to 1000 birds and supply eggs to the senior high school",
        "Mr Boateng",
        "Kwabena Boateng, agricultural extension officer with the district office of the Ministry of Food and Agriculture; visits her farm and advises her, not her employer",
        Role.OTHER,
        biweekly(1),
        time(10, 0),
        "Ama is 34, runs her farm with her husband and a hired boy, and is the most organised farmer in Mr Boateng's area, so he wants to use her farm as a demonstration site and keeps asking for proper records. She helped him by gathering 18 farmers for a training. He promised Newcastle disease vaccine from the district office three weeks ago and it has not come; now birds in pen 2 are dying with green droppings, and he did not show up for an extra visit he promised on Tuesday. She needs a letter from him for a rural bank loan by 4 December, and the school matron has asked for a price for 30 crates a week from January. Delicately, a local elder who compiles the fertilizer subsidy list hinted she should 'see him small' (a bribe) to get on next season's list; she wants to understand the proper process from Mr Boateng without accusing anyone yet. His regular visits are every other Tuesday morning.",
        logged=(
            Logged(
                N,
                "Mr Boateng came 3rd Nov. birds ok he said but pen 2 ventilation bad, must open the side wall",
                23,
            ),
            Logged(A, "Newcastle vaccine (I-2) - he will bring 500 doses from district", 23),
            Logged(
                P,
                "he say what he want is records records records. daily mortality, feed, eggs. wants my farm as demo for the others",
                23,
            ),
            Logged(
                G,
                "gathered 18 farmers for his feed formulation training at the church on 10th. borrowed chairs from pastor",
                16,
            ),
            Logged(W, "sold 40 crates to Madam Akos at Techiman market this week. Ɛyɛ! 😊", 12),
            Logged(
                N,
                "Mr B visit 17th short, only 20 mins. vaccine still not come from district he say next time",
                9,
            ),
            Logged(N, "3 birds die pen 2 yesterday. greenish droppings. me ho yɛ me hu paa 🙏", 6),
            Logged(
                A, "called Mr B about the deaths, he say he will come Tue with vaccine + the vet", 5
            ),
            Logged(
                N,
                "Opanin say if I want my name on fertilizer subsidy list next season I should 'see him small'. I dont like it at all",
                4,
            ),
            Logged(
                F, "rural bank loan form needs letter from extension officer. deadline 4th Dec", 3
            ),
            Logged(
                N, "he didnt come Tue. network bad maybe. sent whatsapp no reply. 2 more dead", 2
            ),
            Logged(
                W, "SHS matron asked price for 30 crates every week from January!!! Nyame nhyira", 1
            ),
            Logged(
                AG,
                "VACCINE. please. and the deaths, is it Newcastle?? what do I do now with pen 2",
                0.5,
            ),
            Logged(AG, "letter for the bank before 4th", 0.4),
            Logged(
                AG, "fertilizer list - how it works, who decide? dont mention Opanin name yet", 0.3
            ),
            Logged(F, "bring mortality book + egg record to show him", 0.2),
        ),
        tz="Africa/Accra",
    ),
    Persona(
        "BW_haruka_nakai_kinosaki",
        "Haruka",
        "nakai (guest room attendant and hostess) at a family-run traditional ryokan, Kinosaki Onsen, Hyogo, Japan",
        "海外のお客様の担当をちゃんと任されたい",
        "女将さん",
        "Setsuko Nishimura, the okami (proprietress) of the ryokan; Haruka's boss's boss (Haruka reports day to day to the head nakai, Tanaka-san)",
        Role.SKIP,
        monthly(4, 5),
        time(14, 0),
        "Haruka is 26 and the only nakai with good English. The okami meets each nakai once a month on a Saturday between check-out and check-in. Last month she gave Haruka the job of making an English menu for the winter crab kaiseki by December, and Haruka asked about an allowance for doing interpretation work, which the okami said she would think about and has not answered. Haruka covered an unplanned hour of interpreting for a Taiwanese tour group and was named in a glowing Google review. The head nakai, Tanaka-san, has been humiliating the Vietnamese trainee Linh in front of guests; Haruka wants to say something but fears it will look like going over her direct boss. Privately she has been researching an Australian working holiday visa (age limit 30) and has told only her mother; she does not plan to mention it. The okami cares above all about review scores, especially from overseas guests.",
        logged=(
            Logged(
                N,
                "10/24 女将さんと面談。英語メニュー任された✨ 12月までに。蟹の季節に間に合わせる",
                33,
            ),
            Logged(
                P, "女将さん：口コミの点数。特に海外のお客様のレビュー。4.5は切りたくないって", 33
            ),
            Logged(A, "通訳とか英語対応の手当のこと聞いた→「考えておくね」", 33),
            Logged(G, "台湾の団体さん、急に1時間通訳。フロントの山本さん休みだったから", 25),
            Logged(
                W,
                "Googleレビューに名前出てた!! 'Haruka-san was so kind and explained everything' 😭😭",
                18,
            ),
            Logged(
                N,
                "田中さんがまたリンさんにキツく言ってた。お客様の前で「日本語わからないなら黙ってて」って。リン泣いてた",
                12,
            ),
            Logged(N, "リンにLINEで大丈夫？って。「慣れてます」って…慣れちゃダメでしょ", 11.8),
            Logged(
                F,
                "英語メニュー8割。松葉ガニのコースの説明むずい🦀 'tsukemono'ってそのままでいい？",
                8,
            ),
            Logged(N, "ワーホリ オーストラリア 30歳まで。あと4年。調べるだけ調べた", 6),
            Logged(N, "ワーホリのこと母にだけ話した。反対されなかった。ちょっと泣いた", 5.5),
            Logged(F, "手当の件 まだ返事なし", 4),
            Logged(AG, "英語メニュー見せる（蟹の説明チェックしてもらう、印刷いつ？）", 1),
            Logged(AG, "手当のこともう一回。ちゃんと時間と数字で", 0.8),
            Logged(AG, "リンさんのこと言う？田中さんの名前出さずに…できる？", 0.5),
            Logged(N, "ワーホリのことは今回は言わない。たぶん。", 0.4),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BW_lucia_marine_biologist_valparaiso",
        "Lucía",
        "postdoctoral researcher in marine ecology at a public university, Valparaíso, Chile",
        "conseguir un cargo académico de planta antes de que se me acabe el postdoc en agosto 2027",
        "Dra. Ferrada",
        "Dra. Carmen Ferrada, senior oceanographer and full professor at a university in Concepción; assigned as Lucía's sponsor (madrina) through a women-in-marine-science programme",
        Role.SPONSOR,
        monthly(1, 3),
        time(16, 0),
        "Lucía is 33, two years into a postdoc working on kelp (huiro) microbiomes. She has just been matched with a senior sponsor through a women-in-science programme; the first video call is on Thursday 3 December. The sponsor has asked mentees to bring concrete asks. Lucía just got a first-author paper accepted. Her PI, Dr Muñoz, presented her unpublished microbiome data at a conference in Coquimbo without crediting her, and she has since found that Ferrada co-authored with Muñoz years ago, so she is unsure whether she can raise it. She is also seven weeks pregnant, has told only her partner Nico, and is worried about how a baby due around June affects a faculty application closing in January and the Fondecyt Iniciación proposal she wants Ferrada to review. She emailed that request and has no answer yet.",
        logged=(
            Logged(
                N,
                "me asignaron madrina en el programa 🙌 Dra. Carmen Ferrada (Conce). primera reunión jueves 3 dic 16h por zoom",
                20,
            ),
            Logged(
                P,
                "mail de la Dra F a las mentoreadas: lo q más le importa es q 'pidan cosas concretas', no conversación general",
                19,
            ),
            Logged(N, "leí sus papers de surgencia. ojo: paper 2014 con MUÑOZ 😬", 18),
            Logged(F, "mandar CV + resumen 1 pág antes de la reunión", 17, DONE),
            Logged(W, "ACEPTARON el paper en MEPS!!! primera autora 🎉🎉🎉", 12),
            Logged(
                N,
                "Muñoz presentó MIS datos de microbioma de huiro en el congreso en Coquimbo. mi nombre ni en los agradecimientos. la Javi me mandó foto de la diapo",
                9,
            ),
            Logged(
                N, "no sé si decirle a la Dra F. conoce a Muñoz. y si lo toma mal / le cuenta?", 8.5
            ),
            Logged(N, "test positivo. 7 semanas. solo sabe Nico. control 10 dic", 7),
            Logged(
                N,
                "concurso UCN Antofagasta cierra 15 enero. postular con guagua de 3 meses?? ni sé cómo se ve eso",
                5,
            ),
            Logged(
                A,
                "le pedí por mail si puede leer mi propuesta Fondecyt Iniciación (cierre ~fin enero?) - aún sin respuesta",
                4,
            ),
            Logged(F, "preparar pitch 3 min de mi línea de investigación, sin leer", 1),
            Logged(
                AG,
                "qué pedir concreto: 1) revisión Fondecyt 2) que me presente gente de UCN / UdeC 3) carta de apoyo?",
                0.5,
            ),
            Logged(
                AG,
                "cómo manejar la autoría del microbioma antes de q Muñoz lo publique sin mí",
                0.4,
            ),
            Logged(
                N,
                "lo del embarazo NO en la primera reunión. o sí? si cambia toda la estrategia de postulaciones... cachai",
                0.3,
            ),
        ),
        tz="America/Santiago",
        first=True,
    ),
    Persona(
        "BW_bartek_shift_leader_poznan",
        "Bartek",
        "shift leader (day shift) at a large retail distribution warehouse, near Poznań, Poland",
        "nauczyć się porządnie tego nowego WMS, żeby nie być dinozaurem przed emeryturą",
        "Ola",
        "Aleksandra (Ola) Nowak, 31, night-shift leader at the same warehouse; Bartek's peer, both report to the DC manager Kowalski",
        Role.PEER,
        biweekly(0),
        time(14, 0),
        "Bartek is 58, has run the day shift for 14 years and gets on well with Ola, who runs nights and helped him learn the new warehouse management system's reports. Every other Monday they overlap for a handover sync. It is Black Friday peak. Ola's night shift keeps leaving pallets in the fire escape route by gate 7, which Bartek has photographed three times but never raised; he worries about a labour or fire inspection and about sounding like he is informing on a young colleague under pressure. Kowalski has just put up a ranking board pitting the two shifts against each other, which Bartek wants them both to refuse to be drawn into. Ola asked him to take her Saturday 5 December and he has not answered (he logged it as his own ask). Separately, one of his own forklift drivers is mocking a Ukrainian colleague, which Bartek knows is his own problem to handle, not Ola's. Christmas rota is still open.",
        logged=(
            Logged(
                N,
                "spotkanie z Olą 2.11 - ustaliliśmy że nocka zostawia strefę przyjęć pustą do 6:00. zobaczymy",
                24,
            ),
            Logged(
                P,
                "Ola: dla niej najważniejszy wskaźnik kompletacji na nocce, Kowalski ją ciśnie przed Black Friday",
                24,
            ),
            Logged(
                A,
                "poprosiłem żeby mi pokazała raporty w nowym WMS (te wykresy) bo ja dalej w excelu 🙈",
                24,
                DONE,
            ),
            Logged(W, "Ola pokazała raporty, 20 min i wszystko jasne. złota dziewczyna", 17),
            Logged(G, "dałem jej 2 wózkarzy na noc czw/pt bo jej pochorowali", 13),
            Logged(N, "16.11 z Olą krótko, wszyscy zabiegani. o paletach nie zdążyłem 🤦", 9.9),
            Logged(
                N,
                "znowu palety w drodze ewakuacyjnej przy bramie 7 rano. zdjęcie zrobione. to już trzeci raz",
                9.8,
            ),
            Logged(F, "szkolenie WMS moduł 2 - termin do 4.12", 8),
            Logged(
                N,
                "Grzesiek znowu nabija się z Andrija, 'ruski' itd. Andrij nic nie mówi. to moja zmiana, ja to muszę załatwić, nie Ola",
                7,
            ),
            Logged(F, "pogadać z Grześkiem w cztery oczy", 6),
            Logged(
                N,
                "sobota - palety przy bramie 7 znowu. jak przyjdzie PIP albo straż to po nas obu",
                5,
            ),
            Logged(A, "Ola prosi żebym wziął jej sobotę 5.12 - jeszcze nie odpisałem", 4),
            Logged(
                N,
                "Kowalski na odprawie: ranking zmian na tablicy od dziś. super, teraz mamy się ścigać z Olą",
                3,
            ),
            Logged(W, "moja zmiana 112% normy we wtorek 💪", 2),
            Logged(
                AG,
                "palety brama 7 - pokazać zdjęcia ale spokojnie, nie jak donos. dziewczyna ma 31 lat i tyle na głowie",
                1,
            ),
            Logged(
                AG,
                "ranking Kowalskiego - ustalić z nią że się nie dajemy napuszczać na siebie",
                0.7,
            ),
            Logged(AG, "grafik świąteczny 24-26.12 kto co bierze + odpowiedzieć o 5.12", 0.5),
            Logged(N, "jutro Black Friday. Boże dopomóż", 0.2),
        ),
        tz="Europe/Warsaw",
    ),
)
