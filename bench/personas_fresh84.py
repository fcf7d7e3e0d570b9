# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 48 (set CG)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly

from coaching.model import Role

FRESH84 = (
    Persona(
        "CG_tiago_electrician_porto",
        "Tiago",
        "electricista (oficial de 1.ª) numa pequena empresa familiar de instalações elétricas no Porto",
        "Tirar o curso de técnico responsável (DGEG) e daqui a uns anos ter a minha própria equipa, quem sabe a minha empresa",
        "Sr. Fernando",
        "The owner of the family electrical firm where Tiago has worked for four years; he is Tiago's boss and signs his pay.",
        Role.MANAGER,
        biweekly(0),
        time(7, 45),
        "Tiago, 29, is a qualified electrician at Eletro Fernandes & Filhos, a six-person family firm in Porto run by Sr. Fernando, "
        "whose son Rui also works there. Tiago increasingly runs jobs on his own and quoted a house in Gaia alone while Fernando was ill. "
        "He wants the firm to pay for the DGEG 'técnico responsável' course (about 650 EUR, enrolment closes 15 December), and he is still "
        "owed 22 hours of September overtime that Fernando promised to sort 'at the end of the month' and that did not appear on the October "
        "payslip. He owes Fernando photos of the Matosinhos distribution board for the inspection report. Fernando's big worry is getting "
        "into solar installations in 2027. Delicate: a larger solar company, SolarNorte, has offered Tiago more money plus a van and wants "
        "an answer by 10 December; separately, Rui keeps arriving late on site and leaving Tiago with the apprentices, and Tiago has said "
        "nothing to Rui's father. He does not know whether to mention either thing.",
        logged=(
            Logged(W, "obra da clinica na Boavista fechada, vistoria sem reparos 💪", 52),
            Logged(
                A,
                "pedi ao sr F p pagar as horas extra de setembro (22h), disse q via isso no fim do mes",
                45,
            ),
            Logged(
                A,
                "perguntei se a empresa paga o curso DGEG tecnico responsavel ~650€, inscriçoes ate 15/12",
                30,
            ),
            Logged(G, "fiz o orçamento da moradia em Gaia sozinho pq ele tava doente", 24, DONE),
            Logged(
                P,
                "sr F quer entrar nos paineis solares em 2027, anda preocupado c isso, diz q sem isso a empresa fica p tras",
                20,
            ),
            Logged(
                N,
                "Rui outra vez chegou tarde a obra de Matosinhos, fiquei eu c os 2 aprendizes. n disse nada ao pai",
                13,
            ),
            Logged(
                F,
                "mandar ao sr F as fotos do quadro eletrico de Matosinhos p o relatorio - ate sexta",
                6,
            ),
            Logged(
                N, "SolarNorte ligou-me. proposta 1450 liq + carrinha. n respondi, dao ate 10/12", 4
            ),
            Logged(
                AG,
                "horas extra setembro ainda n vieram no recibo de outubro... falar nisto sem parecer chato",
                2,
            ),
            Logged(AG, "curso DGEG - prazo 15/12, preciso de resposta", 1),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "CG_grace_nurse_manchester",
        "Grace",
        "band 5 staff nurse on an acute medical ward in an NHS hospital in Manchester",
        "get on the band 6 development programme next year and longer term move into tissue viability",
        "Deborah",
        "The matron for the medical wards, Grace's manager's manager (Grace's line manager is the ward sister, Carol).",
        Role.SKIP,
        monthly(1, 2),
        time(14, 0),
        "Grace, 34, trained in Nigeria and has worked on Ward 7 for three years. She started short daily SSKIN huddles that lifted the "
        "ward's pressure-ulcer audit compliance sharply, and Deborah noticed. Two months ago Deborah offered to email the tissue viability "
        "lead, Liz, to arrange a shadowing day; nothing has happened since. Grace has also asked whether the trust would fund an MMU wound "
        "care module for the January intake (about 900 GBP). Grace covered three extra night shifts in October; she owes Deborah the huddle "
        "teaching slides so they can be shared with Ward 9. Deborah's priority is cutting agency spend by filling bank shifts internally. "
        "Grace has a sore back after weeks of manual handling while a hoist was broken, with an occupational health appointment on 2 December. "
        "Delicate: a band 6 colleague, J, has three times mocked her accent in front of patients' families; Grace has written it down but "
        "does not know whether to raise it with Deborah or go to Carol first, and fears looking as if she is going over Carol's head.",
        logged=(
            Logged(
                W,
                "pressure ulcer audit - ward 7 went from 68% to 91% compliance since i started the SSKIN huddles 🙌",
                55,
            ),
            Logged(
                A,
                "asked Deborah abt shadowing the tissue viability team for a day, she said she'd email Liz",
                55,
            ),
            Logged(
                G,
                "covered 3 extra nights in oct when we were short, deb thanked me on teams",
                38,
                DONE,
            ),
            Logged(
                P, "deb: agency spend has to come down, wants bank shifts filled internally", 33
            ),
            Logged(
                A, "asked if trust would fund the wound care module at MMU jan intake (~£900)", 27
            ),
            Logged(
                N,
                "J said again 'can't understand a word u say' in front of pt's family. 3rd time. wrote date n time down",
                19,
            ),
            Logged(F, "owe deb the slides from the SSKIN huddle so she can share w ward 9", 12),
            Logged(N, "back still bad since the hoist in bay 3 was broken. OH appt 2/12", 8),
            Logged(AG, "TV shadowing - still no date, nearly 2 months now", 2),
            Logged(AG, "mention J?? or go to Carol first. not sure", 1),
        ),
        tz="Europe/London",
    ),
    Persona(
        "CG_keiko_postdoc_kyoto",
        "Keiko",
        "postdoctoral researcher in structural biology (cryo-EM) at a university in Kyoto",
        "3年以内にテニュアトラックのポジションを取りたい。海外も視野に入れてる",
        "林先生",
        "Prof. Hayashi, a senior cryo-EM group leader at RIKEN, assigned to Keiko as an external mentor through a women-in-science mentoring programme.",
        Role.MENTOR,
        monthly(2, 1),
        time(16, 0),
        "Keiko, 33, is in the third year of a postdoc and has just had a revision accepted at Nature Communications. She was matched two "
        "weeks ago with Prof. Hayashi, whom she has not yet met; the first session is coming up and she has logged very little. She has "
        "emailed asking whether Hayashi would look at her draft JSPS early-career grant application (she thinks the deadline is 8 January) "
        "and has had no reply yet. Her husband may be transferred to Tokyo in spring 2027, which affects where she can apply. Delicate: her "
        "PI expects her to stay another two years and does not know she has started applying for positions elsewhere; she wants advice on "
        "whether and how to tell him, but is unsure how much to share with a mentor she has never met.",
        logged=(
            Logged(N, "mentoring program マッチング決定 → 林先生 @RIKEN 🎉", 12),
            Logged(N, "林先生 cryo-EM の人。最近の論文2本読んだ、膜タンパクの", 10),
            Logged(W, "Nature Comms revision accepted!! やっと…", 7),
            Logged(A, "メールで JSPS 若手 の draft 見てもらえるか聞いた。返事まだ (締切 1/8 ?)", 5),
            Logged(N, "夫 転勤 2027春 東京かも", 4),
            Logged(AG, "自己紹介 短く: 研究 / 今後 / 何を相談したいか", 2),
            Logged(AG, "PIに他のポジション応募してること言うべき? どう言えば 😓", 1),
        ),
        tz="Asia/Tokyo",
        first=True,
    ),
    Persona(
        "CG_lukas_souschef_vienna",
        "Lukas",
        "Sous-Chef in einem Wirtshaus-Restaurant einer kleinen Wiener Gastro-Gruppe",
        "Eigene Küche führen – Küchenchef im neuen Lokal, und bis 2030 ein eigenes Lokal",
        "Martina",
        "The executive chef of the restaurant group, two levels above Lukas, who is pushing the owners to make him head chef of the new location.",
        Role.SPONSOR,
        biweekly(4),
        time(15, 0),
        "Lukas, 31, is sous chef at the group's flagship Wirtshaus in Vienna, under head chef Stefan. The group opens a third restaurant in "
        "the 7th district in March 2027 and Martina wants an internal head chef; she is backing Lukas. He must send the owners a seven-course "
        "tasting menu with full costing by Monday 30 November, three days after the next meeting; he sent Martina a draft on 18 November and "
        "is still waiting for her feedback, and his food cost is running at 32%, which he suspects is too high. He has asked to sit in on "
        "the group's meat-supplier negotiations. He wrote a staff-meal concept for all three sites for her. Delicate: three weeks ago a guest "
        "was served a dressing containing hazelnut on Lukas's station; the guest was unharmed but complained, and Lukas documented it. He "
        "wonders whether to tell Martina before she hears it elsewhere. Stefan seems to have noticed he is being considered and has been "
        "cool towards him since Tuesday.",
        logged=(
            Logged(W, "Herbstkarte läuft, Wildragout Bestseller, food cost 27% 👌", 58),
            Logged(
                P,
                "Martina: neues Lokal 7. Bezirk, Eröffnung März, will jemand intern als KüChef",
                50,
            ),
            Logged(
                A,
                "M gefragt ob ich bei den Gesprächen mit dem Fleischlieferanten dabei sein kann",
                44,
            ),
            Logged(G, "für M das Personalessen-Konzept für alle 3 Lokale geschrieben", 36, DONE),
            Logged(
                N,
                "Allergen-Vorfall Tisch 12, Haselnuss im Dressing, Gast ok aber Beschwerde. mein Posten, mein Fehler. Doku gemacht",
                22,
            ),
            Logged(
                A,
                "M gebeten Feedback zum Menüentwurf zu geben bevor ich ihn den Eigentümern zeig",
                8,
            ),
            Logged(
                F, "Degu-Menü neue Location: 7 Gänge + Kalkulation bis MO 30/11 an Eigentümer!!", 6
            ),
            Logged(F, "warte noch auf Ms feedback zum Entwurf (geschickt 18/11)", 3),
            Logged(N, "Stefan hat was mitbekommen glaub ich, ist seit Di komisch zu mir", 2),
            Logged(AG, "Allergen-Thema selber ansprechen bevor sies von wem anderen hört?", 1),
            Logged(AG, "Wareneinsatz 32% - zu hoch? wo kürzen ohne dass es billig wirkt", 1),
        ),
        tz="Europe/Vienna",
    ),
    Persona(
        "CG_mariana_ngo_coordinator_bogota",
        "Mariana",
        "coordinadora de programa de seguridad alimentaria para población migrante en una ONG, oficina de Bogotá",
        None,
        "Camilo",
        "Her counterpart who coordinates the same programme from the NGO's Cúcuta regional office; same level, different region.",
        Role.PEER,
        biweekly(3),
        time(10, 0),
        "Mariana, 38, coordinates the Bogotá side of a donor-funded food-security programme; Camilo runs the Cúcuta side and they hold a "
        "fortnightly call. The relationship is lopsided: she shared her report template, reviewed his budget line by line, built the joint "
        "committee presentation (on which he put his name), covered his donor call on 5 November and built the indicator matrix for his "
        "planned new site in Villa del Rosario. In return she has asked twice for the October beneficiary data and still has nothing; the "
        "consolidated November report is due 4 December and cannot close without Cúcuta's figures. The programme extension to June 2027 was "
        "approved, partly on her work. Delicate: the Cúcuta attendance lists look padded (the same signatures at different workshops, 40 people "
        "listed in a room for 20), and Camilo has asked her to sign the consolidated report including them. She does not want to accuse a "
        "colleague without proof, and does not know how to raise it with him, or whether to go to someone else.",
        logged=(
            Logged(
                G, "le mandé a Camilo mi plantilla del informe trimestral p/ el donante", 57, DONE
            ),
            Logged(G, "revisé el presupuesto de Cúcuta linea x linea, como 3 hrs", 48, DONE),
            Logged(A, "le pedí los datos de beneficiarios de oct para el consolidado", 40),
            Logged(
                G,
                "hice la presentación conjunta para el comité regional, él solo puso su nombre 🙃",
                33,
                DONE,
            ),
            Logged(W, "comité aprobó la extensión del programa hasta jun 2027!!", 29),
            Logged(A, "le volví a pedir los datos de oct. nada", 25),
            Logged(
                G, "cubrí su llamada con el donante el 5/11 porq 'tenía una emergencia'", 21, DONE
            ),
            Logged(P, "Camilo quiere abrir punto nuevo en Villa del Rosario en feb", 16),
            Logged(
                N,
                "listas de asistencia de Cúcuta: mismas firmas en talleres distintos?? 40 pers en un salón de 20. no sé qué pensar",
                11,
            ),
            Logged(
                N,
                "me pidió que firme el consolidado con sus listas incluidas, le dije q primero lo reviso",
                8,
            ),
            Logged(F, "consolidado nov vence 4/12, sin datos de Cúcuta no puedo cerrar", 5),
            Logged(G, "le armé la matriz de indicadores para el punto nuevo", 3, DONE),
            Logged(AG, "datos oct + nov YA", 1),
            Logged(AG, "lo de las listas... cómo se lo pregunto sin que suene a acusación", 0),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "CG_aroha_socialworker_porirua",
        "Aroha",
        "registered social worker in a government child-protection site in Porirua, Wellington region",
        "finish the practice supervisor cert and be supervising other kaimahi in 2-3 yrs, grounded in kaupapa Māori practice",
        "Huia",
        "Her external professional supervisor, a senior registered social worker contracted to provide monthly supervision; outside Aroha's line.",
        Role.OTHER,
        monthly(1, 4),
        time(13, 0),
        "Aroha, 36, has been a frontline social worker for six years and carries 19 cases. Huia is her contracted professional supervisor; "
        "sessions are confidential, but Huia confirms attendance to Aroha's team leader. Huia has already answered one question: supervision "
        "does count towards Aroha's SWRB CPD hours, and Huia will sign the record each quarter; she also sent a reading on tikanga-based "
        "supervision that Aroha has not finished. Aroha asked Huia for names of people doing the practice supervisor certificate. Her CPD "
        "log for registration renewal is due 31 December and needs Huia's signature. She is still affected by an uplift of a baby on "
        "3 November and is sleeping badly. Her team leader wants her to take four more cases while a colleague, Sione, is on leave. "
        "Delicate: an iwi provider has offered her a Whānau Ora navigator role, with an answer due 11 December; she wants to talk it through "
        "but is unsure whether supervision is safe for that, since Huia has contact with her manager.",
        logged=(
            Logged(W, "whānau hui for the K whānau went really well, kuia thanked me after 🥹", 53),
            Logged(A, "asked Huia if our s/v sessions count towards SWRB CPD hrs", 35, DONE),
            Logged(
                N,
                "Huia: yes counts, log it as prof supervision, she'll sign the record each qtr. sent me a reading on tikanga based s/v",
                30,
            ),
            Logged(
                A,
                "asked H for names of ppl doing the practice supervisor cert so i can korero w them",
                30,
            ),
            Logged(G, "sent H the mana-enhancing practice article she asked abt", 27, DONE),
            Logged(N, "the uplift today. can't stop thinking abt the baby. not sleeping great", 23),
            Logged(F, "finish the tikanga s/v reading before next session", 18),
            Logged(
                N,
                "TL wants me to pick up 4 more from Sione's caseload while he's on leave. already on 19",
                12,
            ),
            Logged(N, "iwi provider offered me the whānau ora navigator role. decide by 11/12", 6),
            Logged(F, "SWRB renewal - CPD log due 31/12, need H to sign", 4),
            Logged(AG, "the uplift / how i'm actually going", 2),
            Logged(AG, "caseload - how do i say no to TL", 1),
            Logged(
                AG,
                "bring up the iwi job?? s/v meant to be safe space but she talks to my manager",
                1,
            ),
        ),
        tz="Pacific/Auckland",
    ),
)
