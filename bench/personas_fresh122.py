# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DU), rated in round 66 before and after the delicate-matter reading (`bench/reviews/round66_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH122 = (
    Persona(
        "DU_ananya_frontoffice_jaipur",
        "Ananya",
        "Front Office Supervisor, 140-room business hotel",
        "Front Office Manager in the next 18 months, then Rooms Division Manager at a bigger property",
        "Rakesh sir",
        "Rakesh Malhotra, General Manager, my manager's manager",
        Role.SKIP,
        monthly(1, 2),
        time(16, 0),
        "Ananya Rathore, 29, supervises the front desk of a business hotel in Jaipur; her direct manager is "
        "the Front Office Manager, Vikram (V), and she meets the GM, Rakesh Malhotra, once a month; the next "
        "skip-level is Wednesday 2 December at 16:00 IST (the last one was 4 November). "
        "At the last one she asked to be nominated for the group's Emerging Leaders programme; he asked for a "
        "one-page note by month end (nominations close 10 December), and he said 'let's see in Dec' to her ask "
        "for one extra front desk associate for the wedding season. "
        "The Sharma wedding block (62 rooms, 11-13 December) is hers and the planner's rooming list, due 4 December, "
        "has not arrived. "
        "Wins: the Google rating went from 4.1 to 4.4 after her express check-in counter, and the GM praised her "
        "handling of a minister's PA's complaint; she also covered three night shifts in Diwali week and wrote a "
        "WhatsApp script that lifted direct-booking conversions. "
        "His priorities: direct bookings to 35% by March (less OTA commission) and a 4.5+ review score. "
        "Delicate: she has seen V comp suite upgrades for a travel agent's guests without approval, and the night "
        "audit was short ₹4,200 on two nights he was on late duty; she does not know whether to tell the GM, talk "
        "to V first, or say nothing, and fears looking like she is after his job. "
        "From this 1:1 she needs the nomination, the staffing answer, and a safe way to raise a process concern.",
        logged=(
            Logged(
                A, "asked RS if i can shadow revenue mgr 2 hrs/wk → 'yes, talk to Neha'", 50, DONE
            ),
            Logged(P, "RS: google review score 4.5+ before wedding season peaks", 50),
            Logged(
                A,
                "asked Rakesh sir for Emerging Leaders nomination → 'send me a 1 pager on why, by month end'",
                22,
            ),
            Logged(
                A, "asked for 1 extra FDA for wedding season → 'budget tight, let's see in Dec'", 22
            ),
            Logged(
                P, "RS priority: direct bookings 35% by March, OTA commission kam karna hai", 22
            ),
            Logged(G, "covered 3 night shifts in Diwali week bcz Sameer on leave", 17),
            Logged(
                W,
                "handled minister's PA complaint (room not ready), he left 5⭐ and RS mentioned it in morning briefing 😊",
                13,
            ),
            Logged(
                G,
                "made WhatsApp direct booking script for desk team, conversions 8 → 13 this month",
                11,
            ),
            Logged(W, "Google rating 4.1 → 4.4 since express check-in counter 🎉", 9),
            Logged(F, "1-pager for ELP nomination - draft ready, Pooja di to proofread", 6),
            Logged(
                N,
                "V comped 2 more suite upgrades for Khanna Travels guests, no approval in system. 3rd time this month",
                5,
            ),
            Logged(
                N,
                "night audit cash short ₹4,200 on 14th & 19th, both V's late duty. not sure what to do 😟",
                4,
            ),
            Logged(
                F,
                "Sharma wedding 11-13 Dec 62 rooms - rooming list due from planner 4 Dec, still nothing 😬",
                3,
            ),
            Logged(
                N,
                "should i tell RS?? or talk to V first. don't want to look like i'm going after his job",
                2,
            ),
            Logged(F, "ask RS for feedback on ELP note before submitting (deadline 10 Dec)", 1),
            Logged(
                AG,
                "Wed: ELP nomination + extra staff for wedding season + how to raise a 'process concern' w/o naming anyone?",
                0.5,
            ),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "DU_emeka_solartech_lagos",
        "Emeka",
        "Solar PV installation technician (electrician)",
        "Get my Level 3 PV installer certification and lead my own installation crew, maybe my own company by 2029",
        "Engr. Adeyemi",
        "Engr. Funmilayo Adeyemi, Head of Projects at a large renewable EPC firm, my mentor",
        Role.MENTOR,
        biweekly(5),
        time(10, 0),
        "Emeka Okafor, 31, installs rooftop solar and inverter systems for a small installer in Lagos; his "
        "supervisor there is Tunde and the owner is 'oga'. "
        "Engr. Funmilayo Adeyemi, Head of Projects at a bigger EPC firm, has mentored him every other Saturday "
        "since early September; the next session is Saturday 28 November at 10:00 (the last was 14 November). "
        "The give and take is lopsided: she reviewed his CV line by line, put him in her company's free Saturday "
        "PVsyst class and agreed to write a reference for his certification, while all he has done for her is fix "
        "her nephew's inverter changeover. "
        "Open threads: the reference letter draft he promised by end of November is not written, and registration "
        "for the Level 3 exam closes 11 December with an ₦85k fee he has not yet raised. "
        "Wins: PVsyst modules 1-2 done with a first 15 kW school design, and a client praised his cabling to the owner. "
        "Her priorities for him: a portfolio of every install, and safety ('no job is worth your life'). "
        "Delicate: on 12 November Tunde had the crew work on a Lekki rooftop with the DC side live and a colleague, "
        "Ifeanyi, got a shock; Ifeanyi begged him not to talk, Emeka fears losing his job, did not tell his mentor "
        "on the 14th, and another live job is scheduled for Monday 30 November in Ajah. "
        "He needs help with the reference, the exam money, and how to raise the safety issue before Monday.",
        logged=(
            Logged(
                A,
                "Asked Engr. Adeyemi to review my CV → she did, sent back with 12 comments 🙏",
                82,
                DONE,
            ),
            Logged(
                P, "Engr A: build a portfolio — photos + single line diagram for every install", 82
            ),
            Logged(G, "Sent her the pics + SLD from the Ikeja bakery 10kVA job as she asked", 68),
            Logged(
                A,
                "Asked about PVsyst training → she put me on her company's Saturday class, free of charge",
                54,
                DONE,
            ),
            Logged(
                W, "Finished PVsyst module 1 & 2. Did my first design for 15kW school in Yaba", 30
            ),
            Logged(
                A,
                "Asked if she can write reference letter for Level 3 cert → 'yes, send me draft by end Nov'",
                26,
            ),
            Logged(G, "Fixed her nephew's inverter changeover in Surulere, no charge", 20),
            Logged(
                N,
                "Lekki rooftop today: Tunde said make we work with DC still live, client wan light before 6pm. Ifeanyi got shock from the combiner box. He's ok but shaking",
                14,
            ),
            Logged(
                P, "Engr A (14/11): 'no job is worth your life. Isolate, test, then touch.'", 12
            ),
            Logged(
                N,
                "Didn't mention Lekki matter to Engr A. Ifeanyi begged me make I no talk. If I report, Tunde go sack me",
                12,
            ),
            Logged(F, "Level 3 exam reg closes 11 Dec, fee ₦85k. Still gathering the money", 12),
            Logged(W, "Client at Magodo wrote to oga praising my neat cabling 💪", 7),
            Logged(F, "Reference letter draft — still not done 😩 need to send b4 Sat", 3),
            Logged(N, "Tunde scheduled another live job for Mon 30th, Ajah. Same wahala", 2),
            Logged(
                AG,
                "Sat: ref letter, exam money (any scholarship?), how to raise the Lekki safety issue without losing my job",
                0.4,
            ),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "DU_kayla_cna_dayton",
        "Kayla",
        "Certified Nursing Assistant, skilled nursing facility",
        "Get into the LPN program at Sinclair next fall and keep working here while I do it",
        "Denise",
        "Denise Harlan, RN Unit Manager on 2 East, my manager",
        Role.MANAGER,
        weekly(1),
        time(14, 30),
        "Kayla Brooks, 27, is a CNA on day shift (6a-2p) at a skilled nursing facility in Dayton, Ohio; she meets her "
        "unit manager Denise every Tuesday at 14:30 after shift, and the next 1:1 is Tuesday 1 December. "
        "She gives far more than she gets: she picked up Saturday doubles on 7 and 14 November and is working "
        "Thanksgiving today for a colleague, oriented two new aides, and has charted 100% three weeks running; she "
        "also caught a resident's slurred speech early enough that Denise praised her at huddle. "
        "Open asks: tuition assistance for the LPN program (Denise said bring the form; it needs her signature and "
        "HR by 15 December), a permanent day-shift line ('maybe when Tamika goes to nights in January'), and "
        "Christmas Eve off (request due in UKG by 1 December, 'no promises'). "
        "Denise's priorities: falls on 2 East down 20% by end of Q1 with a gait belt on every transfer. "
        "Delicate: on 17 November she strained her lower back moving a resident without the lift, because only two "
        "aides were on the hall and the lift battery was dead; she has not reported it for fear of light duty and lost "
        "hours, is living on ibuprofen, and the battery has died again. "
        "She needs the form signed, a real answer on days, and to decide whether to tell Denise about her back.",
        logged=(
            Logged(P, "Denise: falls on 2E down 20% by end of Q1. gait belts EVERY transfer", 37),
            Logged(A, "asked to move to days perm → 'maybe when Tamika goes nights in Jan'", 30),
            Logged(
                A,
                "asked about tuition assistance for LPN → she said yes bring the form, due 12/15",
                23,
            ),
            Logged(G, "oriented the 2 new aides (Brianna + Luis) all week", 16),
            Logged(G, "picked up Sat doubles 11/7 and 11/14 bc of call offs", 12),
            Logged(
                W,
                "caught Mrs D's slurred speech at 6am, got the nurse, she went out to Miami Valley. they said early catch 🙏 D said good job at huddle",
                10,
            ),
            Logged(
                N,
                "pulled something in my lower back moving Mr R to the chair, only me and Jess on the hall and lift battery dead",
                9,
            ),
            Logged(
                N,
                "didn't write it up. if I report they'll put me on light duty and I lose hrs. ibuprofen + heat",
                8,
            ),
            Logged(F, "lift battery on 2E dead again, told maintenance 2x", 6),
            Logged(W, "charting 100% 3 wks straight", 5),
            Logged(A, "asked for 12/24 off → 'put it in by 12/1, no promises'", 2),
            Logged(F, "tuition form filled out, need D's signature + HR by 12/15", 2),
            Logged(F, "put xmas request in UKG before tues", 1),
            Logged(N, "back still bad after the doubles. scared it'll mess up LPN plans", 1),
            Logged(G, "working thanksgiving tmrw 6a-2p 🦃 picked it up for Jess", 0.6),
            Logged(
                AG,
                "Tue: tuition form signed, days in Jan?, lift batteries, should I tell her about my back??",
                0.3,
            ),
        ),
        tz="America/New_York",
    ),
    Persona(
        "DU_giulia_processeng_lumezzane",
        "Giulia",
        "Ingegnera di processo, stabilimento valvole industriali",
        "Diventare direttrice di stabilimento entro cinque anni — primo passo: responsabile di produzione a Lumezzane",
        "Ing. Colombo",
        "Roberto Colombo, Direttore Operations del gruppo, il mio sponsor",
        Role.SPONSOR,
        monthly(1, 4),
        time(17, 30),
        "Giulia Marchetti, 38, is a process engineer at an industrial valve plant in Lumezzane (Brescia); her line "
        "manager is the plant director Ferrari, and the group Operations Director Roberto Colombo acts as her sponsor "
        "in a monthly 1:1 on the first Friday; the next is Friday 4 December at 17:30 (the last was 6 November). "
        "On 6 November she asked him to put her forward for Responsabile di Produzione (Bettoni retires 31 March); he "
        "said 'we'll talk in December, show me the OEE numbers first' and added that he wants someone who can manage "
        "people, not only numbers. "
        "In October he agreed to fund 50% of an Executive MBA if she stays two years. "
        "Wins: line 3 OEE from 61% to 72% and stamping scrap down 18%; she also built his slides for the 12 November "
        "group review and trained two apprentices on SMED. "
        "His priority is group OEE at 75% by end of 2027. "
        "Deadlines: PED audit action plan by 4 December (audit 9 December), line 3 budget 2027 by 11 December, and it "
        "is unconfirmed whether she presents the OEE project to the board on 15 December. "
        "Delicate: her friend and colleague Luca Fenaroli is also in the running and has been lunching with Ferrari; "
        "there is talk that Ferrari has already chosen Luca. "
        "She needs to know where she stands, how to compete without undercutting a friend, and what 'people' evidence "
        "Colombo wants.",
        logged=(
            Logged(A, "chiesto contributo per Executive MBA → 50% se resto 2 anni. ok!", 55, DONE),
            Logged(P, "Colombo: OEE di gruppo al 75% entro fine 2027, niente scuse", 55),
            Logged(G, "formato i 2 apprendisti (Samuele, Diego) sul SMED", 30),
            Logged(W, "linea 3 OEE 61 → 72% a ottobre 💪", 24),
            Logged(
                A,
                "chiesto a Colombo di candidarmi per Resp. Produzione (Bettoni in pensione 31/3) → 'ne parliamo a dicembre, intanto fammi vedere i numeri OEE'",
                20,
            ),
            Logged(
                P, "C. (6/11): vuole qualcuno che sappia gestire le persone, non solo i numeri", 20
            ),
            Logged(G, "preparato io le slide OEE per la sua review col gruppo del 12/11", 15),
            Logged(W, "scarti stampaggio -18% da settembre", 10),
            Logged(F, "audit PED 9/12 — piano azioni da chiudere entro 4/12", 8),
            Logged(
                N,
                "Luca F. ha pranzato con Ferrari 2 volte sta settimana... si sta muovendo per il posto di Bettoni",
                6,
            ),
            Logged(N, "Luca è un amico. non voglio fare la guerra ma nemmeno sparire", 5),
            Logged(F, "budget 2027 linea 3 da mandare entro 11/12", 4),
            Logged(
                F, "CdA 15/12: Colombo vuole che presenti io il progetto OEE?? da confermare", 3
            ),
            Logged(N, "voce in reparto: Ferrari ha già deciso per Luca?? 😕", 2),
            Logged(
                AG,
                "ven: Resp. Produzione — come mi posiziono vs Luca senza sgambetti? + CdA 15/12 + 'persone non solo numeri': cosa intende?",
                0.5,
            ),
        ),
        tz="Europe/Rome",
    ),
    Persona(
        "DU_minjae_civilservant_daejeon",
        "민재",
        "구청 복지정책과 주무관 (8급 공무원)",
        "7급 승진하고, 나중엔 복지정책 기획 쪽에서 일하고 싶어요. 민원 창구는 솔직히 좀 지쳤어요.",
        "정 주무관님",
        "정혜원 주무관, 같은 과 옆 팀 입직 동기 (peer)",
        Role.PEER,
        weekly(4),
        time(12, 0),
        "Lee Min-jae, 34, is a grade-8 civil servant in the welfare policy division of a district office in Daejeon, "
        "working the public counter and emergency welfare cases. "
        "His peer is Jeong Hye-won, who joined the service in the same cohort and sits in the next team; they have "
        "lunch every Friday, and the next one is Friday 27 November at 12:00 KST. "
        "The exchange is balanced: she shared her Excel macro for pulling eligible households and swapped the "
        "24 December duty with him (he takes 1 January), while he covered her counter during her training on "
        "10-11 November and made all the charts for their joint lonely-death prevention report. "
        "Her priorities: that report goes to the division head on 10 December and she wants it done properly, and "
        "she wants to revisit counter rotation before year end. "
        "His deadlines: winter emergency heating support applications close 4 December with 23 cases unprocessed, and "
        "his performance self-evaluation is due 7 December; he wants her to read it. "
        "Win: he cut average emergency welfare processing from 9 to 5 days, which the division head mentioned. "
        "Delicate: on 18 November a repeat complainant shouted at him at the counter and told him to 'watch himself on "
        "the way home'; security was called, he is sleeping badly, and he has not told his team leader, who once said "
        "everyone goes through this; he is thinking about counselling. "
        "He needs to settle the report split, get help with his self-evaluation, and decide whether to confide in her "
        "and ask how her team handles threatening complainants.",
        logged=(
            Logged(A, "정주무관님한테 대상자 추출 엑셀 매크로 부탁 → 바로 공유해줌 👍", 41, DONE),
            Logged(A, "12/24 당직 바꿔달라고 함 → ㅇㅋ 대신 1/1은 내가 ㅋㅋ", 20, DONE),
            Logged(G, "정주무관님 교육 가신 11/10-11 창구 대신 봄", 16),
            Logged(P, "정: 고독사 예방 보고서 과장님 보고 12/10. 이번엔 제대로 하고 싶대", 13),
            Logged(W, "긴급복지 처리기간 평균 9일→5일 단축. 과장님이 주간회의때 언급하심", 10),
            Logged(N, "그 민원인 또 옴. 창구에서 소리지르고 '밤길 조심해라' 함. 청원경찰 부름", 8),
            Logged(P, "정: 연말 전에 창구 순번 업무분장 다시 얘기하자고", 6),
            Logged(N, "잠 잘 못잠. 퇴근길에 자꾸 뒤돌아봄 ㅠ", 5),
            Logged(N, "팀장님한테는 말 못하겠음. 저번에 '그 정도는 다 겪는다' 하셔서", 5),
            Logged(G, "공동보고서 통계 그래프 + 표 내가 다 만듦", 4),
            Logged(F, "공무원 마음건강센터 상담 예약 알아보기", 3),
            Logged(F, "동절기 긴급 난방비 신청 마감 12/4 — 미처리 23건", 2),
            Logged(F, "근평 자기평가서 12/7까지. 정주무관님께 한번 봐달라고 하기", 1),
            Logged(
                AG,
                "금 점심: 보고서 역할분담 마무리, 자기평가서 부탁, 민원인 일 말할까..? 그 팀은 위험민원 어떻게 대응하는지 물어보기",
                0.4,
            ),
        ),
        tz="Asia/Seoul",
    ),
    Persona(
        "DU_josiane_agtech_trespontas",
        "Josiane",
        "Técnica agrícola, cooperativa de café",
        "Quero fazer agronomia EAD à noite e virar coordenadora de certificação da cooperativa",
        "Wanderley",
        "Wanderley, gerente do departamento técnico da cooperativa, meu chefe",
        Role.MANAGER,
        biweekly(0),
        time(8, 0),
        "Josiane Ferreira, 26, is an agricultural technician at a coffee cooperative in Três Pontas, south Minas "
        "Gerais, visiting member farms to prepare them for certification; she is a new user with only a few lines. "
        "She meets her manager Wanderley every other Monday at 08:00; the last 1:1 was 23 November and the next is "
        "Monday 7 December, three days before the external Certifica Minas audit on 10 December, which he has made "
        "the priority (100% of members passing). "
        "At the last 1:1 she asked for the pickup truck twice a week for visits; he said he would check with Tião. "
        "Win: she closed all 14 pre-audit visits in the Santana da Vargem area. "
        "Open: the monthly visit report is due 30 November, and the distance-learning agronomy entrance registration "
        "closes 15 December; she wants to ask whether the cooperative helps with tuition. "
        "Delicate: on 18 November she found three non-conformities at Sr. Otávio's farm (pesticides stored in the barn "
        "with the coffee, no protective equipment for day labourers); Otávio, a board member and Wanderley's old friend, "
        "then phoned asking her to 'fix' the checklist and claimed Wanderley 'already knows'. "
        "She does not know if that is true and needs a way to raise it without accusing anyone, ideally before the audit.",
        logged=(
            Logged(
                N,
                "fazenda do Sr. Otávio: agrotóxico guardado no paiol junto com o café, sem EPI pros diaristas. 3 não conformidades",
                8,
            ),
            Logged(W, "fechei as 14 visitas de pré-auditoria da região de Santana da Vargem 🙌", 6),
            Logged(
                P,
                "Wand. na reunião: prioridade é passar 100% dos cooperados na auditoria do Certifica Minas, 10/12",
                3,
            ),
            Logged(
                A,
                "pedi pra ele liberar a caminhonete 2x/semana pras visitas → 'vou ver c/ o Tião'",
                3,
            ),
            Logged(
                N,
                "Sr Otávio me ligou pedindo pra 'dar um jeito' no checklist. disse q o Wanderley 'já sabe'. fiquei sem chão",
                2,
            ),
            Logged(
                N, "não sei se o W sabe mesmo. o Otávio é do conselho, amigo do W desde sempre", 1.5
            ),
            Logged(F, "relatório mensal de visitas até 30/11", 1),
            Logged(
                F,
                "inscrição vestibular agronomia EAD até 15/12 — perguntar se a coop ajuda c/ a mensalidade",
                1,
            ),
            Logged(
                AG,
                "dia 7: caminhonete, auxílio faculdade, e o caso do Sr Otávio — como falar sem acusar ninguém? espero até lá??",
                0.5,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
)
