# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 43 (set BV)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH73 = (
    Persona(
        "BV_tomasz_electrician_wroclaw",
        "Tomasz",
        "third-year apprentice electrician at Kowal Elektro, an eight-person electrical contracting firm, Wrocław, Poland",
        "zdac czeladnika w marcu i w koncu robic rozdzielnice sam a nie tylko ciagnac kable",
        "Szef",
        "Zbigniew Kowal, owner and master electrician of Kowal Elektro, Tomasz's boss and the mistrz who signs his apprenticeship record",
        Role.MANAGER,
        weekly(4),
        time(15, 30),
        "Tomasz is 22 and two and a half years into his apprenticeship with Zbigniew (Zbyszek) Kowal, a fair but old-school master electrician who cuts corners when a developer deadline bites. On 3 November, on the Ołtaszyn apartment job, Zbyszek told him to connect a kitchen circuit while the neighbouring circuit in the same board was still live, because the client wanted power that evening; Tomasz took a small shock to his fingers. He has told nobody at work. He needs Zbyszek's signature on his practice record before it goes to the craft guild by 15 December, and Zbyszek promised in October that the firm would pay for the SEP E1 certification course, then pushed it to 'after New Year' although enrolment closes on 10 December. Tomasz wants to raise lockout/padlocks without sounding like he is complaining or jeopardising the signature. He has been useful: he built a Google Sheet for the van's stock, and a bakery client praised his work. The next Friday catch-up in the warehouse is tomorrow.",
        logged=(
            Logged(
                N,
                "szef mowi ze od grudnia moge robic rozdzielnice na Oltaszynie pod jego okiem 💪",
                52,
            ),
            Logged(
                A, "pytalem o kurs SEP E1 - szef ze firma zaplaci, 'w pazdzierniku ogarniemy'", 50
            ),
            Logged(
                P,
                "dla szefa teraz najwazniejsze: terminy u dewelopera na Oltaszynie, kary umowne jak nie zdazymy",
                45,
            ),
            Logged(
                G,
                "zrobilem arkusz w google sheets na material z busa bo ciagle brakuje puszek i wago. szef: 'no, no'",
                38,
            ),
            Logged(
                W,
                "pani z piekarni na Nadodrzu dzwonila do szefa ze super robota, szef powiedzial przy wszystkich 🙂",
                33,
            ),
            Logged(A, "wolne 28-31.12 na narty z Kasia?", 27, DONE),
            Logged(
                N,
                "3.11 Oltaszyn lok 14 - szef kazal podpiac obwod kuchni bo klient chcial prad na wieczor, sasiedni obwod byl pod napieciem, 'nie ma czasu wylaczac calej'. kopnelo mnie w palce. lekko. nikomu nie mowilem. nie chce zeby wyszlo ze sie skarze",
                22.6,
            ),
            Logged(
                F,
                "karta praktyk - podpis szefa za wrzesien i pazdziernik zanim wysle do cechu, deadline 15.12",
                20,
            ),
            Logged(
                A,
                "SEP znowu - szef: 'po nowym roku'. ale kurs startuje 12 stycznia a zapisy do 10 grudnia...",
                14,
            ),
            Logged(
                N,
                "Marek mowi ze w jego starej firmie zawsze blokada + klodka na wylaczniku, szef sie smial 'to nie korporacja' 🙄",
                9,
            ),
            Logged(W, "probny test czeladniczy 41/50 ✅", 6),
            Logged(
                AG,
                "jak powiedziec o tym kopnieciu bez robienia afery?? moze po prostu zaproponowac klodki LOTO, kupie sam 3 szt jak trzeba",
                2,
            ),
            Logged(AG, "podpis karta praktyk przed 15.12 !!", 1.1),
            Logged(
                AG,
                "SEP - zapisy do 10.12, kto placi?? jak nie firma to place sam ale chce wiedziec TERAZ",
                0.4,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "BV_miyu_ceramicist_kanazawa",
        "Miyu",
        "independent Kutani-ware potter with a one-woman studio, Kanazawa, Japan",
        "3月のグループ展に5点出す。and figure out if I can keep doing this at all",
        "Sensei",
        "Kobayashi Tetsuo, 74, Kutani overglaze painter who trained Miyu for four years and is now her informal mentor",
        Role.MENTOR,
        monthly(1, 5),
        time(14, 0),
        "Miyu is 31; she left an office job after studying in Melbourne, apprenticed under Kobayashi-sensei and now runs her own tiny studio in Kanazawa on thin margins. Sensei is sparing with praise and has set her 100 practice plates of aode painting; he agreed to write a recommendation for a Kanazawa gallery group show in March 2027 if her five pieces are ready by the end of January (application deadline 10 February). In October her mother in Sendai was diagnosed with stage 2 breast cancer; surgery is on 14 December and Miyu needs to be in Sendai roughly 10-28 December, missing the December joint firing. She has not told sensei, fears he will read it as quitting, and is privately wondering whether to move to Sendai, where studio rent is half. Their monthly visit at his workshop is on the first Saturday, 5 December.",
        logged=(
            Logged(
                P,
                "sensei: 「線は手で覚えるもの」 — wants 100 practice plates of 青手 before the show. 100!! 😅",
                70,
            ),
            Logged(N, "kiln shelf cracked again. ¥38,000… ugh", 61),
            Logged(
                A,
                "asked sensei for 推薦 for the gallery group show (Mar 2027) — he said 「まず作品を見せて」",
                55,
            ),
            Logged(
                G, "set up LINE on sensei's phone + sent his photos to the 組合 newsletter lady", 48
            ),
            Logged(
                W,
                "大皿 test piece — sensei said 「色がやっと落ち着いた」!!! first nice thing ever about my 黄 😭",
                40,
            ),
            Logged(N, "お母さん検査結果. 乳がん stage 2. surgery in Dec. 兄は東京で忙しいし…", 34),
            Logged(F, "send sensei photos of 5 candidate pieces before visit", 30, DONE),
            Logged(
                A,
                "推薦状 — sensei OK if the 5 pieces are done by end Jan. application deadline 2/10",
                28,
            ),
            Logged(
                N,
                "haven't told sensei about mom. don't want him to think I'm quitting. am I?? 分からない",
                27,
            ),
            Logged(W, "sold 2 sake cup sets at the museum shop market 🎉 ¥24k", 20),
            Logged(N, "looked at studio rents in Sendai at 2am… 半分. hmm", 12),
            Logged(F, "100 plates: 63/100", 8),
            Logged(N, "surgery fixed 12/14. need to be in Sendai 12/10–12/28 at least", 5),
            Logged(AG, "tell sensei about mom + December (will miss 12月の窯焚き with him)", 1),
            Logged(
                AG,
                "can the end-Jan deadline for the 5 pieces move? or 3 here + 2 in Sendai?? no kiln there tho",
                1,
            ),
            Logged(
                AG,
                "ask him honestly — can you do this work far from Kanazawa? he knows people who left",
                0.3,
            ),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BV_nomvula_housekeeping_capetown",
        "Nomvula",
        "housekeeping floor supervisor at a four-star waterfront hotel, Cape Town, South Africa",
        "One day Exec Housekeeper. But first my ladies must be safe at work",
        "Mr Pillay",
        "Rajesh Pillay, the hotel's General Manager since September, Nomvula's skip-level manager (her direct manager is Executive Housekeeper Anelda Botha)",
        Role.SKIP,
        monthly(1, 2),
        time(10, 0),
        "Nomvula is 44 and supervises room attendants on floors 4 and 5. A guest who stays regularly on a mining company's corporate account has twice exposed himself and made comments to room attendant Lindiwe (around 6 and 15 October, possibly once to Thandi in September). When Nomvula told Executive Housekeeper Anelda Botha, she said the account could not be upset and to send two attendants together; Nomvula built a rota on her own time so no one enters those rooms alone. The same guest is booked again for 8-11 December and Lindiwe, a single mother, says she will leave if it happens again. Separately, overtime for her nine staff from Heritage Day (24 September) is still unpaid because Mrs Botha has not signed it. The new GM has said his priorities are guest scores, staff turnover and 'no surprises', and has started monthly one-to-one coffees with supervisors; Nomvula's first is Wednesday 2 December at 10:00. She is frightened that anything she says will get back to Mrs Botha.",
        logged=(
            Logged(
                N,
                "new GM Mr Pillay did walkabout on 4th flr, asked my name and remembered it next day. ok 👀",
                60,
            ),
            Logged(
                P,
                "staff meeting - GM said his 3 things: guest scores, staff turnover, and 'no surprises'",
                58,
            ),
            Logged(
                N,
                "Lindiwe crying in linen room. guest in 512 again, the mining company account one. stood in doorway with towel open, said things. 2nd time",
                41.6,
            ),
            Logged(
                N,
                "told Mrs Botha. she said 'we cant upset that account, just send two ladies together'. hayi.",
                40.3,
            ),
            Logged(
                G,
                "did new rota so no lady goes alone into 5th flr rooms when that group is in. 3 nights at my kitchen table",
                38,
            ),
            Logged(W, "4th floor inspection 96% - best in hotel this month 🙌", 30),
            Logged(
                N,
                "Heritage Day overtime still not paid to my team. payroll says HOD must sign. Mrs B 'busy busy'",
                25,
            ),
            Logged(A, "asked Mrs Botha AGAIN for overtime sign off", 18),
            Logged(
                N,
                "email from HR: GM doing monthly coffee 1-on-1 with supervisors. mine Wed 2 Dec 10:00 😳",
                9,
            ),
            Logged(
                N,
                "Lindiwe says if it happens again she is leaving. 2 kids, she cant afford. same man booked 8-11 Dec",
                6,
            ),
            Logged(
                F,
                "write dates of 512 incidents properly: ~6 Oct, 15 Oct. Thandi says once in Sept?? ask Thandi",
                5,
            ),
            Logged(F, "ask HR is there a harassment policy for guests not just staff", 3),
            Logged(
                AG,
                "how much do i say about 512 guest?? Mrs B will know it came from me. ndiyoyika but the ladies need this before 8 Dec",
                2,
            ),
            Logged(AG, "overtime Heritage Day - 9 staff, 2 months unpaid", 1),
            Logged(
                AG,
                "mention rota + 96% score. ask what he wants to see from a supervisor who wants Exec HK one day",
                0.5,
            ),
        ),
        tz="Africa/Johannesburg",
        first=True,
    ),
    Persona(
        "BV_diego_truckdriver_monterrey",
        "Diego",
        "long-haul truck driver for a regional freight company (Transportes Garza), Monterrey, Mexico",
        "llegar a la pension sin accidentes y si se puede pasarme de instructor o a la oficina",
        "Chuy",
        "Jesús 'Chuy' Treviño, 63, the company's longest-serving driver and union delegate; a peer, not Diego's boss, but close to the owner Ing. Garza",
        Role.PEER,
        weekly(1),
        time(6, 0),
        "Diego is 58 with 30 years behind the wheel and just recognised for a million kilometres without a recorded accident. In October an IMSS ophthalmologist found mild diabetic retinopathy; night driving against oncoming headlights is getting hard, and his federal licence medical (psicofísico) is due by 18 February. He has told only his wife. The owner, Ing. Garza, wants a trainer for new drivers from January and Diego has asked Chuy, the senior driver and union delegate he has coffee with every Tuesday at dawn in the yard, to recommend him; Garza asked why he wants to leave the wheel. Diego covered Chuy's Laredo run so Chuy could attend his grandson's baptism, and has been informally training a young driver, Brayan. He is torn about telling Chuy the real reason: Chuy cares most that older drivers are not pushed out, but is also the union delegate and close to the owner.",
        logged=(
            Logged(
                N,
                "el chuy dice q el ing garza quiere meter instructor pa los chavos nuevos en enero. ojo 👀",
                48,
            ),
            Logged(
                G, "le cubri la ruta a laredo al chuy el sabado pa q fuera al bautizo del nieto", 44
            ),
            Logged(
                N,
                "cita oftalmologo imss. retinopatia diabetica 'leve' dice. lentes nuevos y controlar azucar. no le he dicho a nadie",
                39,
            ),
            Logged(P, "chuy: lo q le importa es q no corran a los viejos, ya van 2 este año", 35),
            Logged(A, "le pedi al chuy q me recomiende con el ing pa lo de instructor", 30),
            Logged(W, "1 millon de km sin accidente 🏆 placa y bono!!", 24),
            Logged(
                N,
                "de noche ya me cuesta, las luces de frente 😬 y me toca saltillo-qro de noche martes y jueves",
                17,
            ),
            Logged(
                F,
                "examen psicofisico licencia federal vence 18 feb. sacar cita. (ya: 3 feb)",
                15,
                DONE,
            ),
            Logged(
                A,
                "chuy dice q si hablo con el ing pero el ing pregunta 'por q quiere dejar el volante' ... q le digo",
                10,
            ),
            Logged(
                N,
                "mi vieja dice q le diga la verdad al chuy, q es compa. no se, es delegado, si le dice al sindicato o al ing...",
                7,
            ),
            Logged(W, "el chavo brayan ya engancho la caja solito como le enseñe 👌", 4),
            Logged(
                AG,
                "preguntar si puedo cambiar los turnos de noche con alguien mientras. sin decir por q??",
                1.5,
            ),
            Logged(AG, "lo de los ojos si o no. si le digo q quede entre nosotros", 0.6),
            Logged(AG, "q le digo al ing del instructor - lo de brayan de ejemplo", 0.3),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "BV_ngozi_civilengineer_lagos",
        "Ngozi",
        "assistant civil engineer at a state public works agency, Lagos, Nigeria",
        "Deliver pkg 3 clean, then MSc in water engineering abroad (Delft?) and come back to lead bigger drainage projects",
        "Mrs Adeyemi",
        "Engr. Folasade Adeyemi, Director of Engineering Services at the agency, two levels above Ngozi, who put her forward as site engineer on the Ikorodu drainage project and sponsors her career",
        Role.SPONSOR,
        biweekly(4),
        time(15, 30),
        "Ngozi is 29. Mrs Adeyemi picked her as site engineer for package 3 of the Ikorodu drainage project and cares above all about no delays before the Commissioner's visit in Q1 and 'clean documentation'. Ngozi reviewed the culvert hydraulics fast and did Mrs Adeyemi's stakeholder slides. At culvert C-7 she found rebar spacing wider than the drawings and thin concrete cover with no variation order; her direct supervisor Engr. Bello had already signed the completion certificate, called it 'within tolerance', and has since frozen her out. She fears flooding of homes in the rainy season but also being seen as the one who derails the project or accuses her boss. She also needs Mrs Adeyemi's reference letter for an MSc application by 11 December, which has not come despite a draft sent; Mrs Adeyemi was travelling until this week. Ngozi worries the MSc will look like running away from package 3.",
        logged=(
            Logged(
                N,
                "Mrs A put my name forward for Ikorodu drainage pkg 3 as site engr!! 🙏🏾 she said 'don't make me regret it' lol",
                75,
            ),
            Logged(
                P,
                "Ma's priorities: pkg 3 no delays bc Commissioner's visit in Q1, and 'clean documentation' — she keeps saying it",
                70,
            ),
            Logged(
                W,
                "finished hydraulic calc review for pkg 3 culverts in 4 days, Mrs A forwarded to PS with my name on it",
                56,
            ),
            Logged(
                G, "did her slides for the stakeholder mtg at Ikorodu LGA, up till 1am abeg", 49
            ),
            Logged(
                A,
                "asked Ma for ref letter for MSc app — due 11 Dec. she said 'send me a draft'",
                36,
            ),
            Logged(F, "send Mrs A draft ref letter points", 34, DONE),
            Logged(
                N,
                "site visit C-7: rebar spacing wider than drawing, cover thin. took pics. contractor said 'oga approved the change'. which change?? no variation order anywhere",
                27,
            ),
            Logged(
                N,
                "asked Engr Bello abt C-7. he said completion cert already signed, 'no wahala, within tolerance'. it is NOT within tolerance. checked 2x",
                25,
            ),
            Logged(N, "Bello cold since. removed me from site whatsapp grp 🙄", 19),
            Logged(
                N,
                "I don't want to be the one that spoils the project. but if that culvert fails in rainy season na people's houses o",
                18,
            ),
            Logged(
                W,
                "pkg 3 progress report submitted on time — first time this year per Bello's secretary 😅",
                12,
            ),
            Logged(A, "still no ref letter. she's at conference in Abuja till Wed. 11 Dec!!", 6),
            Logged(AG, "ref letter — 11 Dec. offer to resend draft", 1),
            Logged(
                AG,
                "C-7 — tell her? how. photos + drawing + my calc, facts only, not accusing Bello",
                0.7,
            ),
            Logged(AG, "will MSc affect pkg 3 role? don't want her thinking I'm running away", 0.4),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "BV_wanjiru_dairyfarmer_nyeri",
        "Wanjiru",
        "smallholder dairy farmer with three cows, member of a dairy cooperative, Nyeri County, Kenya",
        "ng'ombe 5 za maziwa and biogas before next dry season",
        "Daktari",
        "Dr Peter Mwangi, county veterinary and livestock extension officer for her ward, who visits farms monthly; not her employer",
        Role.OTHER,
        monthly(1, 3),
        time(10, 0),
        "Wanjiru is 37 and runs the family's small dairy farm near Othaya largely alone; her husband works in Nairobi and sent no money this month, and a SACCO loan instalment of KSh 4,200 is due on 5 December. Dr Mwangi, the county vet, visits on the first Thursday of each month; his priority is complete artificial-insemination records for a new county programme, and Wanjiru has filled forms for herself and four neighbours. Her cow Wambui recovered from mastitis and her heifer Muthoni is confirmed in calf. She has asked twice whether her ward is in phase 2 of the county biogas subsidy without an answer. The cooperative's milk collector, the chairman's nephew, has repeatedly recorded less milk than she measured at home, and neighbours see the same; they want to raise it at the AGM on 12 December but fear the chairman will stop collecting their milk. She wonders if the vet can get weights and measures to check the scale without naming them. Next visit is Thursday 3 December.",
        logged=(
            Logged(
                N,
                "Daktari came. Wambui ana mastitis kidogo, gave tubes. dip teats after every milking he said",
                55.9,
            ),
            Logged(
                P,
                "priority yake ni AI records — county wants data ya every insemination for new program, he needs forms filled properly",
                55.8,
            ),
            Logged(
                A, "asked about county biogas subsidy — he will check if our ward iko phase 2", 55.7
            ),
            Logged(W, "Wambui mastitis imeisha ✅ back to 11L/day", 48),
            Logged(
                G,
                "filled AI forms for me + Mama Njeri, Kariuki, Wairimu, mzee Gitau and took to his office Othaya",
                41,
            ),
            Logged(
                N,
                "coop scale again — 9.5L at home, collector wrote 8. 3rd time this month. Njeri same. collector ni mpwa wa chairman 😤",
                33,
            ),
            Logged(
                N,
                "husband says Nairobi kazi slow, hakuna pesa this month. SACCO 4,200 due 5 Dec",
                26,
            ),
            Logged(
                N,
                "Daktari visit. asked biogas again — 'next time nitakuwa na jibu'. didnt raise scale, Kariuki was there",
                21,
            ),
            Logged(W, "Muthoni in calf confirmed!! 🐄🙏", 14),
            Logged(
                F,
                "buy own scale? ~3,500 Karatina. or ask Daktari kama county weights & measures can check coop scale",
                10,
            ),
            Logged(
                N,
                "coop AGM 12 Dec. some of us want to raise scale but fear chairman atakataa kuchukua maziwa yetu",
                5,
            ),
            Logged(AG, "biogas phase 2 — are we in or not?? deadline ya forms?", 1),
            Logged(AG, "scale — can he tell weights & measures without our names?", 0.5),
            Logged(AG, "Muthoni: next check when + feed for in-calf heifer on small budget", 0.5),
        ),
        tz="Africa/Nairobi",
    ),
)
