# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 38 (set BK)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH62 = (
    Persona(
        "BK_tane_electrician_auckland",
        "Tane",
        "Third-year apprentice electrician, small residential contracting firm (6 staff), Auckland, New Zealand",
        "get my registration sorted next year and be running my own jobs by 2028",
        "Mick",
        "Mick Harlow, owner and master electrician of the firm; Tane's boss and training supervisor",
        Role.MANAGER,
        weekly(0),
        time(6, 45),
        "Tane is in the last stretch of his apprenticeship with the theory exam on 12 December, and needs Mick to sign his logbook and give him some study time. He carries a lot of extra load (weekend callouts, covering a sick workmate's van run) and Mick leans on him. Twice now Mick has had him swap switchboards without isolating the supply; Tane has not raised it and is worried about sounding soft. Mick does not know Tane's rent is going up and he may need more hours right when he needs fewer.",
        logged=(
            Logged(N, "started logging this cos Mick said i need to 'own my own progress' lol", 34),
            Logged(N, "mick said he'd sort my ppe reimbursement ($180 boots) next pay", 31),
            Logged(
                A,
                "asked mick for 2 arvos off before the theory exam (dec 12) for study. he said 'we'll see' 🙄",
                27,
            ),
            Logged(
                G,
                "did the sat callout at the Remuera job so mick cd go to his boy's rugby final",
                24,
            ),
            Logged(F, "get oct logbook pages to mick to sign", 22, DONE),
            Logged(G, "covered Sione's van run all wk while he was crook", 17),
            Logged(
                W,
                "did the whole kitchen reno rough-in at Ponsonby solo, inspector passed it first go 💪",
                14,
            ),
            Logged(
                N,
                "mick had me do the board swap at the Mt Eden flat live again. said isolating takes too long + the tenant's fridge. hands were shaking tbh. didnt say anything",
                10,
            ),
            Logged(
                A, "asked if theres a van for me once im registered. no answer, changed subject", 9
            ),
            Logged(P, "mick wants Remuera signed off before xmas shutdown, no excuses", 6),
            Logged(F, "test sheets + COCs for Ponsonby to mick by fri", 5),
            Logged(G, "stayed til 8 sorting van stock + ordering for next wk", 3),
            Logged(
                N,
                "flatmate moving out, rent going up. might need more hrs not less which sucks w the exam",
                2,
            ),
            Logged(F, "finish nov logbook entries for him to sign", 1.2),
            Logged(AG, "study time b4 exam - need an actual yes or no", 1),
            Logged(AG, "the live work thing. how do i say it without sounding like a sook", 0.8),
            Logged(AG, "boots money still not in", 0.8),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BK_amelie_nurse_lyon",
        "Amélie",
        "Home-care nurse (IDE) in a non-profit home nursing service (SSIAD), Lyon, France",
        "Devenir infirmière coordinatrice (IDEC) d'ici 2 ans, sans lâcher complètement le terrain",
        "Nadia",
        "Nadia Benali, retired senior nurse manager (cadre supérieure de santé); Amélie's mentor through a regional mentoring scheme",
        Role.MENTOR,
        monthly(1, 1),
        time(18, 30),
        "Amélie meets Nadia monthly to work towards a coordinator role; she has just been accepted onto a university diploma in gerontological coordination starting in January and needs a training-funding file in by 10 December. Her manager approved the course but will not adjust her rota. She has seen a colleague log visit times much longer than he actually stays with frail patients and does not know whether or how to raise it. She is also going through a divorce, sleeping badly and on sleeping pills while doing early rounds, none of which Nadia knows about.",
        logged=(
            Logged(
                N,
                "1er rdv avec Nadia. elle dit que le DU coordination vaut le coup mais faut l'accord de ma cadre d'abord",
                50.7,
            ),
            Logged(
                P,
                "Nadia insiste: je dois pouvoir donner des exemples concrets de 'management' — pas juste 'je suis gentille avec l'équipe' 😅",
                50.6,
            ),
            Logged(F, "envoyer CV + lettre de motiv DU à Nadia", 50, DONE),
            Logged(
                F,
                "écrire 3 exemples où j'ai géré l'équipe (le planning canicule en août ? la sortie de Mme F. ?)",
                38,
            ),
            Logged(
                G, "sent Nadia l'article sur les IDEC en SSIAD qu'elle cherchait pour son asso", 30
            ),
            Logged(W, "acceptée au DU coordination gérontologique Lyon 1 !! 🎉 début janvier", 21),
            Logged(
                A,
                "demandé à Nadia si elle peut relire mon dossier de financement OPCO — pas de réponse encore",
                18,
            ),
            Logged(
                N,
                "Mme Roux ok pour le DU mais pas d'aménagement de planning. 3 jours/mois de cours = je pose mes RTT ??",
                15,
            ),
            Logged(W, "Mme Roux m'a confié l'accueil des 2 nouvelles AS ce mois-ci", 11),
            Logged(
                N,
                "Kevin valide ses passages à 30 min dans l'appli alors qu'il reste 10 min chez Mme D. et M. Perrin. vu 2 fois. Mme D. n'a pas eu sa toilette complète mardi. je sais pas si c'est à moi de dire qqch",
                9,
            ),
            Logged(
                N,
                "divorce: audience le 14 déc. je dors mal, le médecin m'a mis sous zolpidem, je fais les tournées de 7h à moitié dans le brouillard",
                6,
            ),
            Logged(AG, "dossier OPCO deadline 10 déc — need her eyes on it asap", 2),
            Logged(AG, "Kevin / temps de passage — comment faire sans balancer un collègue", 1.5),
            Logged(AG, "RTT pour les cours: normal ou je négocie ?", 1.5),
        ),
        tz="Europe/Paris",
    ),
    Persona(
        "BK_wanjiru_planner_nairobi",
        "Wanjiru",
        "Senior physical planning officer, county government planning department, Nairobi, Kenya",
        "Be appointed Chief Planner for the Eastlands regeneration unit when it's created next financial year",
        "Dir. Mutua",
        "Director of Urban Planning; Wanjiru's skip-level (her manager Kamau reports to him)",
        Role.SKIP,
        biweekly(3),
        time(14, 0),
        "Since a restructure, Wanjiru meets the Director every two weeks; she has cut the approvals backlog sharply and wants to lead the new Eastlands unit he is 'looking at names' for. Her line manager Kamau resents these meetings. A developer's fixer keeps claiming the Director has 'already agreed' to approve a tower far above the zoning limit on a Kilimani plot; she has refused to sign, has asked the Director for written guidance with no reply, and the man waited for her at her car this week. Her acting allowance for covering Kamau's role in June–August is stuck waiting on a memo the Director keeps promising.",
        logged=(
            Logged(
                N,
                "first 1:1 with Dir Mutua since restructure. he wants skip-levels every 2 wks now",
                84,
            ),
            Logged(
                P,
                "Dir: e-DAMS approvals backlog under 30 days by Dec. Governor's office pushing hard",
                84,
            ),
            Logged(F, "send Dir backlog breakdown per ward", 83.9, DONE),
            Logged(
                G,
                "did the Sat public participation forum in Mathare for him, he was at a funeral in Kisii",
                70,
            ),
            Logged(
                A, "asked about acting allowance for the 3 months I did Kamau's role Jun-Aug", 65
            ),
            Logged(
                A, "asked for 2 more GIS assistants from the intern pool. he said 'tuone' 🙃", 56
            ),
            Logged(W, "digitised all the 1990s Kasarani plot files — 4,200 records 🙌", 48),
            Logged(
                A,
                "asked if I can represent dept at the UN-Habitat side event. he said ndio",
                42,
                DONE,
            ),
            Logged(N, "HR says acting allowance needs Dir's memo. he says 'nitafanya'. ok", 40),
            Logged(G, "covered Kamau's presentation to the MCA committee last min", 35),
            Logged(
                W,
                "presented at the UN-Habitat side event. Dir's PA says ministry ppl gave good feedback",
                30,
            ),
            Logged(
                P,
                "Dir wants Eastlands regeneration concept note before budget estimates in Jan",
                28,
            ),
            Logged(W, "Oct: cleared 143 pending apps, avg approval time 61 -> 38 days 📉", 25),
            Logged(
                N,
                "Kamau feels I'm going over his head. told me 'wewe ni mjanja sana' in the dept meeting 😬",
                22,
            ),
            Logged(F, "draft concept note ch 1-2 to Dir", 20),
            Logged(
                N, "Dir mentioned in passing he's 'looking at names' for the Eastlands unit", 18
            ),
            Logged(
                N,
                "Mr K's guy called again abt the Kilimani plot (14 floors on a 4-storey zone). said 'Mzee ameshakubali' — Director already agreed. I haven't signed. not signing",
                12,
            ),
            Logged(A, "asked Dir for written guidance on the Kilimani file — no answer", 11),
            Logged(
                G,
                "reviewed his speech for planning week launch, fixed the stats (he had 2019 numbers)",
                9,
            ),
            Logged(F, "Eastlands land use survey summary to Dir by 4 Dec", 8),
            Logged(
                N,
                "same guy was by my car at 6pm yesterday. didn't say much, just 'natumai utafanya the right thing'. told my husband",
                4,
            ),
            Logged(N, "mum admitted in Nyeri, going up this weekend", 3),
            Logged(
                AG,
                "Kilimani — need him to say clearly he didn't agree to anything. or if he did...",
                1,
            ),
            Logged(AG, "acting allowance memo — 3rd time asking", 1),
            Logged(AG, "GIS interns — still need them for the survey", 0.9),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BK_joao_cafe_porto",
        "João",
        "Owner of a small specialty café and micro-roastery, Porto, Portugal",
        None,
        "Inês",
        "Inês Carvalho, owner of the bakery two doors down; fellow small-business owner he swaps notes with monthly",
        Role.PEER,
        monthly(1, 0),
        time(16, 0),
        "João and Inês started monthly coffee chats in spring to help each other as neighbouring small businesses. Lately the giving runs mostly one way: he lent her a grinder she hasn't returned, got her a hotel pastry contract, and fixed her online shop, while her promised introduction to her flour supplier never comes. He is two months behind on rent and wants to pitch splitting a shared kitchen lease, but has not told her about his money trouble; she is talking about opening a second shop.",
        logged=(
            Logged(G, "emprestei o moinho EK extra à Inês p/ o pop-up dela, 'só 2 semanas'", 58),
            Logged(
                G, "passei-lhe o contacto do hotel (Torel) p/ pastelaria — they signed with her", 45
            ),
            Logged(
                A,
                "pedi o contacto do fornecedor de farinha dela (Moagem qualquer coisa) — 'depois mando'",
                44,
            ),
            Logged(G, "arranjei a loja do instagram dela, 2h num domingo", 33),
            Logged(P, "Inês quer baixar custos de energia do forno, pediu dicas", 26),
            Logged(F, "mandar-lhe o contacto do tipo da Endesa", 25, DONE),
            Logged(
                N, "ela diz que está a pensar abrir 2ª loja em Matosinhos. with what money??", 20
            ),
            Logged(A, "perguntei outra vez pelo fornecedor de farinha. nada", 16),
            Logged(
                W,
                "3 contas wholesale novas este mês — Café Gazela, o coworking, Sr. Almeida 🙌",
                12,
            ),
            Logged(N, "moinho ainda está lá. 2 meses", 10),
            Logged(
                N, "2 meses atrasado na renda, o senhorio ligou ontem. não quero que ela saiba", 7
            ),
            Logged(
                F, "levar-lhe amostras do blend etíope novo p/ testar com os pastéis de nata", 4
            ),
            Logged(AG, "cozinha partilhada — dividir o espaço da Rua do Heroísmo?", 2),
            Logged(AG, "moinho!!", 2),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BK_priya_postdoc_bergen",
        "Priya",
        "Postdoctoral researcher in benthic ecology, government marine research institute, Bergen, Norway",
        "A permanent researcher position in Norway so I stop living contract to contract (and visa to visa)",
        "Ingrid",
        "Prof. Ingrid Solberg, senior professor at the university; offered to champion Priya for a tenure-track post",
        Role.SPONSOR,
        biweekly(4),
        time(10, 0),
        "Priya has only just started using the tool ahead of her first proper 1:1 with Ingrid, a well-connected professor at another institution who offered to put her name forward for a tenure-track opening and to read her ERC Starting Grant draft. Priya's contract ends on 31 March and her residence permit is tied to it, which Ingrid does not know.",
        logged=(
            Logged(
                N,
                "Ingrid (Prof Solberg) offered to put my name fwd for the UiB tenure-track in benthic ecology + read my ERC StG draft!! first proper 1:1 fri",
                3,
            ),
            Logged(F, "send ingrid the B1 draft before fri mtg", 1.5),
            Logged(
                N,
                "contract ends 31 mar and visa is tied to it. havent told her that part. not sure if i should",
                0.9,
            ),
        ),
        tz="Europe/Oslo",
        first=True,
    ),
    Persona(
        "BK_kwame_steward_brampton",
        "Kwame",
        "Lead hand and newly elected union steward, night shift, grocery distribution centre, Brampton, Ontario, Canada",
        "Learn the ropes as a steward and maybe run for chief steward when Gord retires in 2028",
        "Gord",
        "Gord Fenwick, chief steward of the union local at the DC (25 years on site); Kwame's informal guide in union work",
        Role.OTHER,
        weekly(3),
        time(15, 30),
        "Kwame was elected steward for the night freezer section about seven weeks ago and meets Gord weekly before shift. He has done a lot of Gord's paperwork and orientation talks and won an early case. Agency workers on nights are being pressured to skip their second break to hit rates, but they are afraid to complain and Gord wants no 'side fights' before March bargaining. Broken freezer suits mean people are working at -25 in taped-up gear. His wife is due in February and unhappy about the extra hours.",
        logged=(
            Logged(
                N,
                "elected steward for nights freezer 🎉 Gord says come see him every thurs b4 shift",
                50,
            ),
            Logged(G, "typed up Gord's notes from the grievance mtg, he hates computers lol", 30),
            Logged(
                W,
                "got Tomasz's write-up pulled — scanner log proved he wasnt idle, he was waiting on a jack",
                26,
            ),
            Logged(A, "asked Gord for the steward course in Jan (Port Elgin)", 22, DONE),
            Logged(G, "did the new-hire orientation union talk for Gord x2", 19),
            Logged(
                P,
                "Gord: focus is contract renewal in March, doesnt want 'side fights' before bargaining",
                14,
            ),
            Logged(
                N,
                "agency guys on nights (Hardeep, Mo, the 2 Filipino kids) told rates are 'per case' so they skip 2nd break to make it. Darren says its voluntary. it isnt. they wont file, scared of getting sent back to the agency",
                8,
            ),
            Logged(
                A,
                "asked Gord if agency workers are even covered under our CBA / can I help them. he said 'complicated'",
                7,
            ),
            Logged(N, "wife's mad im doing union stuff on top of OT. baby due feb", 6),
            Logged(N, "3 freezer suits w broken zippers, ppl working -25 in taped jackets", 5),
            Logged(F, "write up the break thing w dates + names (only if theyre ok w it)", 4),
            Logged(F, "get Gord the photos of the suits", 3),
            Logged(AG, "agency guys — what can we actually do, and is this a 'side fight'", 1),
            Logged(AG, "freezer suits — H&S committee or straight to Darren?", 1),
        ),
        tz="America/Toronto",
    ),
)
