# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 21 (set AD)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH29 = (
    Persona(
        "site_electrician_running_crew_on_approved_rate_certs_due_meeting_day",
        "Agnieszka",
        "electrician running a 3-person crew on a student-accommodation fit-out, Salford (Manchester)",
        "get on supervisor grade + supervisor money by spring. did the 2391 so no excuse now",
        "Dave",
        "contracts manager at the electrical contractor, her line manager",
        Role.MANAGER,
        weekly(4),
        time(7, 15),
        "Agnieszka has been doing a supervisor's job on Block B for months on an approved electrician's rate, and every time she asks about it Dave defers. They meet in the site cabin every Friday at 7:15; the Block B test certificates are due to the main contractor the same day and the 6th floor still has failing circuits. Her notes mix Polish and English; her mum is ill in Poland and she is sending money home.",
        logged=(
            Logged(
                A,
                "asked Dave about supervisor rate since im basically running B block anyway. he said 'after Salford finishes, we'll look at it'. czyli nigdy 🙄",
                115,
            ),
            Logged(
                G,
                "covered Marek's gang the whole week he was off sick + did his snagging list on A block",
                108,
            ),
            Logged(
                A,
                "asked for the 2391 inspection & testing course. yes, company pays, but i have to stay 12 months after or pay it back",
                101,
                DONE,
            ),
            Logged(
                N,
                "mama w szpitalu znowu, nerki. might have to fly to Katowice at short notice, havent told Dave",
                94,
            ),
            Logged(
                P,
                "Dave: main thing for him = no more NCRs from the main contractor, their QS is on his back every week",
                88,
            ),
            Logged(
                W,
                "Block B 2nd fix done 3 days early!! main contractor PM said thanks in the site meeting, Dave was sat right there 💪",
                81,
            ),
            Logged(
                F,
                "send Dave list whats missing from van kit - test leads, SDS bits, ladder tag expired",
                74,
                DONE,
            ),
            Logged(
                N,
                "Kyle (apprentice) came in stinking of drink again monday. talked to him myself, told him next time i have to report it. nie mówię Dave'owi na razie, chłopak ma problemy w domu",
                67,
            ),
            Logged(
                A,
                "asked for a 4th person on B block for the containment runs. 'maybe after new year'",
                60,
            ),
            Logged(
                G,
                "did the safe isolation toolbox talk for the whole site bc Dave forgot to book someone. 40 ppl. nikt nie podziękował lol",
                53,
            ),
            Logged(
                A,
                "plasterers cutting thru our containment AGAIN to fix boards, their foreman just shrugs. asked Dave to raise it w main contractor + back-charge them. photos sent to him",
                39,
            ),
            Logged(
                N,
                "money tight. sending mama 300 a month for the meds now. need that rate for real not 'we'll look at it'",
                32,
            ),
            Logged(W, "passed 2391 first time!!! zdane 🎉", 25),
            Logged(
                A,
                "asked again re supervisor rate now ive got the 2391. 'leave it with me'. znowu.",
                21,
            ),
            Logged(
                P,
                "Dave: B block test certs + O&M manuals to main contractor by fri 27th nov, no excuses, retention money depends on it",
                14,
            ),
            Logged(
                N,
                "Dave said in passing theyre pricing a job in Stockport for Jan, 'might need a supervisor on that one' 👀",
                7,
            ),
            Logged(
                F,
                "floors 1-5 tested n signed. 6th floor 3 circuits failing IR, prob plasterers screws thru cable. fixing + retest wed w Marek",
                4,
            ),
            Logged(N, "mama out of hospital, back home, brat jest z nią teraz. ulga", 2),
            Logged(
                AG,
                "for fri: certs status (6th floor retest), Stockport - ask straight if its me, plasterer back-charge?, Kyle?? not sure. + 17-18 Dec off to fly home, must ask",
                0.7,
            ),
        ),
        first=False,
    ),
    Persona(
        "overseas_nurse_working_as_hca_first_mentor_call_documents_due",
        "Jocelyn",
        "healthcare assistant on nights in a nursing home (registered nurse in the Philippines), Dublin",
        "Get my NMBI registration through and work as a staff nurse again, not HCA",
        "Siobhán",
        "clinical nurse manager at another nursing home, her mentor through a migrant nurses mentoring scheme",
        Role.MENTOR,
        biweekly(1),
        time(14, 0),
        "Jocelyn was a ward nurse in Manila for six years and now works nights as a healthcare assistant in Dublin while her nursing registration crawls through. This is the first call with her new mentor, straight after a night shift; a document deadline falls three days later. Her notes slip between English and Tagalog.",
        logged=(
            Logged(
                N,
                "Got matched with Siobhán from the mentoring scheme!! CNM2 at a home in Rathfarnham. Kinakabahan ako pero excited 😅 first call Tuesday 2pm on Teams, right after my night so need coffee ☕",
                9,
            ),
            Logged(
                A,
                "Emailed Siobhán to ask if she can look at my CV and the NMBI adaptation letter before we meet. She replied 'of course, bring it Tuesday and we'll go through it together' 🙏",
                6,
            ),
            Logged(
                N,
                "NMBI needs the Certificate of Good Standing from PRC by 4 Dec. Ate Lorna still chasing it in Manila, PRC office so slow. Tapos Mama's dialysis went up again, I'm picking up extra nights to cover. pagod na pagod na ako",
                1.5,
            ),
        ),
        first=True,
    ),
    Persona(
        "hotel_housekeeping_deputy_skip_level_boss_takes_credit_audit_next_week",
        "Montse",
        "assistant head housekeeper (governanta adjunta), 180-room hotel, Barcelona",
        "No ho sé… governanta general algun dia? o passar a recepció, l'esquena no aguanta",
        "Jordi",
        "hotel general manager, her boss's boss",
        Role.SKIP,
        monthly(-1, 3),
        time(16, 0),
        "Montse is second in charge of housekeeping; her boss Pilar presents Montse's rotas as her own and changes shifts without warning. The GM Jordi sees each supervisor for half an hour on the last Thursday of the month, which is today, and the chain's audit is a week away. Notes in Catalan and Spanish with hotel shorthand; she is carrying a colleague's secret and her own back problem.",
        logged=(
            Logged(
                A,
                "li vaig demanar al Jordi el curs d'Opera PMS per fer jo els quadrants. dit i fet, pagat per l'hotel",
                92,
                DONE,
            ),
            Logged(
                P,
                "Jordi: prioritat = nota de neteja a Booking per sobre de 9, ara 8,6. y bajar horas extra",
                85,
            ),
            Logged(
                G,
                "quadrants de novembre fets per mi. la Pilar els va presentar a la reunió de caps com seus 🙄",
                71,
            ),
            Logged(
                N,
                "la Pilar m'ha tornat a canviar els torns sense avisar. discusión delante de las kellys. fatal, fatal",
                64,
            ),
            Logged(W, "neteja Booking 8,9! el checklist nou de banys funciona", 57),
            Logged(
                A,
                "al Jordi: que les kellys de l'ETT tinguin la mateixa formació que les nostres. 'ho mirarem al gener, ara no hi ha pressupost'",
                50,
            ),
            Logged(
                N,
                "la Fatima m'ha dit que està embarassada, 10 setmanes, NO ho vol dir a ningú encara. res de productes forts per ella, ho organitzo callada",
                36,
            ),
            Logged(
                N, "esquena fatal. fisio dimarts i dijous, 45€ la sessió de la meva butxaca", 29
            ),
            Logged(
                G,
                "cobreixo la Pilar 2 setmanes de vacances = faig de governanta general sense cobrar la diferència",
                22,
            ),
            Logged(W, "Booking 9,1 😍 primera vegada a l'hotel", 15),
            Logged(
                A,
                "mail al Jordi: puc cobrar el plus de governanta els dies que la cobreixo? sense resposta",
                8,
            ),
            Logged(
                P,
                "Jordi a la reunió de caps: auditoria de la cadena el 3/12, habitacions model + bugaderia",
                3,
            ),
            Logged(
                AG,
                "per avui: auditoria 3/12 qui prepara què? el plus (sense resposta). els torns... no vull parlar malament de la Pilar però així no",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "offshore_wind_tech_sponsor_pushing_crew_lead_baby_due_on_rotation",
        "Jannik",
        "offshore wind service technician, 14/14 rotation, based in Husum (North Sea)",
        "Crew Lead werden. ideally without being offshore when the baby comes",
        "Birgit",
        "head of offshore service operations North Sea, his sponsor for the crew-lead pool",
        Role.SPONSOR,
        monthly(1, 2),
        time(10, 0),
        "Birgit noticed Jannik after he rewrote the hub rescue procedure and has put his name forward for the crew-lead nominations in January; they have a monthly video call on his shore weeks. He gives far more than he asks for (training new starters, covering rotations) and has not raised that his partner is due mid-February or that his knee is playing up. Terse notes in German and English.",
        logged=(
            Logged(
                G, "Hub-Rescue-Prozedur neu geschrieben, Birgit hat sie fleetwide ausgerollt", 110
            ),
            Logged(
                P,
                "B: vessel downtime runter, jede Stunde im Hafen kostet. also: people with crew-lead potential sichtbar machen",
                96,
            ),
            Logged(A, "asked B for GWO ART course. ok, gebucht für Okt", 89, DONE),
            Logged(
                G,
                "3 new guys eingearbeitet this rotation, Tobi macht jetzt blade inspections solo",
                75,
            ),
            Logged(N, "Knie wieder. 4 ladder climbs a day. sag noch nix, Physio in shore week", 61),
            Logged(W, "T07 gearbox swap 1 Tag unter Plan, weather window genutzt", 54),
            Logged(
                A,
                "asked about crew lead nomination. B: 'nominations go in in January, your name will be on it'",
                40,
            ),
            Logged(N, "Lena schwanger!! ET 14.02. current rotation = offshore genau da. Mist", 33),
            Logged(P, "B wants me to present hub rescue at Safety Day Q1 Hamburg", 26),
            Logged(
                G, "covered Nils' rotation 3 extra days (Kind krank), 17 days straight offshore", 19
            ),
            Logged(F, "Gliederung Safety Day slides an Birgit bis 4.12.", 12),
            Logged(W, "zero LTI in our crew this year, B mentioned it in the quarterly call", 5),
            Logged(
                AG,
                "Mi: Nominierung Jan - was fehlt noch? rotation Feb wg Baby - ansprechen oder nicht?? Safety Day outline",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "bakery_owner_peer_coffee_only_asks_lease_deadline",
        "Camille",
        "owner of an 18-month-old boulangerie, Plateau, Montréal",
        None,
        "Hugo",
        "owns a café two streets over; they meet for a coffee once a month and trade favours",
        Role.PEER,
        monthly(-1, 0),
        time(14, 30),
        "Camille's bakery is squeezed by an 18% rent increase and a maxed-out credit line, and her lease answer is due the day after this coffee. Over months she has asked Hugo for fridge space, his accountant, a lease review, a supplier intro and a shelf for her croissants, and given almost nothing back, while he has told her in confidence that he may sell. Chatty Québec franglais.",
        logged=(
            Logged(
                A,
                "demandé à Hugo si je peux mettre mes bacs de pâte dans son walk-in le weekend, le mien est plein. ok 'pour dépanner'",
                118,
                DONE,
            ),
            Logged(
                A,
                "asked Hugo pour le contact de son comptable, il me l'a texté le soir même 👍",
                97,
                DONE,
            ),
            Logged(N, "le proprio veut +18% au renouvellement. DIX-HUIT. je capote", 83),
            Logged(
                A,
                "demandé à Hugo de prendre mes croissants en dépôt au café. 'peut-être, faut que je voie avec ma gérante'",
                70,
            ),
            Logged(
                N,
                "Hugo m'a confié qu'il pense vendre le café au printemps, son staff le sait pas encore. chut",
                62,
            ),
            Logged(
                W,
                "le reportage à la radio sur mes bagels au levain!! file dehors samedi matin 🥯🥯",
                55,
            ),
            Logged(
                A,
                "asked Hugo de relire mon bail, il a un avocat qui l'avait aidé. 'envoie-moi ça' - envoyé, pas de nouvelles depuis",
                41,
            ),
            Logged(
                P, "Hugo cherche quelqu'un pour ses desserts des fêtes, son pâtissier est parti", 34
            ),
            Logged(
                N, "marge de crédit presque au max. payé les filles 2 jours en retard, honte", 27
            ),
            Logged(
                A,
                "asked Hugo si son distributeur de farine peut me livrer aussi, commande groupée = meilleur prix. il va demander",
                18,
            ),
            Logged(F, "faut toujours que je lui redonne les 2 bacs qu'il m'a prêtés 😬", 9),
            Logged(
                N,
                "bail: répondre au proprio avant le 1er déc sinon renouvellement auto aux nouvelles conditions",
                3,
            ),
            Logged(
                AG,
                "lundi avec Hugo: le bail (l'a-t-il lu??), farine groupée, croissants en dépôt. lui offrir qqch pour ses desserts? mais je suis déjà overbookée avec les bûches…",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "agency_night_picker_perm_after_peak_holiday_pay_owed",
        "Ionuț",
        "agency order picker on nights at a distribution centre, Northampton",
        "get took on perm by the site, off agency. days if posible",
        "Kerry",
        "his consultant at the staffing agency that places him at the warehouse",
        Role.OTHER,
        biweekly(1),
        time(18, 30),
        "Ionuț has picked on nights through an agency for ten months with top pick rates and has been told perm might come 'after peak'. Kerry, his agency consultant, sees him fortnightly before a shift; two payslips short on holiday pay are unresolved and peak starts tomorrow. His team leader has told him in confidence that a line may close in February. Short notes in English and Romanian, typed on breaks.",
        logged=(
            Logged(A, "ask Kerry perm. she say 'maybe after peak if ur rates stay up'", 66),
            Logged(W, "pick rate 118% 3 weeks in row. top 5 on nights", 59),
            Logged(A, "holiday pay wrong on payslip, paid 20h not 30. asked Kerry sort it", 52),
            Logged(G, "trained 4 new agency starters on scanners bc shift mgr no time", 45),
            Logged(
                N,
                "nu dorm bine, 4-5h max. ziua cu copilul la scoala, noaptea munca. obosit rau",
                38,
            ),
            Logged(A, "asked Kerry days shift posible? 'nothing on days till Feb'", 31),
            Logged(F, "send Kerry copy flt licence counterbalance for my file", 24, DONE),
            Logged(
                N,
                "Gaz (TL) told me smoke break line 3 closing in Feb, automation. NOT to say nobody. daca inchid, agency guys first out",
                17,
            ),
            Logged(A, "holiday pay again still wrong. 2 payslips now ~£230 missing", 10),
            Logged(
                P,
                "Kerry: client want zero no-shows in peak, who does all peak shifts get looked at first for perm",
                5,
            ),
            Logged(N, "black friday peak start fri 27, 6 nights in row. ok, bani buni", 2),
            Logged(
                AG,
                "tue w Kerry: holiday pay £230 when??, perm after peak - in writing?, line 3 ?? (cant say Gaz told me)",
                1,
            ),
        ),
        first=False,
    ),
)
