# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 42 (set BT)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH71 = (
    Persona(
        "BT_aroha_dairy_morrinsville",
        "Aroha",
        "2IC (second-in-charge) on a 600-cow family dairy farm, Morrinsville, Waikato, New Zealand",
        "run my own herd by 30. contract milking first, 2028 if i can swing it",
        "Grant",
        "Grant Whitaker, 54, sharemilker who runs the farm and employs Aroha; her direct boss",
        Role.MANAGER,
        weekly(0),
        time(10, 0),
        "Aroha (24, Ngāti Hauā) is second-in-charge on a seasonal-calving dairy farm. She carried extra night shifts during calving while Grant's wife Sharon was in Waikato Hospital, and Grant promised the farm would pay her Primary ITO Level 4 course fees, but has not enrolled or paid and the February intake closes on 11 December. Artificial breeding started 1 November; Grant cares a lot about the six-week in-calf rate after a bad year, yet hasn't given her the second person she asked for on the morning heat-detection walks. The delicate part: Grant's nephew Jordan rides the quad without a helmet, nearly rolled it on the wet hill paddock, has been late and once turned up smelling of the night before while working the rotary. Aroha hasn't said anything because it's family and she's worried it becomes a whānau thing; she's thinking of framing it as a general helmet/H&S rule. She had a real win: somatic cell count down to 138k.",
        logged=(
            Logged(
                N,
                "calving wrapped!! last of the late calvers done 🙌 4 sets of twins this yr lol",
                58,
            ),
            Logged(
                G,
                "did nights tues-fri so Grant cld be at waikato hosp w Sharon. didnt mind, tell him not to stress abt it",
                52,
            ),
            Logged(A, "asked G re primary ITO lvl4 — he said farm'll pay, 'leave it w me' 🤞", 45),
            Logged(
                P,
                "Grant: AB starts 1 Nov, wants 6wk in-calf rate over 75% this yr. said last yr was 'embarrassing'",
                40,
            ),
            Logged(F, "chase ITO enrol — closes 11 dec??", 30),
            Logged(
                N,
                "Jordan on the quad again no helmet, took the hill paddock way too fast on wet grass. nearly lost it at the trough corner. i yelled he laughed 😬",
                24,
            ),
            Logged(N, "didnt say anything to G. its his nephew. idk", 23),
            Logged(
                W,
                "SCC 138k!!! lowest since i started. teat spray change + me being a nag at cups on 😤💪",
                16,
            ),
            Logged(
                A,
                "ask G for 2nd person on heat det walks am — cant do tailpaint + drafting + the walk alone",
                14,
            ),
            Logged(N, "G said 'yeah yeah' re heat det help. nothing happened", 10),
            Logged(
                N,
                "Jordan late 3x this wk. tues he smelled like last night tbh. had him on the rotary. not safe round 600 cows half asleep",
                6,
            ),
            Logged(F, "ITO still not enrolled. G hasnt paid. ugh", 4),
            Logged(AG, "ITO fees — need a yes/no before 11 Dec or i miss Feb intake", 1.5),
            Logged(
                AG,
                "jordan + quad. how do i say it w/o it being a whānau thing. maybe just H&S, helmets for everyone, me included",
                0.6,
            ),
            Logged(AG, "heat det help am walks — still need it, 3.5 wks into AB", 0.5),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BT_joy_carer_sakai",
        "Joy",
        "care worker (kaigo) at a private nursing home, Sakai, Osaka, Japan",
        "pass the kaigo fukushishi exam in Jan so i can change visa and bring Migo (my son) here",
        "Sato-san",
        "Sato Keiko, 58, senior certified care worker at the home, assigned as Joy's mentor (not her boss)",
        Role.MENTOR,
        monthly(1, 2),
        time(14, 0),
        "Joy (31, from Pampanga, Philippines) works in Japan on a Specified Skilled Worker visa, which doesn't let her bring family; passing the national certified care worker exam at the end of January would let her switch visas and bring her 8-year-old son. Sato-san is a warm, strict mentor who cares most about proper written records. Sato-san promised to lend her annotated old textbook but forgot; Joy wants practice sessions in December. Joy covered Sato-san's Sunday shift when her husband had surgery. Delicate: a resident, Ueda-san in room 204, has had repeated bruises on her forearm after night shifts worked by a senior Japanese colleague (N-san) whom Joy has seen grabbing her wrist hard; Joy recorded the bruise vaguely and named no one, and is afraid to report as a foreigner. Her mother is in hospital again at home. Privately she has a recruiter offer from a Yokohama facility paying more, which she hasn't told anyone about.",
        logged=(
            Logged(
                P,
                "Sato-san: most important is i write kiroku properly in nihongo, not just tell verbally ok. 'records protect us and the residents'",
                70,
            ),
            Logged(
                A,
                "asked her to check my kiroku 1x a week — she said ok, tuesdays after lunch 👍",
                68,
                DONE,
            ),
            Logged(
                W,
                "PASSED JLPT N3!!! 🎉🎉 nag-text agad ako kay Sato-san, she sent sooo many stamps haha",
                55,
            ),
            Logged(
                N,
                "kaigo fukushishi exam end of Jan. mock test 62/125 😭 kulang pa, need around 78",
                40,
            ),
            Logged(
                A,
                "pwede ko ba hiramin yung old textbook nya w/ her notes? she said titingnan nya sa bahay",
                38,
            ),
            Logged(
                G, "covered her sunday shift, husband nya had surgery. ok lang, she'd do same", 33
            ),
            Logged(F, "textbook — she forgot. remind gently, wag makulit", 25),
            Logged(
                N,
                "Ueda-san (204) may pasa na naman sa left arm. night shift was N-san. hindi ko alam... ayoko mag-assume pero nakita ko na dati he grabs her wrist hard pag ayaw nya kumain",
                18,
            ),
            Logged(
                N,
                "wrote in kiroku 'L forearm 3cm discolouration'. parang kulang. di ko sinabi kung sino",
                17.8,
            ),
            Logged(
                N,
                "Mama ospital ulit, sugar. sabi ni Ate ok na daw pero i cant go home til feb 😢",
                12,
            ),
            Logged(
                N,
                "recruiter msg on FB — Yokohama facility, ¥40k more/month + dorm. thinking lang. don't tell anyone",
                8,
            ),
            Logged(W, "mock test 2: 74!!! malapit na 🔥", 5),
            Logged(A, "ask her if we can do past questions together 2x in Dec before nenmatsu", 3),
            Logged(
                AG,
                "Ueda-san arm. how to report properly? who do i tell — Sato-san or shunin? natatakot ako kasi foreigner ako and N-san is senior",
                1,
            ),
            Logged(AG, "textbook pls 🙏 + Dec practice dates", 0.9),
            Logged(F, "yokohama?? maybe ask her advice w/o saying too much... or not. tbd", 0.3),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BT_mehmet_dispatcher_duisburg",
        "Mehmet",
        "Disponent (truck dispatcher) at a mid-sized freight forwarding company, Duisburg, Germany",
        "Teamleitung Nachtdispo übernehmen wenn Jens im März in Rente geht",
        "Frau Behrens",
        "Claudia Behrens, Niederlassungsleiterin (branch manager) of the Duisburg site; Mehmet's boss's boss",
        Role.SKIP,
        monthly(4, 4),
        time(7, 30),
        "Mehmet (46, born in Duisburg to Turkish parents, 22 years at the company) dispatches trucks on the night desk under team lead Jens Kowalski, who retires in March; nobody has said who takes over and Mehmet wants it but tends to hedge. Frau Behrens cares above all about on-time delivery for the key customer Brenner Baustoffe (target above 96%). Mehmet asked for training on the new transport management system for himself and his colleague Ayşe; she said she'd check budget and nothing came. He saved a reefer load on a Sunday and got a thank-you mail. Delicate: Jens has twice pushed him to have drivers log breaks later than taken (driving-time violations); Mehmet refused and replanned, costing punctuality, and is unsure how to raise it without betraying Jens. Separately, subcontractor drivers from a Lithuanian firm have been sleeping in their cabs in the company yard for weeks with the showers locked, and one asked him when wages would come. His wife keeps telling him to finally speak up. The skip-level is tomorrow (27 Nov).",
        logged=(
            Logged(
                P,
                "Behrens: Q4 Pünktlichkeit Brenner >96%, sonst wird's eng mit dem Vertrag. 3x gesagt",
                62,
            ),
            Logged(A, "Schulung neues TMS für mich + Ayşe angefragt — 'ich prüf das Budget'", 62),
            Logged(
                N,
                "Jens zieht bis März durch, dann Rente. wer macht dann Nachtdispo?? keiner sagt was",
                50,
            ),
            Logged(
                G,
                "Sonntag 3h reingefahren, Kühlauflieger Ausfall bei Venlo, Ware gerettet. Behrens Mail: 'Danke Herr Yıldız' 👍",
                41,
            ),
            Logged(N, "Monatsgespräch kurz, sie hatte nur 20 min. Schulung: 'noch offen'", 34),
            Logged(
                W,
                "Brenner Okt: 97,1% pünktlich 💪 Jens hat's im Meeting als seins verkauft aber egal",
                30,
            ),
            Logged(
                N,
                "Jens wieder: 'Fahrer soll Pause halt später eintragen'. Pavel hatte schon 10h drauf. hab NEIN gesagt. Jens sauer. allah allah 🙄",
                27,
            ),
            Logged(
                N,
                "Sub-Fahrer (Firma aus Kaunas) schlafen seit 3 Wo im LKW auf unserem Hof, Duschen abgeschlossen. einer fragt mich wann Lohn kommt. nicht unser Personal aber...",
                20,
            ),
            Logged(F, "TMS Schulung — nix gehört. nachhaken", 18),
            Logged(
                N,
                "nochmal Lenkzeit, diesmal Dragan. Tour umgeplant, 1 Std Verspätung Brenner. Jens: 'das kostet uns die Quote'. ich: und der Führerschein kostet ihn den Job",
                9,
            ),
            Logged(
                A,
                "Behrens per Mail gefragt ob wir über Nachfolge Jens reden können → Termin 27.11 7:30 bestätigt",
                7,
                DONE,
            ),
            Logged(N, "Hanım diyor ki 'artık söyle şunu'. haklı galiba", 3),
            Logged(AG, "Nachfolge Nachtdispo — ich will das. klar sagen, nicht rumdrucksen!!", 1),
            Logged(
                AG,
                "Lenkzeiten... wie sag ich das ohne Jens reinzureiten? vllt allgemein: 'Druck auf Fahrer wegen Quote'",
                0.8,
            ),
            Logged(AG, "Kaunas-Fahrer Hof / Duschen — unser Problem? ich find schon", 0.7),
            Logged(F, "TMS Budget nochmal ansprechen, Ayşe fragt jede Woche", 0.6),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "BT_thandi_marinebiologist_capetown",
        "Thandi",
        "postdoctoral researcher in marine ecology (kelp forests), university, Cape Town, South Africa",
        "a permanent researcher post by 2028, and to be the kelp person people call",
        "Naledi",
        "Dr Naledi Khumalo, chief scientist at a national oceans research directorate, who champions Thandi for posts and voyages (not in her line at the university)",
        Role.SPONSOR,
        monthly(1, 1),
        time(16, 0),
        "Thandi (33) is two years into a postdoc under Prof Visser. Naledi, a senior government scientist, has taken her up as a protégée: she wants Thandi visible outside the university (presenting at a February symposium) and has put her forward for one of two spots on an April relief voyage on the SA Agulhas II. Thandi asked Naledi for a support letter for an NRF grant due 4 December; Naledi has promised twice but not sent it. Thandi ran a two-day kelp survey training for Naledi's interns. Her two-year paper was just accepted. Private matter: Thandi found out she's pregnant (about 11 weeks now, due mid-June) and has told only her partner Sipho and her mother; the April voyage is impossible, and she feels she must withdraw before Naledi spends more capital on it but isn't sure whether to say why. Separately Prof Visser wants first authorship on the next paper 'because of the funding', though she did the work.",
        logged=(
            Logged(
                P,
                "Naledi: 'i can't push you for a post if nobody outside UCT knows your name'. wants me presenting at the Feb symposium",
                79,
            ),
            Logged(A, "asked her for NRF support letter, due 4 Dec. she said of course", 51),
            Logged(
                G,
                "ran the kelp survey training for her 6 interns at Kalk Bay, 2 days, freezing 🥶 but lekker",
                44,
            ),
            Logged(W, "PAPER ACCEPTED 🎉🎉 ngiyabonga Nkulunkulu. 2 years of my life", 37),
            Logged(N, "positive. 2 lines. yoh.", 27),
            Logged(
                N,
                "call w Naledi — she put my name fwd for Agulhas II relief voyage April 🚢 only 2 spots. she was so chuffed. i said nothing",
                23,
            ),
            Logged(N, "dr appt: ~8 wks. due mid june. April = 30+ wks on a ship. no. just no.", 20),
            Logged(N, "haven't told anyone except Sipho + Mama. not Naledi, not Prof V", 19),
            Logged(F, "NRF letter — did she send?? 3 wks left", 13),
            Logged(A, "whatsapp'd her re NRF letter again, she said 'this week, promise'", 8),
            Logged(
                N,
                "Prof V wants his name first on the next one 'because of the funding'. i did literally everything 😤",
                6,
            ),
            Logged(
                AG,
                "voyage — have to say something before she spends more capital on it. do i tell her why?? don't have to legally. but she's been so good to me",
                1,
            ),
            Logged(AG, "NRF letter due 4 Dec!!", 0.7),
            Logged(AG, "Feb symposium — yes i'll do it (i'll be ~5 months, fine)", 0.4),
            Logged(
                N, "authorship w Prof V — ask her how to handle? she knows him from way back", 0.3
            ),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "BT_rui_planner_porto",
        "Rui",
        "técnico superior (transport planner), municipal mobility division, city council, Porto, Portugal",
        None,
        "Inês",
        "Inês Moreira, chefe de divisão (head of division) of Social Action at the same council; co-leads the tram-works mobility plan with Rui and is senior to him",
        Role.PEER,
        biweekly(4),
        time(9, 30),
        "Rui (52) is a long-serving transport planner co-leading, with Inês from social services, the plan to keep residents of Rua do Heroísmo/Campanhã mobile during tram works that start on 11 January. Inês's priority is that no elderly resident loses transport to the health centre. Rui asked for an anonymised list of residents with reduced mobility (GDPR, via the council lawyer) six weeks ago and has nothing. He made all the maps for the presentation to the councillor on a Saturday night; Inês called it 'our study', which stung. He won a temporary shuttle from the bus operator. Conflict: at a residents' session she cut him off twice in public; he stayed silent and is still annoyed but respects her and doesn't want a war. An 89-year-old resident, D. Albertina, told him nobody has called her, so he doubts the list is complete. He has asked to co-present at the council meeting on 10 December. He says he has no career goal, just wants the project done right.",
        logged=(
            Logged(
                P,
                "Inês: prioridade dela = nenhum idoso da Rua do Heroísmo fica sem transporte p/ o centro de saúde durante as obras. justo",
                41,
            ),
            Logged(
                A,
                "pedi lista dos utentes c/ mobilidade reduzida (só nº + zona, sem nomes, RGPD). disse q ia ver c/ a jurista",
                41,
            ),
            Logged(G, "fiz-lhe os mapas todos p/ apresentação ao vereador. sábado à noite 🙄", 33),
            Logged(
                N,
                "apresentação correu bem. ela disse 'o nosso estudo'. hmm. ok é trabalho conjunto... mas os mapas eram meus",
                28,
            ),
            Logged(F, "lista utentes — nada ainda", 26),
            Logged(
                W, "STCP aceitou o shuttle provisório!! 3 meses, seg-sex 7h-19h. anos nisto 😅", 19
            ),
            Logged(N, "1:1 c/ Inês, 20 min. lista 'está na jurista'", 13),
            Logged(
                N,
                "sessão c/ moradores Campanhã: cortou-me 2x à frente de toda a gente. 'o Rui depois explica os detalhes técnicos'. fiquei calado. não gostei nada",
                12,
            ),
            Logged(
                N,
                "D. Albertina (89) disse-me à saída q ninguém lhe ligou. está na lista da ação social?? se não está o shuttle não lhe serve de nada",
                12,
            ),
            Logged(F, "jurista RGPD — perguntar à Inês se já há resposta", 7),
            Logged(
                A, "pedi p/ apresentarmos juntos na reunião de câmara de 10 dez, metade cada", 5
            ),
            Logged(AG, "lista utentes!! obras começam 11 jan", 1),
            Logged(
                AG,
                "falar da sessão de Campanhã. com calma. não quero guerra, ela é boa no q faz. só quero falar eu da minha parte",
                0.8,
            ),
            Logged(AG, "D. Albertina — confirmar q está sinalizada", 0.8),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BT_kavya_blockprinter_jaipur",
        "Kavya",
        "owner of a small hand block-printing workshop (9 printers), Sanganer, Jaipur, India",
        "2 orders a year from the Sweden people so i can hire 4 more printers and stop depending on shaadi season",
        "Hannah",
        "Hannah Lindqvist, sourcing lead at a Swedish home-textile brand; Kavya's biggest new buyer",
        Role.OTHER,
        monthly(1, 3),
        time(14, 30),
        "Kavya (38) took over her father's block-printing workshop and landed her first export order (1,200 cushion covers, 300 table runners) from a Swedish brand. The brand requires AZO-free dyes, a signed code of conduct and disclosure of any subcontractors. A 400-piece indigo batch bled and she reprinted at her own cost (about ₹38,000), shipping 9 days late; she intends to be honest about it. Payment terms are 90 days, which is forcing her to borrow; she emailed asking for an advance and got no reply. Hannah has now set up monthly calls, the first on 3 December. Delicate: her long-time dyer Ramesh, whose unit she never declared to the buyer, had his 14-15-year-old nephew working at the washing tanks during the pre-Diwali rush; she stopped it and later confirmed the boy is back in school, but she knows she should disclose the subcontractor and the incident and is afraid of losing the buyer. She sent free swatches for their catalogue shoot; Hannah now wants artisan stories for the spring catalogue.",
        logged=(
            Logged(
                W,
                "PO aaya!!! 1200 cushion covers + 300 table runners, Sweden wale 🎉🎉 papa ko bataya, ro pade",
                63,
            ),
            Logged(
                P,
                "Hannah email: AZO-free dyes + code of conduct sign karna hai, no subcontracting without telling them",
                60,
            ),
            Logged(G, "40 extra swatches free bheje unke catalog shoot ke liye, courier 3 din", 52),
            Logged(
                N,
                "Diwali rush. Ramesh bhai ke dye unit gayi — unka bhatija, 14-15 saal ka, washing tank pe kaam kar raha tha. maine bola bilkul nahi. Ramesh bhai: 'bas chhutti mein help kar raha hai didi'",
                35,
            ),
            Logged(
                N,
                "Ramesh bhai ke unit ka Sweden walon ko bataya tha? nahi... 10 saal se wohi dye karte hain. code of conduct mein 'declare subcontractors'. uff",
                34,
            ),
            Logged(N, "400 pcs colour bleed 😭😭 indigo batch kharab. sab dobara", 28),
            Logged(F, "reprint 400 — block + fabric + labour ~₹38k apni jeb se", 27),
            Logged(W, "shipped!! Mundra se, 9 din late but sab perfect", 16),
            Logged(
                N,
                "Hannah ka email — 'let's set up a monthly call going forward, first one 3 Dec'",
                14,
            ),
            Logged(
                P,
                "she wrote they want 'artisan storytelling' for spring catalog — photos, names, stories of printers",
                12,
            ),
            Logged(
                A,
                "email kiya: next order pe 30-40% advance possible? 90 din wait = mujhe loan lena padega",
                10,
            ),
            Logged(N, "koi reply nahi advance pe", 5),
            Logged(
                AG, "delay ka sach batana — colour bleed, hamari galti, fixed. koi excuse nahi", 2
            ),
            Logged(AG, "advance / payment terms — 90 din bahut hai", 1.5),
            Logged(
                AG,
                "Ramesh bhai ka unit... declare karna padega na? bhatija ab school ja raha, confirm kiya. but batana chahiye. dar lag raha hai order chala jayega",
                0.5,
            ),
        ),
        tz="Asia/Kolkata",
        first=True,
    ),
)
