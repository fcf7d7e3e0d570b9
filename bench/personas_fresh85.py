# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 48 (set CH)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH85 = (
    Persona(
        "CH_mateus_electrician_porto",
        "Mateus",
        "Electrician (oficial de 2ª) at a small family electrical installation firm in Porto",
        "Quero tirar a certificação em fotovoltaico, passar a oficial de 1ª até ao fim de 2027 e um dia ter a minha própria equipa.",
        "Sr. Armando",
        "Owner of the family firm his father founded, and Mateus's direct boss who hands out the week's jobs.",
        Role.MANAGER,
        weekly(0),
        time(7, 45),
        "Mateus, 27, has been four years at Eletro Queirós & Filhos, a nine-person firm doing residential and small "
        "commercial installations. They meet on Monday mornings at the yard before the vans leave. He wants to move up "
        "to oficial de 1ª (a pay step) and asked the firm to pay a €480 photovoltaic course starting in January; "
        "enrolment closes 15 December and Armando said he would 'see'. He is also owed the October overtime from the "
        "Matosinhos job, which did not appear on his payslip, and has been asking since September for the van's brakes "
        "to be fixed or the van replaced. He owes the as-built drawings for the Boavista flat. Armando's priority is to "
        "close the Paranhos condominium quote before Christmas, and Mateus has already done the materials list and "
        "supplier quotes. Delicate: a solar installer (SolarNorte) has offered him +€300/month and a company car, answer "
        "by 10 December, and he doesn't know whether to tell Armando; separately, Armando's son Rui keeps leaving "
        "unsafe work on site and Mateus has been quietly fixing it.",
        logged=(
            Logged(A, "pedi outra vez p arranjar a carrinha, travão a chiar desde setembro", 60),
            Logged(
                W,
                "quadro do restaurante na Rua das Flores ligado à 1ª, certiel passou sem reparos 💪",
                52,
            ),
            Logged(
                A,
                "pedi ao sr armando p a empresa pagar curso fotovoltaico (480€, começa jan) - disse q ia ver",
                45,
            ),
            Logged(G, "fiquei sábado a acabar matosinhos p entregar a tempo, 6h", 38, DONE),
            Logged(F, "horas extra de outubro n vieram no recibo!! falar c ele", 24),
            Logged(
                N,
                "rui deixou caixa de derivação aberta no wc da boavista outra vez. arranjei eu, n disse nada",
                17,
            ),
            Logged(P, "sr A quer fechar orçamento do condominio de Paranhos antes do natal", 14),
            Logged(
                G, "fiz lista de material p paranhos e pedi 3 orçamentos aos fornecedores", 10, DONE
            ),
            Logged(F, "telas finais boavista - eu devo, até 6ª", 6),
            Logged(
                N,
                "proposta SolarNorte: +300€/mês + carro. responder até 10/12. nao sei se digo ao sr A 😬",
                4,
            ),
            Logged(AG, "curso FV - inscrições fecham 15/12, preciso resposta", 2),
            Logged(W, "cliente da boavista mandou msg a agradecer o trabalho limpo", 1),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "CH_wanjiru_nurse_nairobi",
        "Wanjiru",
        "Registered nurse on the surgical ward of a county referral hospital in Nairobi",
        "I want to do the Higher Diploma in Critical Care Nursing and be a ward in-charge within three years.",
        "Mrs. Achieng",
        "The hospital's Deputy Chief Nurse, who is the boss of Wanjiru's ward in-charge.",
        Role.SKIP,
        monthly(2, 2),
        time(14, 0),
        "Wanjiru, 31, has six years as an RN on Ward 6 (surgical). She meets the Deputy Chief Nurse monthly as part of a "
        "skip-level scheme. She led a pressure-ulcer audit that Mrs. Achieng presented at the quality meeting, and she "
        "has asked Mrs. Achieng to support her nomination for the hospital-sponsored Higher Diploma in Critical Care; "
        "the letter and CPD certificates were delivered and the training committee's intake list is expected mid "
        "December. Mrs. Achieng already answered her request for a patient hoist on the ward: no budget until next "
        "financial year. Wanjiru committed to weekly hand-hygiene spot checks, Mrs. Achieng's priority before the county "
        "inspection in January (target above 90%). She has had back pain from turning patients alone. Delicate: since "
        "she filed an incident report on 2 November about a missed drug round, her ward in-charge, Sister Mwangi, has "
        "put her on nights three weeks running; she is unsure how to raise it without looking like she is going behind "
        "her in-charge's back.",
        logged=(
            Logged(W, "pressure ulcer audit done - 3 wks zero new grade 2+ on ward 6 🙌", 55),
            Logged(G, "sent Mrs A the audit slides for QI mtg", 50, DONE),
            Logged(W, "Mrs A presented our audit at QI meeting, mentioned ward 6 by name!", 41),
            Logged(
                A,
                "asked Mrs A to support my nomination for HDip critical care. she said put it in writing",
                40,
            ),
            Logged(G, "nomination letter + CPD certs dropped at her office", 33, DONE),
            Logged(
                A,
                "asked abt a hoist for ward 6 - she said procurement budget is next FY, not before",
                27,
                DONE,
            ),
            Logged(
                N,
                "3rd week of nights in a row. sister M says 'roster ni roster'. since my incident report on 2/11 imekuwa hivi",
                20,
            ),
            Logged(
                P, "Mrs A pushing hand hygiene compliance >90% before county inspection in Jan", 16
            ),
            Logged(
                F, "I said I'd do HH spot checks on ward 6 every fri and send her the numbers", 15
            ),
            Logged(F, "waiting on training committee - intake list mid Dec?? hakuna news yet", 12),
            Logged(
                N,
                "back pain again after turning bed 14 alone. went to staff clinic, 2 days light duty",
                9,
            ),
            Logged(G, "HH spot checks wk1 + wk2 sent: 84%, 88%", 3, DONE),
            Logged(
                AG,
                "how do I raise the roster thing without it looking like I'm going behind Sister M's back? 🤔",
                1,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CH_haruto_postdoc_kyoto",
        "Haruto",
        "Postdoctoral researcher in structural biology (cryo-EM) at a university in Kyoto",
        "海外のラボで数年経験を積んでから、日本で自分のラボを持ちたい。",
        "Mori-sensei",
        "A professor at a university in Osaka assigned to Haruto as an external mentor through an early-career mentoring scheme; outside his lab's line.",
        Role.MENTOR,
        monthly(1, 4),
        time(17, 0),
        "Haruto, 32, is in the second year of a three-year postdoc contract that ends in March 2028. He has just set up "
        "the bot and the first mentoring call with Mori-sensei is on Friday 4 December on Zoom. He wants advice on "
        "whether to apply for a JSPS overseas fellowship (deadline around May) or go straight for assistant professor "
        "openings in Japan, and he emailed Mori-sensei to ask whether she would write a recommendation for the "
        "fellowship, with no reply yet. He has a strong new 3.1 Å structure but his first-author paper has been held for "
        "six months because his PI wants one more experiment. Delicate: his PI and Mori-sensei know each other well, "
        "and he is unsure how candid he can be about the stalled paper.",
        logged=(
            Logged(W, "cryo-EM 3.1Å 出た!! やっと", 18),
            Logged(P, "Mori先生 セミナーで「若手は論文数よりストーリー」って言ってた", 20),
            Logged(N, "海外学振 締切 来年5月くらい? 要確認", 10),
            Logged(N, "Mori先生と初回 12/4 17:00 zoom. 聞くこと整理する", 6),
            Logged(A, "海外学振の推薦書お願いできるかメールした…まだ返事なし", 5),
            Logged(
                AG,
                "論文、ボスが追加実験って言って半年止まってる。どこまで話していい? (Mori先生とボス知り合い)",
                2,
            ),
        ),
        first=True,
        tz="Asia/Tokyo",
    ),
    Persona(
        "CH_valentina_programofficer_bogota",
        "Valentina",
        "Program officer for a child-nutrition NGO's field programmes in La Guajira, based in Bogotá",
        "Quiero ser coordinadora de país en los próximos dos años sin perder el contacto con el terreno.",
        "Marta",
        "The NGO's regional director for the Andes, two levels above Valentina, who has offered to back her for the country coordinator post.",
        Role.SPONSOR,
        monthly(1, 1),
        time(8, 0),
        "Valentina, 34, has run nutrition programmes in La Guajira for five years. The Colombia country coordinator "
        "leaves in February and internal applications close on Thursday 3 December, two days after her next call with "
        "Marta. Marta encouraged her to apply, already told her what the role needs that she lacks (donor management and "
        "budget ownership), and promised a reference letter 'next week' three weeks ago; it has not arrived. Valentina "
        "owes Marta a two-page 18-month plan draft by Friday 27 November. She has given Marta results for a board "
        "presentation and covered a UNICEF meeting in Riohacha for her; Marta's priority is renewing the ECHO grant "
        "before March. She would like the role to be half based in Riohacha. Delicate: a donor audit found about 24 "
        "million COP of unmatched receipts at a local partner on her project; she reported it herself on 28 October and "
        "it is under review, and she doesn't know whether to mention it in her application. Her mother is also in a "
        "clinic in Barranquilla and she may travel on 5-6 December.",
        logged=(
            Logged(
                W,
                "cerramos evaluación Manaure: desnutrición aguda bajó de 11% a 6.8% en los 40 puestos 🎉",
                58,
            ),
            Logged(N, "Marta me escribió: 'you should apply for CC, I'll back you' 😳", 44),
            Logged(
                A,
                "le pregunté a Marta q esperan del CC q yo no tenga todavía - dijo: donantes y manejo de presupuesto",
                40,
                DONE,
            ),
            Logged(
                G,
                "le mandé a Marta resumen de resultados Manaure p su presentación al board",
                35,
                DONE,
            ),
            Logged(P, "Marta: prioridad es renovar grant ECHO antes de marzo", 30),
            Logged(
                N,
                "auditoría: recibos del socio en Uribia no cuadran, ~24 millones COP. lo reporté a finanzas el 28/10. en revisión",
                29,
            ),
            Logged(A, "pedí carta de referencia p la convocatoria - dijo sí, 'next wk'", 21),
            Logged(
                G, "cubrí la reunión con UNICEF en Riohacha cuando ella no pudo viajar", 15, DONE
            ),
            Logged(F, "yo: plan 18 meses (2 pág) - mandarle borrador antes del vie 27", 9),
            Logged(F, "carta de Marta... todavía nada. cierra el 3/12!!", 4),
            Logged(N, "mi mamá otra vez en clínica en Barranquilla, quizás viajo 5-6 dic", 3),
            Logged(AG, "lo de la auditoría: ¿me afecta? ¿lo menciono yo en la aplicación o no?", 1),
            Logged(AG, "¿se puede el rol basado mitad en Riohacha?", 1),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "CH_tomasz_planner_gdansk",
        "Tomasz",
        "Urban planner in the city hall's spatial planning department in Gdańsk",
        "Chcę poprowadzić własny plan miejscowy od A do Z, a za 2-3 lata zostać kierownikiem zespołu.",
        "Kasia",
        "A senior engineer at the city's roads and transport authority, his opposite number on the joint tram-corridor project; same grade, different department.",
        Role.PEER,
        biweekly(2),
        time(10, 0),
        "Tomasz, 29, is drafting the local zoning plan for a new tram corridor, and Kasia coordinates the same project "
        "on the transport side; they sync every other Wednesday. The exchange has been one-sided: he has sent her GIS "
        "layers, drawn four A0 boards for her public consultation, covered her at a district council meeting, fixed her "
        "map legends and passed her his contacts at the regional rail company (PKM). Her priority is closing the PKM "
        "agreements by 15 December. The one thing he asked for, the 2025 traffic counts for Nowa Warszawska, was "
        "promised 'this week' seven weeks ago and is still missing, and he needs it for the forecast that must go to "
        "the environmental authority (RDOŚ) by 18 December. Delicate: at the steering committee Kasia presented his "
        "accessibility analysis as the transport authority's work without mentioning him; he is angry but needs her "
        "cooperation.",
        logged=(
            Logged(
                G,
                "wysłałem Kasi warstwy GIS (działki + własność) dla korytarza tramwajowego",
                57,
                DONE,
            ),
            Logged(
                A,
                "poprosiłem K o pomiary ruchu z Nowej Warszawskiej (2025) - 'jasne, w tym tyg'",
                50,
            ),
            Logged(G, "zrobiłem jej mapy na konsultacje, 4 plansze A0", 43, DONE),
            Logged(
                G, "zastąpiłem K na spotkaniu z radą dzielnicy Orunia, notatka wysłana", 36, DONE
            ),
            Logged(W, "rada dzielnicy pozytywnie o wariancie B 👍", 35),
            Logged(
                N,
                "na sterującym K pokazała moją analizę dostępności jako 'analiza ZDiZ'. zero wzmianki. wkurzony 😤",
                22,
            ),
            Logged(G, "poprawiłem jej legendę na mapach po uwagach wiceprezydenta", 18, DONE),
            Logged(P, "K: priorytet - zamknąć uzgodnienia z PKM do 15/12", 16),
            Logged(F, "dalej brak pomiarów ruchu. przypomniałem mailem 12/11", 14),
            Logged(G, "wysłałem K kontakty do PKM z mojego poprzedniego projektu", 11, DONE),
            Logged(F, "prognoza do RDOŚ do 18/12 - bez danych K nie ruszę", 7),
            Logged(AG, "pomiary ruchu - potrzebuję konkretnej daty, nie 'wkrótce'", 1),
            Logged(AG, "jak poruszyć tę analizę na sterującym i nie spalić współpracy?", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CH_sanne_cellist_rotterdam",
        "Sanne",
        "Tutti cellist in her trial year (proefjaar) with a symphony orchestra in Rotterdam",
        "Vaste aanstelling na mijn proefjaar, en over een paar jaar aanvoerder of solocellist.",
        "Pieter",
        "The orchestra's principal cellist, who leads her section and will give advice on her trial year but is not her manager.",
        Role.OTHER,
        biweekly(1),
        time(13, 0),
        "Sanne, 27, joined the cello section in September on a trial year; in spring the section votes and Pieter gives "
        "his advice to the artistic director. He agreed to a short talk every other Tuesday after the morning rehearsal. "
        "She asked whether she could rotate stands instead of always sitting at the back next to Joost, and asked Pieter "
        "to go through the Don Juan excerpt with her; he has already answered the second one: yes, after the 8 December "
        "rehearsal, and bring the second excerpt too. She did the bowings for all six parts of the education concert "
        "and owes a bowing check for Brahms 2 (concert 11 December), where Pieter's priority is tighter entries and less "
        "vibrato. Delicate: her left wrist tendinitis flared after the Mahler week and the physio told her to practise "
        "less for two weeks; she fears that telling Pieter could cost her the trial year. Joost also mocks her vibrato in "
        "front of others.",
        logged=(
            Logged(W, "Mahler 5 zonder één misser in het scherzo, Pieter knikte na afloop 😅", 47),
            Logged(
                A,
                "gevraagd of ik af en toe op een andere lessenaar mag, niet altijd achteraan bij Joost",
                40,
            ),
            Logged(G, "strijkstreken educatieconcert ingevuld in alle 6 partijen", 33, DONE),
            Logged(N, "pols links weer gevoelig na Mahler-week. fysio do 19/11", 30),
            Logged(A, "kan hij Don Juan excerpt met me doornemen?", 26),
            Logged(
                N, "P: 'ja, na de repetitie van 8 dec, neem het tweede fragment ook mee' 👍", 19
            ),
            Logged(
                N,
                "Joost weer over m'n 'conservatoriumvibrato' in de pauze. anderen lachten. ugh",
                15,
            ),
            Logged(P, "Pieter: samen inzetten + minder vibrato in Brahms 2 (concert 11/12)", 12),
            Logged(
                N,
                "fysio: tendinitis, 2 wk rustiger studeren. hoe zeg ik dit zonder dat het m'n proefjaar kost?",
                7,
            ),
            Logged(F, "ik: strijkstreken Brahms 2 checken vóór repetitie di", 5),
            Logged(W, "repetitie Brahms: dirigent 'cellos, beautiful' bij het 2e thema", 2),
            Logged(AG, "pols: vertellen of niet? 🫣", 1),
        ),
        tz="Europe/Amsterdam",
    ),
)
