# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 31 (set AX)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH49 = (
    Persona(
        "ax_wastewater_teamlead_dundee",
        "Kirsty",
        "Process Team Leader, wastewater treatment works outside Dundee (regional water utility), Scotland",
        "be in the frame for works manager when Alan retires in spring, without it looking like im measuring his coffin 😬",
        "Graeme",
        "Regional Operations Manager, her manager's manager",
        Role.SKIP,
        monthly(-1, 4),
        time(9, 30),
        "Kirsty leads a shift team of six process operators; her manager Alan retires in spring and has mentally checked out, so she quietly does much of his paperwork. She meets the regional ops manager once a month and wants to be seen as his successor without undermining Alan. This week the annual regulator compliance return is due Monday, she promised Graeme an overflow-monitoring SOP by end of November, two Christmas night shifts are uncovered, and her dad's dementia appointments keep eating her Thursdays.",
        logged=(
            Logged(
                P,
                "graeme's big thing this yr = cutting storm overflow spills, said it 3 times at the roadshow. also wants less agency staff on callouts",
                118,
            ),
            Logged(
                A, "asked G if i can shadow the SEPA inspection in oct instead of alan", 112, DONE
            ),
            Logged(N, "G said aye to the shadowing. alan a bit huffy about it tbh", 105),
            Logged(
                W,
                "got the UV unit back online in 40 min at 3am, no breach. G emailed the whole region about it 🙌",
                96,
            ),
            Logged(
                G,
                "sent G my wee spreadsheet of spill events vs rainfall for the last 2 yrs, hes using it in the board paper",
                90,
            ),
            Logged(
                N,
                "dads consultant appt moved AGAIN. 3rd time. mum cant drive so thats me, every 2nd thurs",
                84,
            ),
            Logged(
                A,
                "asked G if the works manager post will go internal first or straight to external advert when alan goes",
                70,
            ),
            Logged(
                F,
                "owe Morag (HR) the return to work forms for Davie, been sitting on them for ages",
                66,
            ),
            Logged(
                W,
                "sepa inspection went fine, 1 minor observation on the screenings skip log and thats it",
                58,
            ),
            Logged(
                P,
                "G wants every team leader thru the leading safely course b4 end of FY (march)",
                52,
            ),
            Logged(
                N,
                "alan still hasnt put the sludge press vacancy out. covering w overtime, lads are knackered. not my call but its my team",
                45,
            ),
            Logged(
                F,
                "promised G id draft the overflow monitoring SOP for the other 3 works. said end of nov",
                40,
            ),
            Logged(
                G,
                "covered G's slot at the community council in Monifieth, 2hrs of angry folk about the smell lol",
                33,
            ),
            Logged(N, "mortgage fix ends jan, going from 1.9 to like 4.6%. dinnae panic", 27),
            Logged(
                F,
                "need Callum's (telemetry contractor) sign off sheets back before his invoice gets paid, he keeps ghosting me",
                21,
            ),
            Logged(
                A,
                "asked G for 2 of my ops to go on the level 3 wastewater cert in feb, he said hed check budget",
                18,
            ),
            Logged(
                N,
                "xmas rota: still 23rd and 27th nights uncovered. might have to do one myself",
                12,
            ),
            Logged(
                F, "SOP draft ~70%, need the pump station section from Jamie b4 i can send it", 9
            ),
            Logged(
                N,
                "Morag let slip G is asking about succession across the whole region. did not hear it from me lol",
                6,
            ),
            Logged(
                F,
                "sepa annual compliance return due mon 30th. alan hasnt even opened it, doing it myself again",
                4,
            ),
            Logged(
                AG,
                "do i raise the sludge press vacancy / overtime thing w G or is that going over alans head 🤔",
                2,
            ),
            Logged(AG, "chase the level 3 cert budget answer + works mgr post internal first?", 1),
            Logged(
                AG,
                "mention dad / the every 2nd thurs thing?? dont want it looking like im not up for the job",
                0.5,
            ),
        ),
    ),
    Persona(
        "ax_midwife_mentee_kumasi",
        "Akosua",
        "Senior Staff Midwife, labour ward, teaching hospital in Kumasi, Ghana",
        "get the MPH scholarship and move to maternal health policy side, not stay on labour ward till I retire",
        "Efua",
        "retired Deputy Director of Nursing, her mentor through the midwives' association programme",
        Role.MENTOR,
        biweekly(6),
        time(16, 0),
        "Akosua is a senior midwife who ran a postpartum haemorrhage audit that got her a conference talk; her mentor, a retired nursing director, pushes her to publish and not leave clinical work too early. She needs a reference letter from Efua for a scholarship that closes on the 4th of December and promised her personal statement draft by Friday the 27th. Her ward in-charge keeps rostering her on nights when she has class, and she is juggling school fees and her own blood pressure.",
        logged=(
            Logged(
                P,
                "Auntie Efua says what she cares most is that I publish the PPH audit. 'data is power' she keeps saying",
                116,
            ),
            Logged(
                N, "1st mentoring session. she knew my old matron at Korle Bu ei small world", 110
            ),
            Logged(A, "asked her to review my PPH audit abstract for the conference", 104, DONE),
            Logged(N, "she returned it with red ink everywhere 😅 but it's better paa", 99),
            Logged(W, "abstract accepted for ORAL presentation!! Nyame adom 🙏🏾", 88),
            Logged(
                G,
                "sent her the ward's updated eclampsia protocol she asked for, for her NGO consultancy",
                80,
            ),
            Logged(
                N,
                "5 nights in a row. my back is finishing me. BP 140/95 at staff clinic, must go and check again",
                74,
            ),
            Logged(
                W, "presented at the conf in Ho. 2 people from GHS regional asked for my slides", 61
            ),
            Logged(F, "send the slides to Mr Owusu (GHS regional) — still havent oh", 57),
            Logged(
                A,
                "asked Auntie E if she will write my reference letter for the MPH scholarship",
                50,
                DONE,
            ),
            Logged(N, "she said yes but wants to see my personal statement first. Me da w'ase", 47),
            Logged(F, "promised Auntie E personal statement draft by fri 27th latest", 44),
            Logged(
                P,
                "she's also pushing me to consider the ward sister post. 'dont leave clinical too early' she says",
                38,
            ),
            Logged(
                N,
                "Sister Agnes put me on nights AGAIN on my class days. I think its deliberate. chale I'm tired",
                35,
            ),
            Logged(
                F,
                "Ama (junior midwife) asked me to check her logbook for licensure, told her end of month",
                30,
            ),
            Logged(N, "Kofi's SHS fees due jan, extra GHS 2,400 'development levy' ei", 24),
            Logged(G, "shared 3 PPH cases (anonymised) for her NGO training slides", 19),
            Logged(
                A,
                "asked if she knows anybody at the scholarship secretariat who can confirm nurses still on bond qualify",
                14,
            ),
            Logged(
                W,
                "zero maternal deaths on our ward Oct and Nov so far 🙏🏾 first time this year",
                10,
            ),
            Logged(N, "scholarship closes 4th dec. statement still half. ɛyɛ me ya", 7),
            Logged(
                F,
                "need letter from HR confirming my years of service — Mr Darko said tues, nothing yet",
                5,
            ),
            Logged(
                AG,
                "do I tell her about Sister Agnes and the roster? dont want to look like Im complaining about my superior. and she knows her 😬",
                3,
            ),
            Logged(AG, "ask her straight: MPH now or ward sister first? cant do both", 2),
            Logged(AG, "ask if she can read the statement sunday if I send sat night", 1),
        ),
    ),
    Persona(
        "ax_seafood_qa_camau",
        "Trang",
        "QA & Food Safety Lead, shrimp processing and export plant, Cà Mau, Vietnam",
        "lên QA manager cho nhà máy mới ở Sóc Trăng khi mở (Q2/2027)",
        "chị Hạnh",
        "Deputy General Director, who has been championing her for the new plant",
        Role.SPONSOR,
        monthly(-1, 0),
        time(14, 0),
        "Trang runs QA at a shrimp export plant and blocks antibiotic-positive raw material before it hits the line, which puts her in constant conflict with the production head. The deputy GD sponsors her for QA manager of a new plant opening in 2027, with the announcement promised 'after Tết'. A Japanese buyer audit was moved up to Wednesday 2/12, she promised an English SOP before 1/12, and a headhunter is offering 35% more.",
        logged=(
            Logged(
                P,
                "chị Hạnh ưu tiên số 1: pass audit khách Nhật, ko để bị hold container như năm ngoái",
                119,
            ),
            Logged(P, "chị H also wants tỉ lệ reject do kháng sinh < 0.5%", 113),
            Logged(A, "xin chị H cho đi training HACCP advanced ở HCMC tháng 9", 108, DONE),
            Logged(N, "chị H approved r, cty trả 100% 🎉", 101),
            Logged(
                W,
                "phát hiện lô nguyên liệu đại lý Năm Căn dương tính enrofloxacin trước khi vào line. saved 1 container",
                86,
            ),
            Logged(
                G,
                "làm giúp chị H báo cáo traceability bằng tiếng Anh cho board, thức tới 1am lol",
                80,
            ),
            Logged(
                N,
                "mẹ nhập viện ở Cần Thơ, huyết áp. xin nghỉ 3 ngày. anh Tuấn (production) nói móc 'lại nghỉ nữa'",
                72,
            ),
            Logged(W, "pre-audit nội bộ 92/100 ✅", 63),
            Logged(
                F,
                "gửi anh Phong (purchasing) list đại lý bị blacklist — chưa gửi, ảnh hỏi 2 lần r",
                58,
            ),
            Logged(A, "hỏi chị H khi nào announce QA manager plant mới", 51, DONE),
            Logged(N, "chị H: 'sau Tết, nhưng em cứ chuẩn bị đi'", 49),
            Logged(
                N,
                "lương vẫn thấp hơn QA bên cty đối thủ ở Bạc Liêu ~30%. headhunter gọi 2 lần r, chưa trả lời",
                45,
            ),
            Logged(F, "hứa với chị H: SOP kiểm kháng sinh mới bản tiếng Anh xong trước 1/12", 40),
            Logged(P, "chị H nói board muốn người 'dám nói ko với production'. hint?? 👀", 34),
            Logged(
                N,
                "anh Tuấn lại ép release lô borderline. em ko ký. ko biết ảnh complain lên chị H chưa",
                28,
            ),
            Logged(G, "train 12 bạn QC mới ca đêm, ngoài giờ. chị H ko biết vụ này", 22),
            Logged(F, "gửi COA cho chị Mai (sales) cho container đi Osaka trước thứ 6", 17),
            Logged(A, "hỏi chị H cho em tham gia họp thiết kế layout plant Sóc Trăng đc ko", 15),
            Logged(N, "audit khách Nhật dời lên 2/12 (thứ 4). còn 1 tuần 😱", 10),
            Logged(
                F,
                "SOP eng version 80%, còn phần sampling plan. chị Linh (lab) chưa gửi số liệu LOD",
                6,
            ),
            Logged(
                N,
                "headhunter gọi lần 3, offer +35%. có nên nói với chị H ko? sợ bị nghĩ là đòi lương",
                3,
            ),
            Logged(
                AG, "raise chuyện anh Tuấn ép release? hay để chị H tự nghe? ko muốn thành drama", 2
            ),
            Logged(AG, "hỏi lại vụ layout meeting + timeline announce", 1),
            Logged(AG, "update audit prep: mock recall xong, còn thiếu pest control records", 0.4),
        ),
    ),
    Persona(
        "ax_mine_geologist_calama",
        "Matías",
        "Geólogo de producción, open-pit copper mine near Calama (7x7 roster, lives in La Serena), Chile",
        "pasar a geólogo senior en planificación largo plazo y salir del 7x7 antes q la Flo entre al colegio",
        "Javiera",
        "the production geologist on the opposite crew, his back-to-back at every shift handover",
        Role.PEER,
        weekly(2),
        time(7, 30),
        "Matías and Javiera hand over the same pit every Wednesday on a 7x7 roster; she came from another mine in August and they get on well. He promised to review and co-sign her drone-mapping proposal before 30/11, owes the chief geologist a short-term reserves report for Monday the 30th, and needs her answer on swapping the Christmas shift. Around 3k tonnes of ore went to the waste dump on her last rotation, and they may both apply for the same senior planning job in January.",
        logged=(
            Logged(
                P,
                "la javi está obsesionada con la dilución en fase 4, dice q estamos mandando mineral al botadero",
                117,
            ),
            Logged(
                N,
                "primera entrega de turno con la javi, viene de otra faena. buena onda, super ordenada",
                112,
            ),
            Logged(A, "le pedí q me pase su planilla de control de leyes de tronadura", 104, DONE),
            Logged(N, "me la mandó al tiro. es mejor q la nuestra la verdad", 100),
            Logged(
                G,
                "le armé un script q cruza leyes de pozos de tronadura con el modelo de bloques. ahorra como 2 hrs x turno",
                93,
            ),
            Logged(
                W, "reconciliación de sept cuadró 97% 💪 don Ricardo lo dijo en la reu de area", 85
            ),
            Logged(
                N,
                "la flo con bronquitis otra vez y yo arriba en faena. la cata sola con todo. me siento como el forro",
                77,
            ),
            Logged(
                A,
                "le pregunté a la javi si cambiamos mi subida del 23/12 x la suya pa estar en navidad con las niñas",
                70,
            ),
            Logged(N, "dijo q lo ve con su pareja... nada aún", 64),
            Logged(
                P,
                "javi quiere q aprueben el piloto de dron pa mapeo de frentes, necesita mi firma tb en la propuesta",
                55,
            ),
            Logged(
                F,
                "le prometí a la javi revisar la propuesta del dron y firmarla antes del 30/11",
                52,
            ),
            Logged(
                W,
                "cache la grieta en el banco 3105 antes q se cayera la berma. seguridad me felicitó x escrito",
                44,
            ),
            Logged(
                F,
                "mandarle a Pato (topografía) los puntos de control nuevos, me los pidió hace 2 semanas",
                39,
            ),
            Logged(
                N,
                "rumor: abren 1 cupo geólogo senior planificación en enero. ojo q la javi tb puede postular 😬",
                33,
            ),
            Logged(N, "el dividendo sube en enero, +180 lucas. uff", 26),
            Logged(
                G,
                "le cubrí el informe de incidente del camión 214 cuando tuvo q bajar x lo de su papá",
                20,
            ),
            Logged(
                F,
                "le debo a don Ricardo el informe trimestral de reservas corto plazo, 'pal lunes 30' dijo",
                15,
            ),
            Logged(
                N,
                "en el ultimo turno de la javi se fueron ~3k ton de mineral al botadero en el 3090. creo q su mapeo estaba malo. o fue el despacho? no sé",
                11,
            ),
            Logged(
                F,
                "pedirle a Claudia (despacho) los tickets de carga del 3090 pa ver bien q pasó",
                8,
            ),
            Logged(
                N,
                "lei la propuesta del dron a medias. los números de costo no cuadran con lo q cotizó mina",
                5,
            ),
            Logged(
                AG,
                "le digo lo del 3090 en la entrega o lo dejo pa don Ricardo? no quiero quedar de sapo pero tampoco cargarme yo el muerto",
                3,
            ),
            Logged(
                AG,
                "le pregunto derecho si va a postular al cupo senior? mejor hablarlo q andar compitiendo a escondidas",
                2,
            ),
            Logged(
                AG,
                "lo de navidad: necesito respuesta sí o sí, la cata tiene q comprar los pasajes",
                1,
            ),
        ),
    ),
    Persona(
        "ax_preschool_teamlead_umea",
        "Elin",
        "Förskollärare and arbetslagsledare (team lead), municipal preschool, Umeå, Sweden",
        "bli förstelärare typ nästa år & få en lön som matchar det jag faktiskt gör",
        "Annika",
        "Rektor (preschool principal), her line manager",
        Role.MANAGER,
        biweekly(1),
        time(15, 30),
        "Elin leads one of three teams at a municipal preschool and covers constantly for a colleague's sick days while her partner works away every other week. Her principal cares about staff sick leave and language development, and Elin promised her the quality-work (SKA) evaluation by Friday 4/12, but she is waiting on child interviews from a colleague. She wants to ask about a possible förstelärare post and is unsure whether to raise pay before January's salary review; she also filed a child-protection report this month.",
        logged=(
            Logged(
                P,
                "Annika: prio 1 i höst = få ner sjukfrånvaron i personalgruppen. prio 2 språkutveckling enl nya läroplanen",
                120,
            ),
            Logged(A, "bad Annika om vikarie på måndagar när Jonas är borta", 113, DONE),
            Logged(N, "fick ja men bara t.o.m. oktober. better than nothing", 108),
            Logged(
                W,
                "föräldramötet gick super, 21 av 24 familjer kom 🙌 tolk för arabiska & tigrinja funkade äntligen",
                97,
            ),
            Logged(
                G,
                "skrev ihop Annikas presentation om språkmiljö till förvaltningen, hon använde den rakt av",
                90,
            ),
            Logged(
                N,
                "sovit typ 4h/natt hela veckan. Vera har öroninflammation igen och Mattias är i Kiruna varannan vecka",
                83,
            ),
            Logged(
                F,
                "lovade Annika: utvärderingen av språkprojektet (SKA-rapporten) klar fre 4/12",
                76,
            ),
            Logged(
                N,
                "Jonas sjuk igen en måndag. 6:e gången sen aug. jag är inte hans chef men det är jag som täcker",
                69,
            ),
            Logged(
                A,
                "frågade A om vi kan köpa ljudabsorbenter till Blåbäret, ljudnivån är sjuk",
                62,
                DONE,
            ),
            Logged(N, "budgeten frusen till jan sa A. ok 🙄", 55),
            Logged(W, "antagen till specialpedagogik 7,5hp på distans vt27!!", 48),
            Logged(F, "maila Fatima (modersmål) schemat för dec", 41),
            Logged(
                P,
                "A sa på APT att hon vill att fler förskollärare tar 'pedagogiskt ansvar'. förstelärare-hint?",
                35,
            ),
            Logged(
                A, "frågade A om det blir en förstelärartjänst på förskolan och om jag kan söka", 30
            ),
            Logged(
                N,
                "gjorde orosanmälan för ett barn på Blåbäret (L, 4 år), soc kontaktad. tung vecka. A vet",
                24,
            ),
            Logged(
                G, "tog A:s plats på kommunens nätverksträff om flerspråkighet när hon var sjuk", 20
            ),
            Logged(
                F,
                "Lucia 11/12 – måste säga till Petra (köket) om lussebullar och antal senast mån 30/11",
                16,
            ),
            Logged(
                N,
                "lönesamtal i jan. hörde att Sara på Solrosen fick +2100 förra året. jag fick +900 😐",
                13,
            ),
            Logged(
                W,
                "Jonas & jag tog ett bra snack. han berättade om sin rygg. mycket bättre stämning i laget nu",
                9,
            ),
            Logged(
                F,
                "SKA-rapporten halvvägs. behöver barnintervjuerna från Maja innan jag kan skriva analysen",
                6,
            ),
            Logged(N, "hosta + feber sen tis, jobbat ändå. dumt ja jag vet", 4),
            Logged(
                AG,
                "ta upp lönen nu eller vänta till lönesamtalet? känns fel att ta det på ett vanligt 1:1",
                2,
            ),
            Logged(AG, "fråga igen om förstelärare – vill ha svar innan kursanmälan låses", 1),
            Logged(
                AG, "säga att SKA kanske blir mån 7/12 istället för fre 4/12?? if Maja is late", 0.5
            ),
        ),
    ),
    Persona(
        "ax_frontoffice_hrbp_goa",
        "Shreya",
        "Assistant Front Office Manager, beach resort in South Goa, India",
        "finish ELP properly and get FOM at the new Bengaluru property, not be AFOM here for 5 more yrs",
        "Meenakshi",
        "HR Business Partner (West region) who runs the Emerging Leaders Programme",
        Role.OTHER,
        monthly(1, 3),
        time(16, 0),
        "Shreya is an assistant front office manager picked for the group's Emerging Leaders Programme; her monthly check-in is with the regional HR business partner who runs it, not with her own GM. Her capstone deck is promised by 1st Dec and the presentation is in Mumbai on the 7th, right in the week a 62-room wedding group arrives on the 3rd and the GM has frozen leave. She is also unsure whether to report a sexist remark the GM made at the staff party, since he writes her appraisal.",
        logged=(
            Logged(
                P,
                "Meenakshi's focus for ELP batch: every1 finishes capstone + 360 feedback by dec. she's also tracking FO attrition",
                118,
            ),
            Logged(
                N,
                "got selected for Emerging Leaders!! only 2 from Goa 🥳 mummy told the whole colony",
                115,
            ),
            Logged(
                A,
                "asked M if capstone can be on guest complaint TAT instead of upselling",
                109,
                DONE,
            ),
            Logged(N, "M said ok but wants baseline numbers by oct", 104),
            Logged(W, "avg complaint closure from 26 hrs to 9 hrs in 6 wks 🔥", 92),
            Logged(
                G,
                "did 7 exit interview calls for M's FO attrition study, in konkani/hindi bcoz ppl wont open up in english",
                85,
            ),
            Logged(
                N,
                "4 of my GSAs left in 2 months, all to cruise lines. cant blame them yaar salary is 18k",
                79,
            ),
            Logged(F, "promised M capstone deck draft by 1st dec", 71),
            Logged(N, "bhai's 2nd yr fees due, 1.4L. broke my FD. dont tell mummy", 66),
            Logged(
                A,
                "asked M if ELP will actually count for the FOM post at Bengaluru property opening next yr",
                58,
            ),
            Logged(
                P,
                "M keeps saying 'bring me solutions not problems' lol. also v big on women on night shift policy",
                50,
            ),
            Logged(
                N,
                "GM at staff party: 'night audit is no job for girls' and something worse after. everyone laughed. I didnt",
                45,
            ),
            Logged(
                G,
                "sent M my night shift safety checklist (cab drop + buddy system), she wants to roll it out to all properties",
                39,
            ),
            Logged(
                W,
                "UK guest wrote abt me by name on tripadvisor. GM forwarded it with just 👍 lol",
                31,
            ),
            Logged(F, "get 360 forms back from Ashwin (F&B) & Priya (HK) – both pending", 27),
            Logged(
                F,
                "Dsouza wedding 62 rooms arriving 3rd dec, need rooming list from Karan (planner) by mon latest",
                22,
            ),
            Logged(N, "dengue scare, 3 days off. platelets ok now. still v weak", 18),
            Logged(
                A,
                "asked M if I can be relieved for the capstone presentation in Mumbai on the 7th, its wedding week",
                14,
            ),
            Logged(
                N,
                "GM says no leave 1st-10th dec 'peak season'. capstone is 7th. same company yaar 🙃",
                10,
            ),
            Logged(
                F,
                "deck 60% done, charts pending. Ashwin still hasnt filled 360, 3rd reminder sent",
                6,
            ),
            Logged(
                AG,
                "do I tell M what GM said at the party? shes HR its literally her job but he writes my appraisal 😬",
                3,
            ),
            Logged(AG, "need clarity on 7th — can she talk to GM or do I present on zoom", 2),
            Logged(AG, "ask Bengaluru FOM timeline again, she dodged it last time", 1),
        ),
    ),
)
