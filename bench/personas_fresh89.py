# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 50 (set CL)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH89 = (
    Persona(
        "CL_joana_electrician_portoalegre",
        "Joana",
        "second-year apprentice electrician at a small residential installation company in Porto Alegre, Brazil",
        "Quero tirar a NR-10 e virar eletricista formada até o fim de 2027, depois quero trabalhar com subestação",
        "Seu Valdir",
        "The master electrician who owns the company and supervises her apprenticeship on site.",
        Role.MANAGER,
        weekly(4),
        time(16, 30),
        "Joana is 24, the only woman on a crew of six, in the second year of a SENAI apprenticeship. She wants the NR-10 "
        "electrical safety certification and asked Valdir five weeks ago whether the company would pay half of the course; "
        "he said he'd think about it and hasn't come back. She has covered two Saturdays of unpaid overtime on the Ipanema "
        "condo job, which Valdir wants finished before Christmas. She owes him the materials list for block B by Friday; he "
        "owes her his signature on her SENAI hours sheet, due 30/11. Delicate: Rodrigo, Valdir's nephew, keeps making "
        "sexist jokes at her in front of clients, and she doesn't know whether raising it with his uncle will help or backfire.",
        logged=(
            Logged(G, "cobri o sábado 17/10 na obra do Ipanema pq o Marcos faltou", 40, DONE),
            Logged(
                W, "quadro do apto 302 montei sozinha, Valdir testou e passou de primeira 💪", 38
            ),
            Logged(A, "pedi pro V. ajudar com metade da NR-10 (R$ 480) — disse q ia ver", 35),
            Logged(P, "V quer fechar a obra do condomínio Ipanema antes do natal, tá apertado", 22),
            Logged(G, "sáb 07/11 de novo hora extra, ele nem pediu, eu q fui", 19, DONE),
            Logged(
                N,
                "Rodrigo de novo c piadinha 'vai chorar?' na frente do cliente. nao sei se falo, é sobrinho do V",
                12,
            ),
            Logged(F, "V tem q assinar minhas horas pro SENAI, prazo 30/11!!", 9),
            Logged(F, "devo lista de material do bloco B pro V — até sexta", 6),
            Logged(N, "turma NR-10 de jan abre inscr dia 10/12", 4),
            Logged(AG, "perguntar da NR-10 de novo + assinatura SENAI", 1),
            Logged(AG, "falar do Rodrigo?? 🤔", 1),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CL_kwame_phdstudent_leipzig",
        "Kwame",
        "third-year PhD student in soil microbiology at a university research institute in Leipzig, Germany",
        "Finish the PhD by autumn 2027 and land a postdoc where I can keep working on West African soils",
        "Prof. Hartmann",
        "His doctoral adviser and head of the lab group.",
        Role.OTHER,
        biweekly(2),
        time(14, 0),
        "Kwame is a Ghanaian doctoral researcher funded by a DAAD scholarship that ends in March 2027; he needs an extension "
        "and the application requires a letter from Hartmann by 15 December. He has done a lot for her this autumn (a "
        "manuscript review she passed to him, supervising two BSc students while she travelled, organising the group retreat, "
        "running the sequencer booking) while his own asks sit open: comments on his chapter 2 draft, sent seven weeks ago, "
        "the DAAD letter, and travel money for EGU in Vienna. She needs his field data for her DFG renewal in January. "
        "Delicate: postdoc Lena is claiming first authorship on a paper built on his data, and separately his mother is unwell "
        "in Kumasi and he wants to go home for three weeks in January but hasn't told Hartmann.",
        logged=(
            Logged(
                G, "reviewed the Frontiers manuscript for H. (she asked fri, sent sun)", 52, DONE
            ),
            Logged(A, "sent ch.2 draft to H, asked for comments by end Oct", 50),
            Logged(
                G, "supervised the 2 BSc students in greenhouse while H at conference", 44, DONE
            ),
            Logged(W, "qPCR finally working w/ new primers!! 16S curves clean", 33),
            Logged(G, "organised Klausurtagung logistics, booked the Hütte in Harz", 30, DONE),
            Logged(A, "asked H for DAAD Verlängerung letter, DAAD deadline 15.12", 26),
            Logged(G, "took over sequencer booking calendar, nobody else wanted it", 21, DONE),
            Logged(P, "H wants prelim data for DFG renewal by Jan — my field data is in it", 18),
            Logged(A, "travel money for EGU Vienna? abstract due 10 Jan", 14),
            Logged(
                N,
                "Lena says she should be first author on N-cycling paper bc she wrote the intro. its my data + 2 yrs fieldwork. dont know how to bring it to H w/o drama",
                10,
            ),
            Logged(N, "Mum's BP again, Ama says come home in Jan. need ~3 wks, havent told H", 6),
            Logged(F, "ch.2 comments still nothing. 7 wks.", 3),
            Logged(AG, "DAAD letter — deadline 15.12!!", 2),
            Logged(AG, "authorship N-cycling paper (how??)", 2),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CL_meiling_souschef_singapore",
        "Mei Ling",
        "sous chef at a modern Cantonese restaurant belonging to a hotel group in Singapore",
        "Want to be head chef of my own kitchen in 2-3 yrs, maybe the new Sentosa outlet",
        "Daniel",
        "The hotel group's culinary director, her head chef's boss.",
        Role.SKIP,
        monthly(1, 1),
        time(15, 0),
        "Mei Ling reports to head chef Ravi and has a monthly skip-level with Daniel between lunch and dinner service. Her "
        "October food cost came in well under target and the kitchen may have had a Michelin inspection. Daniel wants the "
        "festive set menu locked and costed before December; she owes him the costings by Monday 30/11 and is still waiting "
        "on the abalone price from the supplier. She asked him six weeks ago whether she could be considered for the Sentosa "
        "outlet opening next year and got no clear answer. Delicate: two commis quit this month, both citing Ravi shouting at "
        "them, and she is unsure whether to tell Daniel, since it means going over her own boss's head.",
        logged=(
            Logged(W, "table 12 fri, Ravi thinks michelin inspector. service was clean 🙏", 45),
            Logged(
                A, "asked D about Sentosa outlet, any chance to be considered for CDC/head chef", 40
            ),
            Logged(W, "Oct food cost 29.4% vs 32 target 🎉 mostly the new duck supplier", 27),
            Logged(
                P, "D wants festive set menu locked + costed before Dec, group push on margins", 20
            ),
            Logged(
                G,
                "ran tasting for group F&B team 12/11, D couldnt come, sent him pics+notes",
                14,
                DONE,
            ),
            Logged(
                N, "2 commis quit this month. both said Ravi shouting. D doesnt know the reason", 9
            ),
            Logged(N, "dunno if I should tell D, Ravi is my boss 😬", 9),
            Logged(F, "festive menu costings to D by mon 30/11 — still missing abalone price", 5),
            Logged(F, "abalone supplier say price by fri", 2),
            Logged(AG, "festive costing + sentosa again", 1),
        ),
        tz="Asia/Singapore",
    ),
    Persona(
        "CL_aoife_policyofficer_dublin",
        "Aoife",
        "Higher Executive Officer in the housing policy unit of a government department in Dublin",
        None,
        "Siobhán",
        "An Assistant Principal in another department, assigned as her mentor through the civil service mentoring programme.",
        Role.MENTOR,
        monthly(2, 3),
        time(13, 0),
        "Aoife has been an HEO for four years and was matched with Siobhán through the cross-department mentoring programme "
        "three weeks ago; the first conversation is on 10 December and she has logged very little so far. She is weighing "
        "whether to enter the Assistant Principal competition expected to open in January and doesn't feel ready. Nothing is "
        "owed either way yet; she mostly wants to understand what the mentoring is for. Delicate: her line manager Declan "
        "turned down her request for a secondment to the Land Development Agency and she is still annoyed, but doesn't know "
        "how much to say about her own manager to someone from another department.",
        logged=(
            Logged(
                N,
                "mentoring programme matched me w Siobhán (Finance I think?) - first chat 10th dec",
                20,
            ),
            Logged(
                W, "Housing Bill briefing note went up to Minister's office w/o a single edit", 16
            ),
            Logged(N, "AP competition might open Jan, not sure im ready tbh", 11),
            Logged(N, "secondment to LDA turned down by Declan. still annoyed. mention or not?", 7),
            Logged(AG, "ask how she prepped for AP interview", 3),
            Logged(AG, "what does she expect from me / how often do we meet", 3),
        ),
        tz="Europe/Dublin",
        first=True,
    ),
    Persona(
        "CL_anjali_programmecoordinator_pune",
        "Anjali",
        "programme coordinator for a rural water and sanitation NGO, based in Pune, India",
        "Regional programme manager in 2 yrs — ideally leading the Marathwada expansion",
        "Meera ma'am",
        "The NGO's country director, who has been championing her for bigger roles.",
        Role.SPONSOR,
        monthly(1, 0),
        time(10, 30),
        "Anjali coordinates the Jalna district programme and Meera has been pushing her forward, including for the Marathwada "
        "expansion proposal going to donors in December. Meera already answered one ask: the NGO will pay for Anjali's GIS "
        "certificate course from the capacity-building budget, starting January. Still open: an introduction to a programme "
        "officer at a large trust, which Meera promised weeks ago. Anjali owes Meera the final Jalna baseline report by 4 "
        "December, and she drafted the donor deck for her over a weekend. Delicate: she has an offer from a larger INGO in "
        "Delhi paying 40% more, with a reply due 3 December, and feels disloyal given how much Meera has backed her; she has "
        "also spotted suspicious attendance data from a field officer's block and hasn't checked it yet.",
        logged=(
            Logged(A, "asked M ma'am if org can pay for GIS certificate course (₹18k)", 48, DONE),
            Logged(
                W,
                "Jalna 14 villages ODF verification passed, collector sir ne bhi appreciate kiya",
                36,
            ),
            Logged(
                N,
                "M ma'am approved GIS course 🙌 from capacity bldg budget, HR will process, batch starts 11 Jan",
                30,
            ),
            Logged(P, "M ma'am wants Marathwada proposal ready for donor mtg in Dec", 25),
            Logged(G, "did donor deck first draft for her over the weekend", 22, DONE),
            Logged(A, "intro to Tata Trusts PO — she said she'll connect, abhi tak nahi", 18),
            Logged(F, "Jalna baseline report final version owe to M by 4 Dec", 12),
            Logged(
                N,
                "Badnapur block data looks fishy, same attendance nos 3 weeks in a row. Sunil's area. check first before saying anything",
                8,
            ),
            Logged(
                N,
                "INGO offer aa gaya — 40% more, Delhi based. M ma'am ne itna support kiya... kya bolun?",
                4,
            ),
            Logged(F, "reply to INGO HR by 3 Dec", 4),
            Logged(AG, "donor mtg - will I present Jalna part? confirm", 1),
            Logged(AG, "Tata intro reminder", 1),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "CL_tomasz_bakery_gdansk",
        "Tomasz",
        "runs sales, deliveries and the office at his family's bakery in Gdańsk, Poland",
        "Chcę otworzyć drugi punkt w Oliwie i przejąć firmę od taty bez kłótni z siostrą",
        "Kasia",
        "His older sister, who runs production and the night bakers; they share the business as equal partners.",
        Role.PEER,
        weekly(0),
        time(13, 30),
        "Tomasz and Kasia have been running the family bakery together since their father, the founder, had heart surgery in "
        "October and was told to stay off work for at least three months. Tomasz just signed a daily bread contract with a hotel "
        "starting 1 December and handled the sanitary inspection paperwork for Kasia. She wants a new oven before Christmas and "
        "they haven't decided between leasing and a loan; he wants to look at premises for a second shop in Oliwa, which she is "
        "reluctant about. He owes her the Christmas order list by Friday; she owes him the poppy-seed cake costing at new prices. "
        "Delicate: their father privately told Tomasz he wants him to become sole managing director, and Kasia doesn't know.",
        logged=(
            Logged(N, "tata po operacji ok, ale lekarz mówi min 3 mies bez pracy", 44),
            Logged(G, "ogarnąłem K. wizytę sanepidu, cała papierologia", 41, DONE),
            Logged(W, "podpisana umowa z hotelem na Długiej – pieczywo codziennie od 1.12 💪", 33),
            Logged(P, "K chce nowy piec przed świętami, stary pada", 28),
            Logged(
                A,
                "prosiłem K o wyliczenie kosztu makowca przy nowych cenach maku – jeszcze nie ma",
                17,
            ),
            Logged(
                N,
                "tata mi powiedział że chce żebym był prezesem. K nic nie wie. jak to ugryźć??",
                10,
            ),
            Logged(N, "Zbyszek znowu spóźniony na nockę, K mówi że to jej sprawa", 6),
            Logged(F, "lista zamówień świątecznych dla K do pt", 3),
            Logged(AG, "Oliwa – lokal oglądamy 5.12? K niechętna", 2),
            Logged(AG, "piec – leasing czy kredyt", 2),
        ),
        tz="Europe/Warsaw",
    ),
)
