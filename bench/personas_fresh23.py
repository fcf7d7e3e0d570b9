# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 18 (set X)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH23 = (
    Persona(
        "valencia_site_engineer_wants_own_block",
        "Lucía",
        "assistant site manager (jefa de obra adjunta) at a mid-size residential construction contractor in Valencia",
        "be jefa de obra on the benimaclet block (42 viviendas) when it starts in feb, not jordi's adjunta again",
        "Jordi",
        "jefe de obra / project manager, her line manager",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "A 29-year-old assistant site manager has carried a lot of her boss's load for three months and wants to run the next block herself; he has cancelled two 1:1s, called her 'muy joven', and a colleague from another site wants the same job. She also owes him a snag list and a programme this week.",
        logged=(
            Logged(
                A,
                "pedí a jordi llevar yo la reunión de coordinación de seguridad con las subcontratas. dijo 'ya veremos' 🙄",
                85,
                DONE,
            ),
            Logged(W, "forjado planta 4 poured on time despite the rain, hormigonera 2h late", 80),
            Logged(
                N,
                "jordi v stressed w the promotora (inmoval), they want recepción before xmas no matter what",
                78,
            ),
            Logged(
                P,
                "jordi: certificación mensual to the promotora by the 5th every month. no excuses",
                77,
            ),
            Logged(
                G,
                "did the mediciones for jordi's oct certificación bc he was off sick, stayed til 9pm",
                71,
            ),
            Logged(
                A,
                "asked if i can do the recurso preventivo course (PRL 60h) paid by company? he said ask rrhh",
                70,
                DONE,
            ),
            Logged(N, "rrhh says ok to course but in my own time, jan/feb. genial.", 63),
            Logged(
                W,
                "caught the ferralla error on pilar P-12 before the pour!! saved a demo. marta (arquitecta DF) thanked me in front of everyone",
                56,
            ),
            Logged(
                A,
                "told jordi i want benimaclet. he said 'depende de dirección' and that im 'muy joven'. im 29 wtf",
                49,
            ),
            Logged(
                N,
                "pau (encargado) says sergio from the paterna obra wants benimaclet too. sergio is 2 yrs less exp than me but ok",
                42,
            ),
            Logged(
                F,
                "send jordi the desviación on carpintería aluminio - presupuesto vs real",
                38,
                DONE,
            ),
            Logged(
                P,
                "jordi priority = closing campanar. recepción provisional mid dec, lista de repasos, as-builts",
                31,
            ),
            Logged(
                G,
                "covered jordi at the reunion de obra w/ the DF on thurs, he was at dentist. didnt mention it to anyone",
                24,
            ),
            Logged(F, "lista de repasos campanar to jordi before the 10th (tengo la mitad)", 10),
            Logged(
                W,
                "led the coord de seguridad mtg myself finally 🙌 11 subcontratas, no drama, jordi came late lol",
                9,
            ),
            Logged(N, "jordi cancelled mon 1:1 again 'mucho lío'. 2nd time this month", 3),
            Logged(
                F,
                "planning (gantt) fase 1 benimaclet so he sees i can do it - said id have it by fri",
                2,
            ),
            Logged(AG, "benimaclet - when is it decided, who decides, what do i need to show?", 1),
            Logged(AG, "the 'muy joven' thing... raise it or not?? no sé", 1),
        ),
        first=False,
    ),
    Persona(
        "poznan_parcel_hub_first_skip",
        "Kasia",
        "night shift manager at a parcel sorting hub near Poznań",
        None,
        "Ruud",
        "regional operations director, her manager Darek's boss",
        Role.SKIP,
        monthly(1, 3),
        time(14, 0),
        "A new user about to have her first ever skip-level with a Dutch regional director known as a 'numbers guy'; she has set no goal and logged almost nothing, only nerves and one staffing problem.",
        logged=(
            Logged(
                N,
                "first skip w ruud next thurs, darek set it up. everyone says hes a numbers guy. stresuję się trochę tbh",
                1,
            ),
            Logged(AG, "sat nights we r 6 ppl short every week, agency ppl dont come back", 1),
        ),
        first=True,
    ),
    Persona(
        "lagos_audit_senior_over_giver",
        "Adaeze",
        "audit senior (third year) at a mid-tier accounting firm in Lagos",
        "make audit manager in the march promotion round",
        "Chidi",
        "fellow audit senior, same intake, different engagement team",
        Role.PEER,
        biweekly(2),
        time(17, 30),
        "She keeps doing work for a same-level peer who is competing in the same promotion round; he has taken team credit for her lease template and she has asked him for one thing (an intro to his partner) that hasn't happened.",
        logged=(
            Logged(G, "sent chidi my ifrs 16 lease workings template for the cement client", 68),
            Logged(G, "reviewed his team's inventory count memo on sat, like 3hrs", 61),
            Logged(
                W,
                "my bottling co engagement signed off 2 days b4 deadline, partner said 'clean file' 😌",
                55,
            ),
            Logged(
                G,
                "took his call w the FD of the paint client bc NEPA took light and his gen was off",
                49,
            ),
            Logged(
                N, "partner email thanked 'chidi's team' for the lease work. my template. hmm", 44
            ),
            Logged(
                G, "trained his 2 associates on sampling in the new audit software, 2 evenings", 37
            ),
            Logged(
                A,
                "asked him to put in a word w mrs adeyemi (his partner) for me on the insurance IFRS 17 job",
                33,
            ),
            Logged(
                P, "chidi wants busy season staffing to go his way, wants 3 associates not 2", 26
            ),
            Logged(G, "drove him to the client in ikeja, his car dey mechanic again", 19),
            Logged(
                N,
                "he said 'you're so good at this you should just do mine too' - joking?? not joking",
                12,
            ),
            Logged(G, "sent him the tax comp checklist AGAIN. 3rd time", 6),
            Logged(
                AG,
                "abeg the mrs adeyemi intro. + credit for the lease template if it comes up in his review",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "melbourne_sous_chef_only_asks",
        "Nikhil",
        "sous chef at a restaurant group's flagship in Melbourne CBD",
        "head chef at the new fitzroy venue opening in march",
        "Rhiannon",
        "group executive chef, sponsors him above his head chef Dom",
        Role.SPONSOR,
        monthly(1, 1),
        time(15, 0),
        "A sous chef angling for the head chef job at a new venue has spent every conversation with his sponsor asking for things (pass shifts, training, a pay rise, leave, a word with his boss) and has logged nothing he has done for her or her food-cost push.",
        logged=(
            Logged(A, "asked rhi if i can run the pass sat nights when dom's off", 64, DONE),
            Logged(A, "asked if shed put my name fwd for fitzroy HC", 62),
            Logged(A, "asked for the food cost training w the group finance guy (greg?)", 58, DONE),
            Logged(P, "rhi obsessed w GP rn - wants every kitchen under 30% food cost by xmas", 35),
            Logged(A, "asked for pay review. said fitzroy HC shd be 95k + super min", 33),
            Logged(A, "asked to get me on the menu dev day for fitzroy tasting", 28, DONE),
            Logged(
                A,
                "can she have a word w dom, he keeps giving me all the prep shifts n none of the service",
                14,
            ),
            Logged(A, "asked 2 wks off in jan for my sister's wedding in hyderabad", 7),
            Logged(A, "asked if she'd look at my fitzroy menu draft (12 dishes) b4 the tasting", 6),
            Logged(AG, "fitzroy decision?? when yaar", 2),
            Logged(AG, "ask again abt pay, she didnt answer last time", 2),
        ),
        first=False,
    ),
    Persona(
        "leeds_icu_nurse_acp_with_mentor",
        "Niamh",
        "band 6 staff nurse in an adult ICU at a Leeds teaching hospital",
        "get a trainee ACP (advanced clinical practitioner) post - applications open jan",
        "Femi",
        "consultant nurse in critical care outreach at another trust, her mentor through a regional scheme",
        Role.MENTOR,
        monthly(-1, 4),
        time(12, 30),
        "An ICU nurse preparing an ACP application with an outside mentor; her notes mix the career plan with her mum's suspected dementia, a traumatic shift, antidepressants occupational health doesn't know about, childcare money pressure, an agency offer, an overseas recruiter, and a running conflict with a band 7.",
        logged=(
            Logged(W, "passed ALS recert 🙌", 60),
            Logged(A, "asked femi to look at my ACP personal statement draft", 58, DONE),
            Logged(
                N,
                "mums memory getting worse, GP referred to memory clinic. doing 3 nights then driving to hull",
                52,
            ),
            Logged(G, "sent femi our unit's sepsis audit numbers for her outreach report", 45),
            Logged(
                N, "bad shift. lost a 24yo RTC. cried in the car for an hour, didnt tell anyone", 30
            ),
            Logged(
                N,
                "gemma (band 7) had a go at me in front of the HCAs re breaks AGAIN. datix? HR? idk",
                24,
            ),
            Logged(
                N,
                "agency offered £45/hr nights. nursery went up to £1,400/mo so... tempting. would wreck the ACP plan tho",
                18,
            ),
            Logged(
                N,
                "recruiter from WA health (perth) on linkedin, relocation pkg. told jay, hes not keen",
                15,
            ),
            Logged(A, "ask femi if shed be a referee for ACP", 12),
            Logged(
                P,
                "femi pushing her trust to take ACP trainees from outside, wants good ppl at the open day 9 dec",
                10,
            ),
            Logged(N, "3 wks on sertraline. occ health dont know. bit better", 5),
            Logged(F, "send femi revised statement before the open day", 5),
            Logged(AG, "is 4 yrs ICU enough? do i need non-medical prescribing first", 2),
            Logged(AG, "how to say no to extra shifts w/o gemma making it a thing", 2),
        ),
        first=False,
    ),
    Persona(
        "montreal_food_bank_fundraiser_overdue_promises",
        "Émilie",
        "head of fundraising (team of two) at a food bank network in Montréal",
        "stop drowning in deadlines and maybe get a proper 'director' title someday",
        "Nadia",
        "directrice générale (executive director), her manager",
        Role.MANAGER,
        biweekly(1),
        time(10, 0),
        "A fundraising lead with a vague goal who owes her executive director four deliverables landing in the next two weeks plus a CRM cleanup promised in October; she is overwhelmed during the holiday drive and quietly resentful that a finance colleague got a bigger title.",
        logged=(
            Logged(F, "fix the donor CRM duplicates in salesforce - promised in oct lol", 40),
            Logged(W, "got the $85k from the provincial program!! 3 yrs 🎉", 22),
            Logged(F, "merci letters for the IGA food drive", 20, DONE),
            Logged(
                N,
                "en fait marc (finance) got 'director' title w less scope than me. didnt say anything",
                16,
            ),
            Logged(G, "did the board deck on sunday bc nadia's kid was sick", 13),
            Logged(P, "nadia: board meeting dec 16, wants numbers clean before", 9),
            Logged(F, "Q3 report to fondation béland end of month", 8),
            Logged(
                F,
                "reconcile budget vs actuals on the city grant before the 10th - auditor comes the 14th",
                6,
            ),
            Logged(F, "send nadia the centraide renewal draft by fri", 2),
            Logged(F, "intro nadia to the councillor's chief of staff (sophie L) next week", 1),
            Logged(
                N, "je suis débordée. 4 deadlines same wk + hamper drive + 2 volunteers quit", 1
            ),
            Logged(AG, "ask if CRM cleanup can slide to jan?? or a temp for dec", 1),
        ),
        first=False,
    ),
)
