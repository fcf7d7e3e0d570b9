# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 50 (set CK)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH88 = (
    Persona(
        "CK_tomasz_electrician_krakow",
        "Tomasz",
        "electrician (journeyman) at a three-person family electrical firm in Kraków",
        "Zrobić uprawnienia SEP E+D, za parę lat prowadzić własną brygadę, może kiedyś własna firma",
        "Marek",
        "Marek Wójcik, owner of the small electrical firm, who trained Tomasz as an apprentice and is still his direct boss.",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Tomasz is 26 and has worked for Marek for six years, first as an apprentice. He now runs small jobs on his own "
        "and wants the SEP qualification so he can sign off installations; registration for the next course closes on "
        "4 December and he asked Marek weeks ago whether the firm would pay for it, with no answer yet. Marek also said "
        "a raise would be discussed 'after New Year'. Tomasz covered for the firm several times (a Saturday job, the "
        "cable order while Marek was ill) and owes Marek the measurement reports from the Bonarka job by Monday; Marek's "
        "priority is closing Bonarka by 15/12. Two delicate matters: Darek, the third electrician and Marek's "
        "brother-in-law, has been late and seemed hungover on site, which Tomasz doesn't know whether to raise; and a "
        "bigger company has offered him 7,200 net plus a van, which he hasn't answered and hasn't mentioned to Marek.",
        logged=(
            Logged(A, "pytałem Marka czy firma zapłaci za kurs SEP E+D, powiedział ze pomyśli", 45),
            Logged(W, "rozdzielnia na Zabłociu zrobiona sam, odbiór bez uwag 💪", 38),
            Logged(A, "podwyżka? M: 'po nowym roku pogadamy'", 33),
            Logged(G, "sobota u pani Nowak bo Darek nie przyszedł, skończyłem sam", 27, DONE),
            Logged(P, "Marek chce zamknąć Bonarkę do 15/12, klient ciśnie", 20),
            Logged(G, "ogarnąłem zamówienie kabli w hurtowni jak M. leżał chory", 18, DONE),
            Logged(W, "klient z Ruczaju dał opinię w google, wymienił mnie z imienia", 15),
            Logged(
                N,
                "Darek 2x spóźniony w tym tyg, w pon rano czuć było od niego... nie wiem czy mówić M., to jego szwagier",
                9,
            ),
            Logged(F, "protokoły pomiarów z Bonarki - obiecałem na pon", 6),
            Logged(N, "dzwonił gość z Elektromontażu, 7200 netto + auto. nie odpisałem jeszcze", 4),
            Logged(AG, "kurs SEP - zapisy do 4.12!! czy firma płaci czy nie", 2),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CK_lucia_frontdesk_sevilla",
        "Lucía",
        "front desk supervisor at a four-star chain hotel in Sevilla",
        "Pasar a revenue management dentro de la cadena en uno o dos años",
        "Ignacio",
        "Ignacio Barrera, the hotel's general manager and the boss of Lucía's own manager, the front office manager Cristina.",
        Role.SKIP,
        monthly(1, 2),
        time(16, 30),
        "Lucía, 31, supervises a reception team of seven and wants to move into revenue management. In September she "
        "asked Ignacio directly whether she could join the chain's revenue course, without telling her manager "
        "Cristina, and now worries Cristina will feel bypassed. She also asked about roughly 30 hours of unpaid August "
        "overtime and has heard nothing; she wants to raise it again without sounding like she's complaining. She "
        "prepared the Q3 complaints report Ignacio used with the owners, and owes him an upselling script for the team "
        "by Friday, since upselling at check-in is his year-end priority, along with staffing the terrace opening at "
        "Christmas. She has spotted an internal revenue opening at the chain's Málaga hotel and is unsure whether to "
        "mention it to him.",
        logged=(
            Logged(A, "le pedí a Ignacio hacer el curso de revenue mgmt de la cadena", 52),
            Logged(A, "pregunté x las horas extra de agosto q no se pagaron (unas 30h)", 40),
            Logged(W, "score Booking a 9,1 en oct!! varios comentarios nombran a recepción 😊", 34),
            Logged(G, "informe de quejas Q3 hecho para su reunión con los dueños", 26, DONE),
            Logged(P, "I. quiere subir upselling en check-in antes de fin de año", 26),
            Logged(W, "cerrado el grupo boda Martín-Ruiz, 42 habs x 3 noches", 22),
            Logged(
                N,
                "Cristina no sabe q lo del curso se lo pedí directamente a I. 😬 decírselo yo antes??",
                15,
            ),
            Logged(P, "abrir terraza en Navidad -> necesita 1 turno extra en recepción", 13),
            Logged(F, "mandarle propuesta de script upselling, dije q para el viernes", 10),
            Logged(N, "Álex (noche) de baja otra vez, cubro yo 2 noches la semana q viene", 6),
            Logged(
                AG, "horas extra agosto - sigue sin respuesta. preguntar sin q suene a queja", 2
            ),
            Logged(AG, "vi anuncio interno plaza revenue en el hotel de Málaga... lo comento?", 1),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CK_aroha_nurse_auckland",
        "Aroha",
        "registered nurse, three years qualified, on a general medical ward at a public hospital in Auckland",
        "Get into ICU within the next two years, then maybe clinical nurse specialist",
        "Ngaire",
        "Ngaire Tipene, a senior nurse educator from another service who mentors Aroha through the hospital's mentoring programme.",
        Role.MENTOR,
        monthly(2, 1),
        time(12, 30),
        "Aroha is 27 and wants to move into intensive care. She asked Ngaire whether to start a postgraduate certificate "
        "in critical care this year, and Ngaire has already replied by email: go for it, and she will be a referee "
        "(applications close 15 January). Aroha sent Ngaire the ward's sepsis audit data for her teaching, and still "
        "owes her a link to a rural nursing webinar. Ngaire is rolling out deteriorating-patient education across the "
        "medical wards in February. Aroha's PDRP portfolio reflection is due 18/12 and she wants to ask Ngaire to read "
        "her draft. The delicate matter: two weeks ago on nights she gave an IV antibiotic two hours late; no harm, the "
        "incident report is done, but she is shaken and unsure how openly to talk about it.",
        logged=(
            Logged(W, "first night as in-charge, ward ran smooth 🙌", 50),
            Logged(A, "asked N re PGCert critical care - this yr or wait?", 41, DONE),
            Logged(
                N, "Ngaire emailed back: go for it, she'll be my referee!! apps close 15 Jan", 36
            ),
            Logged(G, "sent N the ward sepsis audit data for her teaching sesh", 30, DONE),
            Logged(P, "N rolling out deteriorating pt education across med wards in Feb", 30),
            Logged(F, "owe N the link to that rural nursing webinar", 24),
            Logged(W, "pt's whānau brought kai for the whole team to say thanks 🥹", 19),
            Logged(
                N,
                "med error Tue nights - IV fluclox 2hrs late. no harm, RiskMan done. still feel sick abt it",
                11,
            ),
            Logged(F, "PDRP reflection due 18/12", 8),
            Logged(AG, "the med error - how do I not let it wreck my confidence", 3),
            Logged(AG, "would she read my PDRP draft?", 2),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CK_chidinma_postdoc_edinburgh",
        "Chidinma",
        "postdoctoral research fellow in physical chemistry at a university in Edinburgh",
        "Win an independent fellowship by 2027 and start my own lab, ideally staying in Edinburgh",
        "Alan",
        "Prof. Alan Hallworth, Head of the School of Chemistry, who is backing her fellowship bid but is not her line manager.",
        Role.SPONSOR,
        biweekly(4),
        time(14, 0),
        "Chidinma, 34, is applying for a Future Leaders Fellowship and needs an institutional support letter from Alan; "
        "he said 'yes of course' two weeks ago, but there is no draft and the internal deadline is Tuesday 1 December at "
        "5pm. She also still owes him bullet points to write from. Over two months she has done a lot for him: covered "
        "his lectures, reviewed his EPSRC draft, ran the open day demo at short notice, organised the January seminar "
        "series and suggested names for the chair longlist, since he wants more women shortlisted. She has asked him "
        "for almost nothing else. Her first corresponding-author paper was just accepted. The delicate matter: her PI, "
        "Dr Ross, has been cold since she told him about the fellowship, and she doesn't know whether Alan should get "
        "involved or whether she should handle it herself.",
        logged=(
            Logged(
                G, "covered Alan's 2nd yr thermo lectures wk 3-4 while he was in Brussels", 55, DONE
            ),
            Logged(G, "reviewed AH's EPSRC draft, sent tracked changes", 44, DONE),
            Logged(G, "ran open day demo, AH asked day before", 37, DONE),
            Logged(W, "JACS accepted!!! 🎉 first corresponding author", 31),
            Logged(G, "Jan seminar series speakers sorted, list sent to AH", 21, DONE),
            Logged(P, "AH wants more women on the shortlist for the chair in Jan", 21),
            Logged(G, "sent him 4 names for the chair longlist", 16, DONE),
            Logged(A, "asked AH for the institutional support letter for FLF", 14),
            Logged(
                N, "Ross v cold since I told him abt FLF. think he thinks I'm leaving the group", 9
            ),
            Logged(F, "AH said 'yes of course' but no draft. internal deadline Tue 1/12 5pm", 5),
            Logged(F, "send AH bullet pts for the letter - TODAY", 3),
            Logged(AG, "THE LETTER. offer to draft it myself?", 1),
            Logged(AG, "Ross - does AH say something or do I", 1),
        ),
        tz="Europe/London",
    ),
    Persona(
        "CK_rafael_stagecarpenter_saopaulo",
        "Rafael",
        "head of scenery (chefe de cenotecnia) at a repertory theatre company in São Paulo",
        "quero virar diretor técnico de uma casa grande, tipo o Municipal",
        "Bia",
        "Beatriz 'Bia' Nogueira, head of lighting at the same theatre, his peer on the technical team.",
        Role.PEER,
        biweekly(1),
        time(10, 0),
        "Rafael, 38, runs the scenery crew and meets Bia every two weeks to coordinate the technical side. He lent her "
        "crew two hoists for a SESC load-in and helped her build the LED budget she is fighting for with the producer. "
        "He asked for the lighting plot for the next show by 20 November and it still hasn't arrived. The producer, "
        "Carla, has said overtime will be cut in December, which affects both crews and the Christmas load-in. The "
        "delicate matter: twelve days ago a batten came down heavier than expected and one of his crew, Juninho, was hit "
        "on the shoulder; an extra fixture from Bia's team had been hung on the set without telling scenery. He wants to "
        "agree a rule that nothing is hung on scenery without a load check, but expects Bia to get defensive.",
        logged=(
            Logged(W, "estreia de 'A Casa de Bernarda Alba' lisa, zero problema nas trocas 🙏", 47),
            Logged(G, "emprestei 2 talhas pra equipe da Bia na montagem do Sesc", 40, DONE),
            Logged(A, "pedi pra Bia o plot de luz do próximo espetáculo até dia 20", 25),
            Logged(
                P, "Bia quer trocar tudo pra LED até março, brigando por verba c a produção", 18
            ),
            Logged(G, "ajudei na planilha de orçamento do LED pra ela levar pra Carla", 16, DONE),
            Logged(
                N,
                "Juninho tomou pancada no ombro qdo baixaram a vara 7. tinha refletor a mais pendurado no cenário sem avisar a gente. tenho q falar c Bia mas ela vai ficar na defensiva",
                12,
            ),
            Logged(N, "Carla falou q vai cortar hora extra em dezembro 🙄", 7),
            Logged(F, "plot ainda não veio (dia 20 já foi)", 5),
            Logged(
                AG, "regra: nada pendura no cenário sem checar carga cmg + o caso do Juninho", 2
            ),
            Logged(AG, "montagem de Natal sem hora extra - quem cobre o quê", 1),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CK_wanjiru_ngo_kisumu",
        "Wanjiru",
        "programme officer for a community health volunteer project at a small NGO in Kisumu",
        None,
        "Dr. Achieng",
        "Dr. Achieng Oloo, an external public-health adviser appointed by the donor to support the programme, not Wanjiru's boss.",
        Role.OTHER,
        biweekly(2),
        time(10, 0),
        "Wanjiru, 29, coordinates about 120 community health volunteers and has just started fortnightly sessions with "
        "Dr. Achieng, whom the donor appointed as technical adviser; this will be their first proper meeting. Dr. Achieng "
        "wants a data quality report before the donor visit in January, and Wanjiru asked her for the DHIS2 indicator "
        "guidance she mentioned at the kick-off, which hasn't come. The Nyalenda volunteers had their best month ever in "
        "October. The delicate matter: the October stipend sheet doesn't match the M-Pesa records for about 14 "
        "volunteers; a colleague, Otieno, prepared the payroll, and Wanjiru doesn't know whether to raise it with Dr. "
        "Achieng or with her own director first.",
        logged=(
            Logged(P, "Dr A wants CHV data quality report b4 donor visit in Jan", 20),
            Logged(A, "asked her for the DHIS2 indicator guidance she mentioned at kickoff", 20),
            Logged(W, "Nyalenda CHVs 92% household visits in Oct, best ever!!", 17),
            Logged(
                N,
                "Oct stipend sheet haimatch M-Pesa, like 14 CHVs. Otieno did payroll. sijui nimwambie Dr A au director kwanza 😟",
                6,
            ),
            Logged(N, "set up the bot, first real session w Dr A next wk", 3),
            Logged(AG, "what does she expect from me / how often we report", 1),
        ),
        first=True,
        tz="Africa/Nairobi",
    ),
)
