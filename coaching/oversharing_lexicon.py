"""Second layer of the oversharing scan: per-clause lexicon matching with a private-context signal.

The first layer (coaching/oversharing.py) is a set of precise regular expressions. This layer trades
a little of that precision for breadth: each category has a lexicon of words and multi-word
expressions in two tiers.

- STRONG entries are personal on their own ("eczema", "margaritas", "down payment").
- WEAK entries are personal only when the same clause has a first-person singular marker (I, I'm,
  me, my, myself). "We"/"our" is not enough: it is how people talk about their team ("we lost
  money on the contract"); the private "our" ("our son", "our mortgage") is in the STRONG tier.

A match is vetoed when it sits inside a work collocation ("health check", "tech debt", "election
of a tech lead") or modifies a work noun ("the prayer times feature", "mortgage calculator page").

Gossip is a pattern rather than a word: a person (a name, a role such as "our PM", he/she) followed
in the same clause by a judgement ("condescending", "plays favorites", "never pulls her weight").

Text is tokenised once; every lookup is a dict or set lookup on token n-grams, so the cost is
linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Categories are referred to by their string values to keep this module free of imports.
HEALTH = "health"
FAMILY = "family"
MONEY = "money"
JOB_HUNT = "job_hunt"
GOSSIP = "gossip"
POLITICS_RELIGION = "politics_religion"
LEGAL = "legal"
SUBSTANCES = "substances"

_MAX_N = 5

# --- tokenisation ------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+(?:['’][^\W_]+)*)*")
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n\u2014\u2013()\[\]\"“”]+|\s-\s|,\s|\sbut\s"
    r"|\sso\s(?=(?:I|we|he|she|they|the|my|our|it|can|could)\b)"
    r"|\sand\s(?=(?:I|I['’]m|I['’]ve|my)\b)"
)
_THIRD = {"he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs"}
_KEEP_S = {"it's", "he's", "she's", "that's", "what's", "there's", "let's", "here's", "who's"}


def _norm(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in _KEEP_S:
        word = word[:-2]
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if word in _THIRD:
        return "x3"
    return word


# --- inflection of lexicon entries -------------------------------------------------------------

_VOWELS = set("aeiou")


def _forms(word: str) -> set[str]:
    """A word and its regular inflections (plural, -ing, -ed); over-generation is harmless."""
    out = {word}
    if len(word) < 3 or not word.isalpha():
        return out
    out.add(word + "s")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    if word.endswith("y") and word[-2] not in _VOWELS:
        out.update({word[:-1] + "ies", word[:-1] + "ied", word + "ing"})
        return out
    if word.endswith("e"):
        out.update({word + "d", word[:-1] + "ing"})
        return out
    out.update({word + "ing", word + "ed"})
    if word[-1] not in _VOWELS and word[-2] in _VOWELS and word[-1] not in "wxy" and len(word) <= 5:
        out.update({word + word[-1] + "ing", word + word[-1] + "ed"})
    return out


def _phrases(entry: str) -> set[tuple[str, ...]]:
    """Expand one entry. The first word and any `word*` are inflected; `=entry` is exact."""
    if entry.startswith("="):  # exact: no inflection
        return {tuple(_norm(w) for w in entry[1:].split())}
    words = [_norm(w.rstrip("*")) for w in entry.split()]
    starred = [w.endswith("*") for w in entry.split()]
    starred[0] = True  # the first word is usually the verb: "dumps his work", "dumping his work"
    if len(words) == 1:
        return {(f,) for f in _forms(words[0])}
    results: list[tuple[str, ...]] = [()]
    for word, star in zip(words, starred, strict=True):
        options = _forms(word) if star else {word}
        results = [(*r, o) for r in results for o in options]
    return set(results)


def _entries(block: str) -> list[str]:
    return [" ".join(e.split()) for e in block.split(",") if e.strip()]


# --- the lexicons ------------------------------------------------------------------------------
# Entries are separated by commas. A single word is inflected; in a phrase, `word*` marks the
# words to inflect. "X3" stands for he/she/they/him/her/them/his/their.

STRONG: dict[str, str] = {
    GOSSIP: """
    went to hr about, reported me to hr, filed a complaint about, hr complaint against, complaint
    about my manager, complaint against my manager, complaint about my boss,
    """,
    HEALTH: """
    physical rehab, knee rehab, shoulder rehab, back rehab, ankle rehab, rehab for the knee, rehab
    for my knee, rehab for my shoulder, rehab for the shoulder, rehab for my back, rehab for my
    ankle, getting out of bed, get out of bed, hard time getting up, can't get out of bed, dark
    place, not coping, struggling mentally, mentally exhausted, emotionally drained, emotionally
    exhausted, crying in the bathroom, crying at my desk, suicidal, self-harm, self harm, intrusive
    thoughts, my trauma, trauma therapy, trauma therapist, on leave for my mental health, mental
    health leave, mental health day, my mental health, nervous wreck, having a breakdown, had a
    breakdown, meltdown at home, grief counsellor, grief counselor, pulled a muscle, pulled my, a
    pulled muscle, muscle strain, strained my, my hearing, hearing aid*, hearing loss, flu-like,
    sinus, asthma attack, stomach flu, norovirus, covid again, rsv, strep, pink eye, conjunctivitis,
    chickenpox, measles, mono, glandular fever, terminal illness, terminally ill, remission, in
    remission, prognosis, treatment plan, miscarried, stillbirth, c-section, giving birth, gave
    birth, allergy shots, my allergy, my allergies, migraine attack*, cluster headache*, tension
    headache*, sleeping pills, blood clot, dvt, kidney infection, bladder infection, yeast
    infection, std, sti, hiv, hepatitis, herpes, hpv, pap smear, smear test, prostate, colonoscopy
    prep, chemo session*, radiation session*, dialysis, transplant, organ donor, donating a kidney,
    my surgeon, my specialist, my consultant at the hospital, post-surgery, recovering from surgery,
    after my surgery, after the surgery, before my surgery, with my back, my back is, my back has,
    my back hurt*, my back went, put my back out, my bad back, heart murmur, murmur, my eating,
    eating again, passed out, kept me overnight, overnight in hospital, overnight at the hospital,
    having my appendix, having my tonsils, something to help me sleep, to help me sleep, help me
    sleep, quarantine at home, in quarantine, knee reconstruction, knee surgery, knee replacement,
    knee operation, knee injury, knee brace, knee x-ray, knee mri, knee scan, knee fracture, knee
    murmur, knee condition, knee problems, knee problem, knee issues, knee trouble, knee pain, knee
    infection, knee out, knee removed, knee removal, knee op, knees reconstruction, knees surgery,
    knees replacement, knees operation, knees injury, knees brace, knees x-ray, knees mri, knees
    scan, knees fracture, knees murmur, knees condition, knees problems, knees problem, knees
    issues, knees trouble, knees pain, knees infection, knees out, knees removed, knees removal,
    knees op, hip reconstruction, hip surgery, hip replacement, hip operation, hip injury, hip
    brace, hip x-ray, hip mri, hip scan, hip fracture, hip murmur, hip condition, hip problems, hip
    problem, hip issues, hip trouble, hip pain, hip infection, hip out, hip removed, hip removal,
    hip op, hips reconstruction, hips surgery, hips replacement, hips operation, hips injury, hips
    brace, hips x-ray, hips mri, hips scan, hips fracture, hips murmur, hips condition, hips
    problems, hips problem, hips issues, hips trouble, hips pain, hips infection, hips out, hips
    removed, hips removal, hips op, shoulder reconstruction, shoulder surgery, shoulder replacement,
    shoulder operation, shoulder injury, shoulder brace, shoulder x-ray, shoulder mri, shoulder
    scan, shoulder fracture, shoulder murmur, shoulder condition, shoulder problems, shoulder
    problem, shoulder issues, shoulder trouble, shoulder pain, shoulder infection, shoulder out,
    shoulder removed, shoulder removal, shoulder op, ankle reconstruction, ankle surgery, ankle
    replacement, ankle operation, ankle injury, ankle brace, ankle x-ray, ankle mri, ankle scan,
    ankle fracture, ankle murmur, ankle condition, ankle problems, ankle problem, ankle issues,
    ankle trouble, ankle pain, ankle infection, ankle out, ankle removed, ankle removal, ankle op,
    wrist reconstruction, wrist surgery, wrist replacement, wrist operation, wrist injury, wrist
    brace, wrist x-ray, wrist mri, wrist scan, wrist fracture, wrist murmur, wrist condition, wrist
    problems, wrist problem, wrist issues, wrist trouble, wrist pain, wrist infection, wrist out,
    wrist removed, wrist removal, wrist op, elbow reconstruction, elbow surgery, elbow replacement,
    elbow operation, elbow injury, elbow brace, elbow x-ray, elbow mri, elbow scan, elbow fracture,
    elbow murmur, elbow condition, elbow problems, elbow problem, elbow issues, elbow trouble, elbow
    pain, elbow infection, elbow out, elbow removed, elbow removal, elbow op, spine reconstruction,
    spine surgery, spine replacement, spine operation, spine injury, spine brace, spine x-ray, spine
    mri, spine scan, spine fracture, spine murmur, spine condition, spine problems, spine problem,
    spine issues, spine trouble, spine pain, spine infection, spine out, spine removed, spine
    removal, spine op, neck reconstruction, neck surgery, neck replacement, neck operation, neck
    injury, neck brace, neck x-ray, neck mri, neck scan, neck fracture, neck murmur, neck condition,
    neck problems, neck problem, neck issues, neck trouble, neck pain, neck infection, neck out,
    neck removed, neck removal, neck op, heart reconstruction, heart surgery, heart replacement,
    heart operation, heart injury, heart brace, heart x-ray, heart mri, heart fracture, heart
    murmur, heart pain, heart infection, eye reconstruction, eye surgery, eye replacement, eye
    operation, eye injury, eye brace, eye x-ray, eye mri, eye fracture, eye murmur, eye pain, eye
    infection, eyes reconstruction, eyes surgery, eyes replacement, eyes operation, eyes injury,
    eyes brace, eyes x-ray, eyes mri, eyes fracture, eyes murmur, eyes pain, eyes infection, lung
    reconstruction, lung surgery, lung replacement, lung operation, lung injury, lung brace, lung
    x-ray, lung mri, lung scan, lung fracture, lung murmur, lung condition, lung problems, lung
    problem, lung issues, lung trouble, lung pain, lung infection, lung out, lung removed, lung
    removal, lung op, lungs reconstruction, lungs surgery, lungs replacement, lungs operation, lungs
    injury, lungs brace, lungs x-ray, lungs mri, lungs scan, lungs fracture, lungs murmur, lungs
    condition, lungs problems, lungs problem, lungs issues, lungs trouble, lungs pain, lungs
    infection, lungs out, lungs removed, lungs removal, lungs op, kidney reconstruction, kidney
    surgery, kidney replacement, kidney operation, kidney injury, kidney brace, kidney x-ray, kidney
    mri, kidney scan, kidney fracture, kidney murmur, kidney condition, kidney problems, kidney
    problem, kidney issues, kidney trouble, kidney pain, kidney infection, kidney out, kidney
    removed, kidney removal, kidney op, liver reconstruction, liver surgery, liver replacement,
    liver operation, liver injury, liver brace, liver x-ray, liver mri, liver scan, liver fracture,
    liver murmur, liver condition, liver problems, liver problem, liver issues, liver trouble, liver
    pain, liver infection, liver out, liver removed, liver removal, liver op, back reconstruction,
    back surgery, back replacement, back operation, back injury, back brace, back x-ray, back mri,
    back fracture, back murmur, back pain, back infection, jaw reconstruction, jaw surgery, jaw
    replacement, jaw operation, jaw injury, jaw brace, jaw x-ray, jaw mri, jaw scan, jaw fracture,
    jaw murmur, jaw condition, jaw problems, jaw problem, jaw issues, jaw trouble, jaw pain, jaw
    infection, jaw out, jaw removed, jaw removal, jaw op, foot reconstruction, foot surgery, foot
    replacement, foot operation, foot injury, foot brace, foot x-ray, foot mri, foot fracture, foot
    murmur, foot pain, foot infection, hand reconstruction, hand surgery, hand replacement, hand
    operation, hand injury, hand brace, hand x-ray, hand mri, hand fracture, hand murmur, hand pain,
    hand infection, thyroid reconstruction, thyroid surgery, thyroid replacement, thyroid operation,
    thyroid injury, thyroid brace, thyroid x-ray, thyroid mri, thyroid scan, thyroid fracture,
    thyroid murmur, thyroid condition, thyroid problems, thyroid problem, thyroid issues, thyroid
    trouble, thyroid pain, thyroid infection, thyroid out, thyroid removed, thyroid removal, thyroid
    op, bladder reconstruction, bladder surgery, bladder replacement, bladder operation, bladder
    injury, bladder brace, bladder x-ray, bladder mri, bladder scan, bladder fracture, bladder
    murmur, bladder condition, bladder problems, bladder problem, bladder issues, bladder trouble,
    bladder pain, bladder infection, bladder out, bladder removed, bladder removal, bladder op,
    bowel reconstruction, bowel surgery, bowel replacement, bowel operation, bowel injury, bowel
    brace, bowel x-ray, bowel mri, bowel scan, bowel fracture, bowel murmur, bowel condition, bowel
    problems, bowel problem, bowel issues, bowel trouble, bowel pain, bowel infection, bowel out,
    bowel removed, bowel removal, bowel op, gallbladder reconstruction, gallbladder surgery,
    gallbladder replacement, gallbladder operation, gallbladder injury, gallbladder brace,
    gallbladder x-ray, gallbladder mri, gallbladder scan, gallbladder fracture, gallbladder murmur,
    gallbladder condition, gallbladder problems, gallbladder problem, gallbladder issues,
    gallbladder trouble, gallbladder pain, gallbladder infection, gallbladder out, gallbladder
    removed, gallbladder removal, gallbladder op, appendix reconstruction, appendix surgery,
    appendix replacement, appendix operation, appendix injury, appendix brace, appendix x-ray,
    appendix mri, appendix scan, appendix fracture, appendix murmur, appendix condition, appendix
    problems, appendix problem, appendix issues, appendix trouble, appendix pain, appendix
    infection, appendix out, appendix removed, appendix removal, appendix op, tonsils
    reconstruction, tonsils surgery, tonsils replacement, tonsils operation, tonsils injury, tonsils
    brace, tonsils x-ray, tonsils mri, tonsils scan, tonsils fracture, tonsils murmur, tonsils
    condition, tonsils problems, tonsils problem, tonsils issues, tonsils trouble, tonsils pain,
    tonsils infection, tonsils out, tonsils removed, tonsils removal, tonsils op, tooth
    reconstruction, tooth surgery, tooth replacement, tooth operation, tooth injury, tooth brace,
    tooth x-ray, tooth mri, tooth scan, tooth fracture, tooth murmur, tooth condition, tooth
    problems, tooth problem, tooth issues, tooth trouble, tooth pain, tooth infection, tooth out,
    tooth removed, tooth removal, tooth op, teeth reconstruction, teeth surgery, teeth replacement,
    teeth operation, teeth injury, teeth brace, teeth x-ray, teeth mri, teeth scan, teeth fracture,
    teeth murmur, teeth condition, teeth problems, teeth problem, teeth issues, teeth trouble, teeth
    pain, teeth infection, teeth out, teeth removed, teeth removal, teeth op, skin reconstruction,
    skin surgery, skin replacement, skin operation, skin injury, skin brace, skin x-ray, skin mri,
    skin fracture, skin murmur, skin pain, skin infection, stomach reconstruction, stomach surgery,
    stomach replacement, stomach operation, stomach injury, stomach brace, stomach x-ray, stomach
    mri, stomach fracture, stomach murmur, stomach pain, stomach infection, chest reconstruction,
    chest surgery, chest replacement, chest operation, chest injury, chest brace, chest x-ray, chest
    mri, chest fracture, chest murmur, chest pain, chest infection, hamstring reconstruction,
    hamstring surgery, hamstring replacement, hamstring operation, hamstring injury, hamstring
    brace, hamstring x-ray, hamstring mri, hamstring scan, hamstring fracture, hamstring murmur,
    hamstring condition, hamstring problems, hamstring problem, hamstring issues, hamstring trouble,
    hamstring pain, hamstring infection, hamstring out, hamstring removed, hamstring removal,
    hamstring op, achilles reconstruction, achilles surgery, achilles replacement, achilles
    operation, achilles injury, achilles brace, achilles x-ray, achilles mri, achilles scan,
    achilles fracture, achilles murmur, achilles condition, achilles problems, achilles problem,
    achilles issues, achilles trouble, achilles pain, achilles infection, achilles out, achilles
    removed, achilles removal, achilles op, acl reconstruction, acl surgery, acl replacement, acl
    operation, acl injury, acl brace, acl x-ray, acl mri, acl scan, acl fracture, acl murmur, acl
    condition, acl problems, acl problem, acl issues, acl trouble, acl pain, acl infection, acl out,
    acl removed, acl removal, acl op, rotator cuff reconstruction, rotator cuff surgery, rotator
    cuff replacement, rotator cuff operation, rotator cuff injury, rotator cuff brace, rotator cuff
    x-ray, rotator cuff mri, rotator cuff scan, rotator cuff fracture, rotator cuff murmur, rotator
    cuff condition, rotator cuff problems, rotator cuff problem, rotator cuff issues, rotator cuff
    trouble, rotator cuff pain, rotator cuff infection, rotator cuff out, rotator cuff removed,
    rotator cuff removal, rotator cuff op, disc reconstruction, disc surgery, disc replacement, disc
    operation, disc injury, disc brace, disc x-ray, disc mri, disc scan, disc fracture, disc murmur,
    disc condition, disc problems, disc problem, disc issues, disc trouble, disc pain, disc
    infection, disc out, disc removed, disc removal, disc op, neurodivergent, autistic, dyslexic, my
    disability, a disability, disabled, chronic illness, stress leave, signed off, signed me off,
    signed off work, hormones, hormone treatment, hormone therapy, occupational therapist, speech
    therapist, nutritionist, dietitian, weight loss surgery, gastric band, gastric bypass, feeling
    off, not feeling myself, not feeling like myself, not feeling well, haven't been well, hard of
    hearing, deaf in, blind in, my vision, morning sickness, trouble breathing, short of breath,
    shortness of breath, breathing problems, chest pains, lost a lot of weight, off my food, no
    appetite, lost my appetite, my appetite, ivf, hot flashes, night sweats, eczema, psoriasis,
    hernia, thyroid, hypothyroid, hyperthyroid, bloodwork, blood work*, blood test*, blood pressure,
    cholesterol, lactose, lactose intolerant, celiac, coeliac, gluten intolerance, ibs, crohn,
    crohns, colitis, lupus, multiple sclerosis, parkinson, parkinsons, alzheimer, alzheimers,
    dementia, stroke, chemo, chemotherapy, radiotherapy, tumor, tumour, cyst, polyp, ulcer, acid
    reflux, gerd, kidney stone*, gallstone, strep throat, bronchitis, pneumonia, shingles,
    tonsillitis, appendicitis, sinus infection*, ear infection*, chest infection*, uti, food
    poisoning, stomach bug*, sore throat, diarrhea, diarrhoea, vomiting, nausea, nauseous, migraine,
    headaches, insomnia, sleep apnea, sleep apnoea, panic attack*, panic episode*, anxiety attack*,
    ptsd, adhd, add diagnosis, dyslexia, dyspraxia, bipolar, ocd, eating disorder*, anorexia,
    bulimia, miscarriage, ivf, fertility, endometriosis, pcos, menopause, perimenopause,
    hysterectomy, vasectomy, physical therapy, physiotherapy, physio, chiropractor, acupuncture,
    mri, ct scan*, x-ray, xray, ultrasound, biopsy, colonoscopy, endoscopy, mammogram, diabetes,
    diabetic, prediabetic, insulin, asthma, inhaler, epipen, anaphylaxis, allergic reaction*,
    concussion, whiplash, sprained, sprain, fractured, fracture, torn ligament*, acl, meniscus,
    tendonitis, tendinitis, carpal tunnel, repetitive strain, sciatica, slipped disc, herniated
    disc, back spasm*, arthritis, gout, vertigo, tinnitus, hearing aid*, cataract, lasik, glaucoma,
    dentist, root canal, wisdom teeth, wisdom tooth, orthodontist, antidepressant, antibiotics,
    steroids, prescription*, psychiatrist, psychologist, therapist, counsellor, counselor,
    counselling, counseling, my therapy, in therapy, mental health, nervous breakdown, breakdown at
    home, long covid, covid, flu, the flu, a fever, fever, a cold, sick day*, sick leave, medical
    leave, called in sick, surgery, surgeon, op on my, post-op, stitches, cast on, crutches,
    wheelchair, physio appointment*, doctor appointment*, doctors appointment*, hospital
    appointment*, dental appointment*, medical appointment*, going in for a scan, my scan results,
    my test results, blood test results, diagnosed, diagnosis, symptoms, chronic pain, chronic
    fatigue, fibromyalgia, anemia, anaemia, iron deficiency, vitamin deficiency, blood sugar, heart
    condition, heart palpitations, palpitations, arrhythmia, high blood pressure, hypertension,
    pregnant, pregnancy, morning sickness, prenatal, postpartum, postnatal, hernia repair, knee
    surgery, hip replacement, burning out, burnt out, burned out, cry most*, crying at night, keep
    crying, can't stop crying, cry every*, waiting list for, assessment for adhd, adhd assessment,
    autism assessment, tested positive, sick note, doctor's note, doctors note, gp, my gp, urgent
    care, the er, a&e, emergency room, hospitalised, hospitalized, icu, intensive care, rehab for
    my, relapse of my, flare-up, flare up, flared up, flaring up, my eczema, rash, hives, allergies,
    hay fever, my eyesight, eye strain, eyestrain, dry eyes, my eyes, my knee, my knees, my ankle,
    my wrist, my wrists, my shoulder, my hip, my spine, my stomach, my teeth, my tooth, my lungs, my
    leg, my legs, my joints, my blood, my heart rate, lost weight, losing weight, gained weight,
    weight loss, diet for my, my doctor, the doctor, a doctor, doctor*, my medication, medication,
    meds, my meds, pills for, sleeping badly, can't sleep, cannot sleep, haven't been sleeping, not
    sleeping, barely sleep*, barely slept, no sleep, sleepless, exhaustion, fatigue, low energy,
    mental breakdown, grief counselling, grief counseling, recovering from my, recovery from my, my
    recovery, injury, injured, my injury, broke my, broken arm, broken leg, broken wrist, hospital
    stay, in hospital, in the hospital, at the hospital, to the hospital, from the hospital, out of
    hospital, nurse, my physio, bedridden, bed rest, my health, health scare, health issue*, health
    problem*, health reasons, medical reasons, medical issue*, medical condition*, medical
    procedure*, procedure on my, minor procedure, outpatient, anesthesia, anaesthesia, dizzy,
    dizziness, fainted, faint spell*, seizure, epilepsy, migraines, cramps, period pain*, my period,
    sore back, back pain, neck pain, knee pain, joint pain, toothache, earache, stomach ache*,
    stomachache, headache every*, hearing loss, lost my voice, laryngitis, tonsils, glasses give*,
    new glasses, contact lenses, ozempic, wegovy, metformin, sertraline, zoloft, prozac, lexapro,
    ssri, ssris, beta blocker*, inflammation, infection, infected, feverish, chills, covid positive,
    isolating, self-isolating, quarantining, a lump, the lump,
    """,
    FAMILY: """
    dog died, cat died, put my dog down, put our dog down, put my cat down, pet passed, my dog is
    sick, my cat is sick, lost my dog, lost my cat, pet died, gf, bf, my gf, my bf, wifey,
    preggers, preggo, my mil, my fil, bday party for my, my sil, my bil, baby daddy, baby mama, my
    bestie, my best friend, my friend's funeral, a friend's funeral, friend passed, friend died,
    lost a friend, my godson, my goddaughter, my godchild, other half, the missus, the little one,
    my little one, my youngest, my eldest, my oldest, my boy, my girl, my boys, my girls, kiddo,
    kiddos, co-parent*, coparent*, co-parenting, every other weekend, aging parents, ageing
    parents, elderly parent*, my folks, proposed to, she said yes, he said yes, baby is due, baby's
    due, due in june, my stepkids, stepkids, stepchildren, my grandkids, ivf, fertility, fertility
    treatment*, egg freezing, surrogate, surrogacy, rough patch with my, my marriage, our marriage,
    wife, husband, spouse, boyfriend, girlfriend, fiance, fiancee, fiancé, fiancée, hubby, newborn,
    twins, triplets, toddler, teenager, teenage son, teenage daughter, stepson, stepdaughter,
    stepdad, stepmom, stepmum, stepfather, stepmother, in-laws, mother-in-law, father-in-law,
    sister-in-law, brother-in-law, grandma, grandpa, granny, grandmother, grandfather,
    grandparents, grandkids, grandchildren, grandson, granddaughter, niece, nephew, my aunt, my
    uncle, my cousin, my mom, my mum, my mother, my dad, my father, my parents, my parent, my son,
    my daughter, my kid, my kids, my children, my child, my baby, our baby, my sister, my brother,
    my sibling, my siblings, my family, our family, my partner, our son, our daughter, our kids,
    our kid, our children, our child, our twins, our newborn, my ex, my ex-wife, my ex-husband, our
    house, our home, our dog, our cat, my dog, my cat, my puppy, our puppy, my pet, the vet, vet
    bill*, daycare, childcare, child care, nanny, babysitter, nursery pickup, school pickup, school
    pick-up, school run, school drop-off, suspended from school, parent-teacher, pta, adopting,
    divorce, divorcing, divorced, custody, messy split, splitting up, marriage, married, getting
    married, wedding, honeymoon, engagement party, fertility treatment, expecting a baby, having a
    baby, having twins, we're expecting, baby shower, pregnant, funeral, passed away, bereavement,
    grieving, grief, died last, passing of my, widow, widowed, caregiver, caregiving, carer, caring
    for my, looking after my, look after my, eldercare, elder care, nursing home, care home,
    assisted living, hospice, home life, things at home, stuff at home, situation at home, issues
    at home, problems at home, trouble at home, tension at home, going on at home, going on with my
    family, home situation, personal life, love life, dating life, dating app*, first date, date
    night, moving in with, move in together, moved in together, moving in together, single parent,
    single mom, single mum, single dad, family emergency, family situation, family stuff, family
    matter*, family issue*, family drama, family reasons, family commitment*, relationship
    problems, relationship issues, marriage counselling, couples therapy, couples counseling,
    fighting with my, arguing with my, argument with my, my household, my roommate, my flatmate, my
    neighbour, my neighbor, my landlady, birthday party for my, kid's birthday, son's birthday,
    daughter's birthday, bedtime, nappies, diapers, sleepless nights with, sleep regression,
    teething, breastfeeding, pumping at work, potty training, homeschool*, homework with, school
    holidays, half term, half-term, school closure, snow day, my boyfriend, my girlfriend, my wife,
    my husband, my fiance, my family's, family of four, family of five, the kids, sick kid, sick
    child, sick baby, kid is sick, baby is sick, kids' school, kid's school,
    """,
    MONEY: """
    tight for us, things have been tight, things are tight, things are really tight, been tight
    since, tight since the, out of my own pocket, my own pocket, can't swing it myself, swing it
    myself, get through the month, make it to payday, cutting back on everything, cut back on
    everything, cutting back on groceries, to save up, save up a bit, save up for, to save money,
    save on rent, moved back in with my parents, moving back in with my parents, move back in with
    my parents, moved back home to save, moving back home to save, moved back home with my,
    moving back home with my, pay doesn't go far, pay doesn't go very far, salary doesn't go far,
    paycheck doesn't stretch, pay doesn't stretch, salary doesn't stretch far, money doesn't go
    far, doesn't go very far anymore, lost his job so, lost her job so, lost their job so,
    on one income, on a single
    income, money's been a real stress, money has been a real stress, money's a stress, stress at
    home about money, front the hotel, front the cost, front the money, float the cost,
    on one salary, one salary now, down to one salary, just to keep up, selling stuff on, selling my
    stuff, selling things on, on ebay to, can't swing, can't really swing, swing the cost, barely
    making it, barely getting by, scraping by, just getting by, rent is crazy, rent is insane, rent
    is killing me, rent is brutal, payday can't come soon enough, bills piling up, bills are piling
    up, bills keep piling, bills pile up, pile of bills, stack of bills, behind on bills, childcare
    costs, daycare costs, nursery fees, childcare bill*, daycare bill*, childcare is costing, eating
    half my salary, half my salary, most of my salary, half my paycheck, extra cash, extra money on
    the side, cash on the side, driving uber, drive uber, driving for uber, doordash, deliveroo,
    uber eats, rent's gone up, rent has gone up, rent going up, rent just went up, rent doubled,
    struggling with rent, can't make rent, short on rent, broke until payday, until payday, till
    payday, in the red, money stress, stressed about money, worried about money, money worries,
    tight this month, tight right now financially, costs at home, the raise I need, need the raise,
    need a raise for, raise for my mortgage, raise to cover, for my mortgage, for our mortgage, loan
    repayment*, loan payment*, repayments kicked in, student debt, car note, maxed out, my bank, my
    salary doesn't, salary doesn't stretch, can't save, cannot save, no savings, zero savings,
    savings are gone, borrow from my, borrowed from my, borrowing from my, from my parents to, lent
    me money, sell some stuff, pawn, payday loans, bnpl, buy-now-pay-later, second mortgage, tax
    bill I, surprise tax bill, huge tax bill, big tax bill, owe taxes, owe the irs, owe hmrc, living
    beyond my means, money's been a struggle, money has been a struggle, struggling financially,
    financial hardship, in collections, sent to collections, repo man, loan shark, can't make rent,
    credit score tanked, buy now pay later, klarna, afterpay, maxed out my cards, maxed out my
    credit, can't really afford, can't even afford, barely afford, afford anymore, cannot afford,
    can no longer afford, salary got cut, pay got cut, pay cut at home, we're tight, we are tight,
    wiped out my savings, wiped out our savings, home loan, our home loan, my home loan, mortgage
    application, our mortgage application, declined my card, card declined, card was declined, card
    got declined, card bounced, stretched thin paying, paying for my, paying for our, pay for my
    mum, pay for my mom, pay for my dad, tough month financially, living on credit card*, skint,
    hard up, short this month, expensive month, refinance, refinancing, remortgaging, interest rates
    on our mortgage, sending money home, send money home, remittance*, supporting my parents
    financially, helping my parents financially, support my family financially, owes me money, lent
    money, lend money, cut back on spending, cutting back on spending, penny-pinching, budgeting at
    home, car broke down, can't afford to fix, unexpected bill*, big bill, huge bill, vet fees,
    dental bill*, afford daycare, afford childcare, afford the rent, afford rent, afford my, afford
    our, afford repairs, afford to fix, can't pay for, couldn't pay for, car repairs, pay the bills,
    medical debt, freelance work on the side, work on the side, on the side to pay, money's tight,
    money is tight, money has been tight, money tight, tight at home, one income, single income, two
    incomes, down payment, deposit for a house, deposit on a house, saving up for, saving for a
    house, paycheck, pay cheque, payday, groceries, grocery bill*, my rent, our rent, the rent, rent
    went up, rent increase*, rent is due, raised the rent, my mortgage, our mortgage, the mortgage,
    mortgage payment*, remortgage, my landlord, our landlord, student loan*, car loan*, personal
    loan*, payday loan*, my loan, my loans, a loan, credit card debt, credit cards, on a credit
    card, on my credit card, my credit card, my credit score, my debt, our debt, in debt, debts,
    debt collector*, bankruptcy, overdraft, overdrawn, my savings, our savings, my pension, my 401k,
    my retirement, my investments, my stocks, my stock, my shares, my crypto, my bills, the bills,
    pay the bills, medical bills, vet bill*, utility bills, electricity bill, energy bills, heating
    bill, can barely cover, barely cover, can't cover, cover groceries, make ends meet, paycheck to
    paycheck, every dollar counts, every penny counts, every penny, tight budget at home, household
    budget, family budget, cost of living, living costs, can't afford rent, can't afford the,
    couldn't afford, can't afford to live, afford groceries, living off, living on one, side hustle,
    second job, extra income, inheritance, my finances, our finances, financial stress, financial
    trouble, financial problems, financial situation, money worries, money problems, money trouble,
    money issues, short on money, short on cash, cash-strapped, owe money, the irs, hmrc, tax bill,
    back taxes, my taxes, our taxes, my insurance, insurance premium*, premiums went up, school
    fees, tuition fees, my tuition, child support, alimony, sell my car, selling my car, selling our
    house, selling my house, pawned, pawn shop, food bank, food stamps, benefits claim*, universal
    credit, repossessed, repossession, foreclosure, evicted, eviction, late on rent, late fees,
    interest rate on my, need the money, need more money, need a raise to, underwater on, lost my
    savings, lost money on crypto, lost money on stocks, crypto losses, stock losses, gambling
    debt*, bailiffs,
    """,
    JOB_HUNT: """
    see myself here, see myself staying, see a future here, see my future here, my future here,
    should I stay,
    stay or move on, stay or jump, final round somewhere, last round somewhere, an offer
    somewhere, interviewing somewhere, looking at other roles, half looking, asked if
    I'd be interested in joining, asked me to apply, asked me to join them, wants me to join them,
    something new elsewhere, coffee chat with a company, coffee with a company, coffee chat at a
    startup, time to move on,
    looking at other jobs, looking at jobs, half looking, other jobs, interviewed
    at, interviewed with, an interview at, interview at, onsite with, recruiting me, linkedin has
    been busy, linkedin's been busy, linkedin is busy, linkedin blowing up, linkedin is blowing up,
    linkedin inbox, linkedin messages from, inmail*, recruiter pinged, recruiter pinging, recruiters
    pinging, recruiter pinged me, recruiter keeps, recruiter messaged, recruiter reached out,
    recruiters reached out, recruiter from, friend's startup, friend's company, join my friend, join
    a friend, for another company, for other companies, take-home for, take home for, my notice,
    give my notice, giving my notice, gave my notice, my two weeks, thinking about leaving, thinking
    of leaving, considering leaving, tempted to leave, tempted by the offer, tempted to take, other
    opportunities, open to opportunities, open to new opportunities, exploring opportunities, a new
    opportunity, an opportunity elsewhere, an opportunity at, offer letter from, their offer, the
    offer they, screening call with, a screening call, intro call with a, chat with a recruiter, my
    next move, next career move, what else is around, see what's out there, seeing what's out there,
    testing the market, test the market, testing the waters, on the market, back on the market,
    interviews next week, interview next week, an interview next, got the job, got a job at,
    accepted a job, accept the job, start the new job, new job at, start at their, counter-offer
    from, counter offer from, counter-offer here, counter-offer to stay, use it to get a counter,
    leverage the offer, use the offer, match the offer, match their offer, updating my cv, updating
    my resume, updating my linkedin, update my cv, update my resume, update my linkedin, cv just in
    case, resume just in case, recruit me, trying to recruit me, poach me, leaving tech, leave tech,
    quit tech, quitting tech, leaving the industry, leave the industry, leaving software, out of
    tech, sent over my cv, sent my cv, sent over my resume, sent my resume, my cv, my resume,
    quietly interviewing, might not be here much longer, won't be here long, not be here long, how
    long I'll stay, how much longer I'll stay, how much longer i stay, thinking of moving on,
    thinking about moving on, considering my options, weighing my options, exploring my options,
    explore other options, exploring other options, informational interview*, coffee chat with a
    recruiter, talent partner at, got referred to, referred me to a role, referral for a role at,
    career fair, switch careers, switching careers, career change, change careers, go back to
    school, going back to school, grad school, mba application*, apply for an mba, applying for an
    mba, going back to uni, retire early, retiring early, take a sabbatical, gap year, halfway out
    the door, out the door, one foot out, take-home due, for another job, another job, other job, my
    portfolio site, sending it around, sending my cv, sending my resume, join her company, join his
    company, join their company, starting my own thing, start my own thing, my own thing, my own
    company, my own business, a vc about, talking to vcs, raise money for my, stay or take, take the
    other offer, the other offer, other offer, stay or go, stay or leave, whether to stay, with a
    couple of companies, with a few companies, with some companies, with several companies, with two
    companies, with three companies, companies about, about senior roles, wants me to come back,
    want me to come back, asked me to come back, come back to my old, boomerang, last stage with,
    final stage with, final stages with, last round with, final round with, a scale-up, verbal
    offer, written offer, got an offer, got a job offer, got the offer, accepted an offer, accepting
    an offer, signed an offer, signed the offer, offer deadline, exploding offer, leetcode,
    interview prep, prepping for interviews, practicing for interviews, practising for interviews,
    brushing up for interviews, approached by, been approached, reached out about a role, reached
    out about a position, reached out with a role, role at another, dream job, something new
    outside, my last day, last day here, leaving here, leave here, leaving this place, get out of
    here, out of this place, entertaining offers, entertaining other offers, other offers, better
    offer, better-paying job, better paying job, pays more elsewhere, joining a startup, join a
    startup, leaving to join, courted by, being courted, courting me, wooing me, made me an offer,
    weighing up an offer, weighing an offer, considering an offer, an offer on the table, offer on
    the table, keeping my options open, keep my options open, move to a competitor, join a
    competitor, joining a competitor, go to a competitor, going to a competitor, leave for a
    competitor, work for a competitor, coding test for, coding challenge for, technical interview*,
    hiring process at, interviewing process at, what else is out there, else is out there, what's
    out there, out there for someone, take-home assignment*, take-home test*, take-home exercise*,
    take home assignment*, final round somewhere, final round at, final round with, final
    interview*, second interview*, first interview*, third interview*, second round, onsite at,
    on-site at, phone screen with, job interview*, job offer*, an offer from, offer from another,
    competing offer*, counter offer*, counteroffer*, recruiter from, recruiter at, call with a
    recruiter, calls with recruiters, recruiters reaching out, a recruiter called, headhunter*,
    headhunted, poached, poaching me, hire me away, trying to hire me, lure me away, wants me to
    join, want me to join, asked me to join their, join their startup, join as cto, join as a
    cofounder, my own startup, start my own, starting my own company, go freelance, going freelance,
    freelancing, contracting instead, exploring options outside, options outside, opportunities
    outside, opportunities elsewhere, roles elsewhere, jobs elsewhere, look elsewhere, looking
    elsewhere, greener pastures, job search, job hunt*, job hunting, job-hunting, job boards, job
    listings, job applications, job application, applied for a job, applying for jobs, applied for
    jobs, my resume, my résumé, my cv, updated my linkedin, open to work, notice period, hand in my
    notice, handing in my notice, put in my notice, two weeks notice, resignation, quit my job,
    leave the company, leaving the company, leaving this company, leave this job, moving on from
    here, my next job, a new role elsewhere, start interviewing, start looking, started
    interviewing, started looking, start applying, interviewing elsewhere, interviewing around,
    interviewing at, an interview on, an interview friday, an interview tomorrow, interview
    tomorrow, interviews lined up, had an interview, have an interview, got an interview, final
    round, hiring manager at, their hiring manager, background check for my new, joining date, start
    date at, signing bonus,
    """,
    POLITICS_RELIGION: """
    knocking doors, knock doors, councillor, councilor, council member, city councilman, umrah,
    going to mecca, trip to mecca, pilgrimage to, re-election, reelection, organizing a union,
    organising a union, unionize, unionise, union drive, inshallah, god willing, by god's grace,
    blessed to, my rights, human rights, civil rights, rights are under attack, new law banning,
    the opposition party, current events have me, the state of the world, the news has me, politics
    lately, political climate, the election has, election anxiety, campaigning for, canvassing for,
    climate candidates, climate activist*, climate march, climate strike, jummah, jumma, jumu'ah,
    friday prayer, pro-palestine, pro-palestinian, pro-israel, pro-choice, pro-life, anti-war,
    anti-abortion, anti-immigration, anti-government, anti-vax, anti-vaxxer, the administration,
    this administration, afd, snp, lib dems, libdems, ndp, bjp, likud, ukip, reform uk, populist,
    populism, nationalist, nationalism, authoritarian, dictator, dictatorship, regime, propaganda,
    gurdwara, puja, pooja, vaisakhi, suhoor, sehri, rosary, confession at, deacon, elder at my
    church, born again, born-again, bible camp, vacation bible school, my congregation, my parish,
    my church, my rabbi, my imam, my priest, my pastor, my minister, sunday school, youth group,
    the war in, ukraine war, war in ukraine, war in gaza, lgbtq, lgbt, trans rights, gay marriage,
    same-sex marriage, police brutality, blm, black lives matter, defund the police, voting rights,
    voter, voters, hijab, turban, yarmulke, kippah, easter service, christmas service, midnight
    mass, god's plan, pray for, religious holiday*, high holidays, holy day*, the sabbath,
    spiritual practice, my spiritual, bible verse*, church service*, sunday service*, mosque on,
    the democrats, the republicans, green party, libertarian party, party member, party membership,
    political party, member of the party, knocking on doors, knocked on doors, door knocking,
    supreme court, the mayor, mayor, corrupt politicians, the left has, the left is, the left are,
    the far left, the far right, the libs, lefties, right-wingers, the right has, the right are,
    city council, town hall meeting about, my senator, my congressman, my mp, democratic club,
    democratic party, republican party, democrats, republicans, democrat, republican, gop, tories,
    tory, labour party, conservative party, liberal party, liberals, conservatives, leftist*,
    right-wing, left-wing, far-right, far-left, maga, trump, biden, obama, kamala, harris
    administration, the president, prime minister, senator, congressman, congresswoman, congress,
    parliament, the senate, state senate, senate campaign, city council race, mayor race, mayoral,
    governor race, ballot, ballots, polling station, voted for, who people voted for, who I voted
    for, how people voted, election results, the election, last election, next election, midterms,
    midterm, referendum, brexit, immigration bill, immigration policy, immigrants, refugees, border
    wall, deportations, tax cuts, tax cut, the tax bill, abortion, pro-life, pro-choice, gun
    control, gun rights, second amendment, climate change denial, climate deniers, politicians,
    politician, my politics, ruin ruining the country, the country is, the government is, the
    government's, government should, protester*, the protest, a protest, the rally, a rally,
    rallies, the march downtown, picket line, activist, activism, feminist, feminism, socialism,
    socialist, communism, communist, capitalism is, fascism, fascist, palestinian, gaza, zionist,
    hamas, islam, islamic, muslim, muslims, christianity, catholic, catholics, jewish, judaism,
    hindu, hinduism, buddhist, buddhism, sikh, atheist, agnostic, mormon, evangelical, allah,
    prayers, friday prayers, prayer group, my faith, our faith, faith community, religion,
    religious, spiritual, spirituality, church, mosque, synagogue, temple on, my temple, parish,
    congregation, sermon, pastor, priest, rabbi, imam, bible, quran, koran, torah, scripture,
    confirmation class, getting confirmed, baptism, baptised, baptized, christening, communion, bar
    mitzvah, bat mitzvah, ramadan, eid, iftar, observing lent, for lent, diwali, passover, yom
    kippur, rosh hashanah, hanukkah, shabbat, sabbath, kosher, halal, fasting for, my fast, mass on
    sunday, sunday mass, go to mass, choir practice, church choir, bible study, missionary, mission
    trip, tithe, tithing, pilgrimage, hajj, meditation retreat, my guru, my beliefs, religious
    beliefs, political views, pride march, pride parade, union organizing, unionizing, unionising,
    """,
    LEGAL: """
    audited by the irs, irs audit, tax audit on my, got sued, get sued, wage garnishment,
    garnished, defendant, plaintiff, civil suit, suit against me, a suit against, criminal suit, my
    parole, ankle monitor, court-ordered, court ordered, mediation with my ex, our mediator, legal
    separation, prenup, breathalyzer, breathalyser, sobriety test, impounded, license revoked,
    licence revoked, expunge, expunged, pardon, criminal background, conviction, convicted, served
    time, did time, inmate, incarcerated, detention center, detention centre, border patrol, visa
    denied, visa rejected, visa was denied, out of status, status expired, overstay, lawyer fees,
    attorney fees, legal bills, legal costs, plead guilty, pleaded guilty, pled guilty, before a
    judge, in front of a judge, appear before, appearing before, driving without insurance, driving
    without a license, driving without a licence, caught driving, got caught, uninsured driving,
    driving uninsured, community service, speeding fine, fender bender, car accident, accident
    report, asylum, overstayed, undocumented, h-1b, h1b, green card interview, citizenship
    interview, citizenship test, naturalization, naturalisation, power of attorney, probate, estate
    lawyer, executor of, tenant dispute, employment tribunal, tribunal, class action, lawyer up,
    lawyered up, insurance claim after, court appearance*, court date, court hearing*, court case,
    in court, to court, traffic court, small claims, family court, taking me to court, take me to
    court, took me to court, my lawyer, hire a lawyer, legal fees, legal aid, legal trouble, legal
    battle, legal dispute, landlord dispute, dispute with my, suing me, sue me, sued me, being
    sued, getting sued, suing my, sued by, witness in, as a witness, called as a witness, testify,
    testifying, subpoena, subpoenaed, deposition, summons, police, the cops, cops, arrested,
    detained, custody battle, charged with, charges against me, criminal case, criminal charges,
    criminal record, misdemeanor, misdemeanour, felony, plea deal, probation officer, parole, bail,
    bail hearing, jail, prison, locked up, dui, dwi, drink driving, drunk driving, reckless
    driving, speeding ticket, ticket for speeding, ticket for reckless, ticket for running, parking
    ticket, parking citation, traffic ticket, traffic citation, a citation, lose lose lost my
    license, lost my licence, license suspended, licence suspended, my license, my licence, driving
    ban, points on my license, visa renewal, my visa, visa status, visa expires, visa issue*, work
    permit, green card, immigration lawyer, immigration case, immigration hearing, deported,
    deportation, restraining order, protective order, settlement with my, insurance fraud, fraud
    case, identity theft, stolen identity, scammed, got scammed, police report, report to the
    police, break-in, broken into, burglary, burgled, robbed, mugged, assaulted, harassment case,
    eviction hearing, divorce lawyer, custody hearing, custody case, notary for my, sentencing,
    """,
    SUBSTANCES: """
    a few too many, had a few too many, a couple too many, few too many, tried mushrooms, took
    mushrooms, on mushrooms, did mushrooms, microdosed, on the lash, sesh, legless, tanked last
    night, merry last night, a nightcap, nightcaps, bottle a night, wine every night, drink every
    night, drinks every night, got lit, getting lit, so lit last night, in recovery and, go to
    meetings three, sponsor at aa, my sponsor says, twelve steps, 12 steps, 12-step, drinking on
    the job, high at work, drunk at work, spliff, toke, dispensary, pre-roll, wine night, boozy
    brunch, bottomless brunch, beer garden, bar hopping, jagerbomb*, keg, rave, raving, coming
    down, comedown, come down from, tripping on, tripped on, k hole, a bump of, line of coke, lines
    of coke, snorted, snorting, overdosed, od'd, detox, detoxing, methadone, suboxone, naloxone,
    narcan, drinking buddy, drinking buddies, liquid lunch, day drinking, day-drinking, something
    to help me sleep, pills to help me sleep, taking something to sleep, a few drinks, a couple of
    drinks, couple of beers, few beers, a few beers, wine o'clock, dry january, sober curious,
    psilocybin, ayahuasca, microdosing, vape pen, weed pen, thc pen, dabs, blazed, faded, sleeping
    tablets, nyquil to sleep, benadryl to sleep, nicotine pouches, zyn, snus, chewing tobacco,
    tobacco, one too many, too many last night, had too many, hitting the bottle, hit the bottle,
    the bottle hard, drinking heavily, heavy drinking, beer, beers, pints, a pint, wine, bottle of
    wine, glass of wine, glasses of wine, margarita, margaritas, cocktail, cocktails, vodka,
    whiskey, whisky, tequila, shots of, doing shots, tequila shots, booze, boozy, liquor, alcohol,
    alcoholic, drinking, drank, drunk, tipsy, buzzed, hungover, hung over, hangover, sloshed,
    bender, binge drinking, blacked out, weed, marijuana, cannabis, edible, edibles, gummies, thc,
    cbd, blunt, bong, stoned, cocaine, mdma, ecstasy, lsd, shrooms, psychedelics, ketamine, heroin,
    meth, opioids, opiates, fentanyl, xanax, valium, ambien, benzos, adderall, ritalin,
    painkillers, sleeping pills, sleeping pill, pills to sleep, pills to focus, vape, vaping,
    vapes, cigarettes, cigarette, cigs, nicotine, nicotine gum, quit smoking, quit drinking, quit
    vaping, stopped drinking, sobriety, relapse, relapsed, rehab, aa meeting*, alcoholics
    anonymous, na meeting*, days clean, weeks clean, months clean, years clean, clean and sober,
    staying clean, using again, my dealer, overdose, drinks last night, went out drinking, out
    drinking, pub crawl, bar crawl, happy hour got, too many drinks, too much to drink, too many
    beers, open bar, wrecked after, wrecked from the party, a big night, big night out, partying,
    partied, party last night, rough morning after, still recovering from the party, recovering
    from the party,
    """,
}

WEAK: dict[str, str] = {
    HEALTH: """
    antibiotic, allergy, car accident, fender bender, sick, ill, unwell, out sick, off sick,
    appointment*, hospital, clinic, doctor, therapy, recovering, recovery, injury, pain, sore,
    aching, ache, glasses, diet, medicine, results back, biopsy, health, cough, coughing, tired all
    the time, crying, cried, tears, anxiety, depressed, depression, overwhelmed at home, burnout,
    sleeping, sleep, insomnia, waiting list, intolerant, allergic, flaring, flared, pregnant,
    check-up, checkup, bloods, vaccine, vaccination, jab, booster, surgery, medical, meds, pills,
    pill, painkillers, scan, scans, infection, virus, headache, exhausting treatment, quit smoking,
    """,
    FAMILY: """
    maternity, paternity, parental leave, shared parental leave, mat leave, pat leave, mom, mum,
    mother, dad, father, parents, parent, son, daughter, kid, kids, child, children, baby, sister,
    brother, sibling, family, partner, aunt, uncle, cousin, wedding, dating, moving house, moving
    cities, house move, dog, cat, puppy, kitten, pet, vet, twins, household, grandmother,
    grandfather, pregnant, nursery, teacher, separated, separating, separation, engaged, broke up,
    split up, breakup, anniversary, adoption, adopting, my ex, relationship with my, home life,
    """,
    MONEY: """
    picked up weekend shifts, picking up weekend shifts, picked up extra shifts, picking up extra
    shifts, extra shifts, evening shifts at, weekend shifts at, night shifts at, money, rent,
    mortgage, loan, loans, debt, debts, bills, savings, salary doesn't cover, salary
    isn't enough, credit card, crypto, taxes, insurance, landlord, income, cash, overdraft,
    finances, financial, pension, retirement, car payment*, groceries, payday, broke, strapped,
    tight at home, owe, sold my stock, sold my car, sold my house, selling my car, selling my
    house, selling our house,
    """,
    JOB_HUNT: """
    looking around, an onsite, onsite interview*, flying out for an, interview, interviews,
    interviewing, recruiter, recruiters, final round, linkedin, cv, take-home, quit, resign,
    resigning, resignation, look elsewhere, looking elsewhere, other companies, another company,
    somewhere else, other places, next job, new job, job market, leaving for, my linkedin,
    """,
    POLITICS_RELIGION: """
    vote, voted, voting, election, elections, campaigning, senate, immigration, government,
    protest, protests, protesting, rally, faith, god, church, temple, fasting, prayer, pray,
    prayed, praying, political, politically, the country, this country, woke, israel, palestine,
    christian, jesus, lent,
    """,
    LEGAL: """
    =court, =courts, sue, sued, suing, lawsuit, police, citation, visa, fined, lawyer, lawyers,
    attorney, solicitor, custody, jury, my license, my licence, verdict,
    """,
    SUBSTANCES: """
    sober, drinks, pub, wrecked, pills, pill, smoke, smoking, pot, gin, wasted, hammered, smashed,
    cravings, withdrawal, night out, coke,
    """,
}

# Words that make a clause about work; with one of these, "we/our/us" is not a private signal
# and weak matches right before one are vetoed ("the prayer times feature").
WORK_NOUNS = set(
    _entries(
        """
    traffic, spike, spikes, load, forecast, forecasting, podcast, podcasts, blog, article, webinar,
    approach, approaches, step, steps, mode, modes, profile, profiles, section, sections,
    detection, monitor, monitoring, hire, hires, new hire, quality, chart, charts, graph, graphs,
    subscription, subscriptions, effort, efforts, qa, aws, gcp, azure, lambda, outage, failover,
    postmortem, rollback, backup, backups, downtime, suite, paperwork for our, sponsorship,
    sponsor, erg, network, hackathon, conference, webinar, demo, management, software, legal, dpa,
    audit, audits, logs, log, gpu, gpus, provider, providers, office, offices, decline, contractor,
    contractors, agency, agencies, saas, enterprise, feature, features, app, apps, application,
    client, clients, customer, customers, page, pages, service, services, api, apis, dashboard,
    dashboards, product, products, team, teams, data, dataset, integration, integrations, job,
    jobs, pipeline, pipelines, flow, flows, module, modules, system, systems, platform, vendor,
    vendors, endpoint, endpoints, table, tables, report, reports, project, projects, calculator,
    scheduling, booking, checker, ingestion, records, tool, tools, widget, widgets, field, fields,
    form, forms, schema, model, models, sdk, plugin, bot, portal, site, website, database, db,
    query, queries, metric, metrics, doc, docs, spec, specs, template, templates, vertical,
    segment, market, partner, partners, account, accounts, sprint, sprints, release, releases,
    deploy, deployment, roadmap, backlog, ticket, tickets, epic, epics, pr, prs, repo, codebase,
    code, bug, bugs, test, tests, build, builds, cluster, server, servers, prod, production,
    staging, migration, launch, deadline, deadlines, okr, okrs, kpi, kpis, contract, contracts,
    stakeholder, stakeholders, roadmap, users, user, engineer, engineers, engineering, org,
    department, company's, quarter, q1, q2, q3, q4, offsite, rfc, design, architecture, latency,
    uptime, outage, incident, incidents, on-call, oncall, headcount, hiring, candidate, candidates,
    rubric, panel, interviewer, interviewers, onboarding, reorg, layoffs, stack, framework,
    library, feed, vendor's, sla, slas, revenue, budget, budgets, cost, costs, pricing, invoice,
    invoices, billing, payments, payment, checkout, campaign, campaigns, marketing, sales, funnel,
    conversion, churn, workflow, workflows, process, processes, infra, infrastructure, terraform,
    kubernetes, calendar, engine, screen, screens, component, components, ui, ux, microservice,
    microservices, library, backend, frontend, lib, cli, script, scripts, notebook, experiment,
    experiments, prototype, poc, demo, guild, chapter, council, committee, review, reviews, retro,
    standup, stand-up, meeting, meetings, 1:1, exec, execs, leadership, vp, cto, ceo, roadmap,
    strategy, proposal, plan,
    """
    )
)

# Work collocations that veto any match they overlap (token sequences after normalisation).
GUARDS = _entries(
    """
    interviewing two people, interviewing three people, interviewing four people, interviewing
    five people, interviewing a few people, interviewing some people, interviewing someone,
    interviewing a candidate, interviewing two candidates, interviewing three candidates,
    resign the, resign our, resign all, resign it, resign them, resign those, re-sign, notice
    about, notice to the team about, broke on time, broke on bandwidth, broke on capacity, broke
    the build, broke prod, broke the, broke staging, counter-offer from the vendor, counteroffer
    from the vendor, counter-offer from the customer, counteroffer from the customer,
    startup partner*, launch partner*, design partner*, our startup partner, like a second job,
    like a full-time job, like a second full-time job, basically a second job,
    practically a second job, is a second job, a second job in itself, second hat, two hats, what
    else is out there in terms of, what else is out there for, what's out there for, out there in
    terms of, in terms of vendors, other vendors, vendors out there, tools out there, options out
    there, the market for, market research, on the market today, the offer page, the offer flow,
    offer flow, offer api, offer service, offer letter for, offer letters for, offer to the, offer
    to our, offer for the, counteroffer for the, counter-offer for the, counter offer for the,
    candidate wants, candidate asked, give notice to, notice to customers, notice to
    users, deprecation notice, notice period for the, notice of, quit the app, the linkedin page,
    our linkedin, company linkedin, on linkedin for the, post the role, post it on linkedin,
    linkedin ads, linkedin campaign, linkedin integration, job failed, job is failing, job runs, the
    job runs, nightly job, rerun the job, job queue, sober look, sober assessment, sober view, a
    sober, hangover from, the hangover of, reorg hangover, election of, leader election, master
    election, elect a leader, political capital, office politics, org politics, the politics of,
    kill the, kill it, kill this, kill that, killed the, killing the, kill switch, kill -9,
    sandbox vs jail, jail vs, chroot jail, bsd jail, jails for, jail for running, jailbreak*, jail
    mode, debt in the, debt in our, tech debt, technical debt, design debt, debt backlog, pay down
    the debt, paying down debt in, debt collection client, debt collection app, debt collection
    feature, dunning, budget is tight for, budget for the, budget for contractors, can't afford
    another, cannot afford another, afford to slip, afford to miss, afford a delay, afford to lose
    the, afford the risk, afford downtime, afford an outage, afford another slipped, cost of the,
    costs of the, cost of our, paying too much for, pay too much for, rent-a-car, rent a car,
    rental car, mortgage-style, loan-origination, payday release, payday cadence, salary bands,
    salary band, pay bands, comp bands, compensation bands, child process, child processes, child
    task*, child ticket*, child node*, parent ticket*, parent task*, parent node*, parent process,
    orphaned services, orphan process*, zombie process*, master branch, addicted to retries, high
    on the new, high on our, dying under load, dies under load, sick build, the build is sick,
    health check, rehab plan, rehab the, rehabilitate the, rehabilitating the, post-mortem, post
    mortem, harsh feedback, baby monitor, beer kegs, kegs for, keg tracking, brewery client,
    dispensary client, dispensary pos, pharmacy app, drug interactions, drug interaction, patient
    portal, patient-portal, divorce-settlement, settlement calculator, spouses and dependents,
    dependents and spouses, burn through, burned through, burnt through, burning through the error,
    error budget, the team is burnt, team is burnt, burnt on-call, burned out on on-call,
    my options for, options for, cost breakdown, breakdown of, flu shot*, flu jab*, flu vaccine*,
    flu season, covid policy, covid rules, health check*, health checks, healthcheck*, health
    score*, health metrics, health endpoint*, health dashboard*, service health, system health,
    cluster health, pipeline health, codebase health, team health, account health, customer health,
    project health, product family, family of, family sharing, font family, mental model*, sick
    build*, sick of, sick and tired, kill the job, kill the zombie, kill the process, parent
    company, parent companies, parent/child, parent ticket*, parent task*, parent epic, child
    ticket*, child task*, child tickets, child process*, child node*, child element*, children's
    education, divorce the, divorce these, tech debt, technical debt, design debt, debt ceiling,
    the team's budget, team budget, budget for the, budget for our, conference budget, offsite
    budget, cloud budget, error budget*, latency budget, performance budget, legal review, legal
    team, legal says, legal needs, legal approved, legal sign-off, the legal, interview loop*,
    interview panel*, interview rubric*, interview process, interview question*, interview slot*,
    interview feedback, interviewer, interviewing candidates, interviewing people, interview
    candidates, interviews for the, interviews for our, interviews to run, offer letter*, offer for
    the candidate, offer to the candidate, offer to a candidate, the candidate, a candidate, our
    candidate, election of, leader election, raft election, elect a leader, vote on, voting on,
    vote for the rfc, vote on the, upvote*, downvote*, hangover from, sober up about, sobering,
    prayer times, drinking from the firehose, smoke test*, smoke testing, smoke tests, high
    priority, high risk, high level, high-level, highly, high availability, high traffic, high
    load, high latency, high bar, the bar, progress bar, raising the bar, raise the bar, bar
    chart*, pot of, clean up, clean code, clean architecture, clean slate, clean build, clean-up,
    cleanup, clean install, clean data, clean the, clean it, clean and, squeaky clean, come clean
    on the, clean desk, is clean, are clean, using the, used the, using our, using a, using an,
    pain points, pain point, growing pains, a pain, the pain, pain in the, pain of, headache for, a
    headache, the headache, real headache, is a headache, fever pitch, cold start*, cold storage,
    cold cache, cold call*, cold outreach, cold email*, hot fix, hotfix, dead link*, crash, code
    freeze, freeze, in the ballpark, bleeding customers, bleeding edge, cutting edge, operation on
    the, operations, operational, op-ed, surgery on the, surgical, brain surgery, open heart
    surgery on, stress test*, stress testing, load test*, test results for the, test results from
    the, scan the, scan of the, scanning, security scan*, vulnerability scan*, code scan*, scan
    results from the, virus scan*, malware, vaccine client, recovery plan, disaster recovery,
    recovery time, recovering from the outage, recovering from the incident, recovery from the,
    recovering from the, data recovery, account recovery, password recovery, the team is burning
    out, team is burning out, team's burning out, team is burnt out, team is burned out, team
    burnout, burnout on the team, burnout across, team burning out, everyone is burning out, people
    are burning out, folks are burning out, engineers are burning, burning out the team, burn out
    the team, burning through, the team is exhausted, team is exhausted, everyone is exhausted,
    team is tired, on-call is exhausting, team's morale, morale is low, the team's morale, team
    morale, is a mess, the backlog is a mess, drunk-walk, drunk walk, drinking the kool-aid,
    kool-aid, party of, third party, third-party, 3rd party, party app*, the other party, political
    capital, office politics, org politics, company politics, team politics, internal politics,
    campaign launches, marketing campaign*, ad campaign*, email campaign*, sales campaign*,
    campaign for the launch, rally the team, rallying the team, rally around, rally behind, stock
    rallied, in march, by march, march deadline, march release, march launch, since march, end of
    march, early march, mid-march, in mid march, late march, march 1, march 15, march 31, fast
    track, fast-track, fast follow, fast-follow, fast enough, fast as, fast and, fast build*, too
    fast, so fast, very fast, fast path, fast feedback, ramping up fast, ramp up fast, pretty fast,
    moving fast, move fast, fast iteration, fast lane, fast turnaround, go fast, holiday calendar,
    holiday schedule, holiday season, holiday sale, holiday traffic, holiday freeze, holiday code
    freeze, holiday rota, bank holiday, public holiday, holiday cover, law firm*, the law of, law
    of, by law, case study, case studies, use case*, edge case*, test case*, in case, in any case,
    base case, worst case, best case, business case, just in case, the case, this case, that case,
    case for, case that, lower case, upper case, camel case, case-by-case, case by case, support
    case*, the ticket, a ticket, my ticket, ticket for the, tickets for the, jira ticket*, support
    ticket*, conference ticket*, license key*, license for the, licence for the, license cost*,
    licenses for, license renewal for, software license*, open source license, mit license, apache
    license, seat license*, record time, track record, on record, for the record, record the,
    recording, off the record, record of the, court records, claim the, claim it, claiming the,
    claim ticket*, expense claim*, trial period, free trial, trial run, trial and error, a/b trial,
    clinical trial*, hearing from, hearing back, hearing about, heard back, fine-tune*, fine tune*,
    fine-tuning, fine tuning, it's fine, is fine, that's fine, are fine, fine with, i'm fine, fine
    by me, works fine, fine for, looks fine, seems fine, be fine, just fine, fine grained,
    fine-grained, a fine line, fine print, settlement files, settlement report*, payment
    settlement, settlement service, settlement batch, settlement flow, dispute flow, disputes flow,
    chargeback dispute*, dispute resolution for, customer dispute*, sue the vendor, suing the
    vendor, witness statement service, the witness, god object, god class, god mode, god-object,
    god-class, mass email, mass update*, mass migration, mass delete, mass rename, critical mass,
    temple run, temple os, values for, the values, default values, value, values of the, our
    values, company values, core values, team values, left over, leftover, left off, left the, left
    a, left to, left it, right now, right away, all right, alright, right thing, right call, the
    right, right-size, right size, right track, right direction, you're right, was right, is right,
    right?, policy doc, policy team, data policy, retention policy, security policy, policy review,
    the bill, bill of materials, billing, bill run, bill pay feature, tax engine, tax service, tax
    calculation, tax module, tax rules, tax logic, sales tax, vat, tax team, tax report*, tax api,
    tax code, tax field, pay run, pay rate for, tight deadline*, tight timeline*, tight schedule,
    tight on time, timeline is tight, deadline is tight, schedule is tight, tight coupling,
    tightly, tight loop, tight feedback, sit tight, tight for the, budget is tight, budget's tight,
    budgets are tight, headcount is tight, capacity is tight, expensive query, expensive queries,
    expensive call*, expensive operation*, expensive to run, expensive to maintain, expensive to
    build, costs money, lose money on the deal, lost money on the deal, money on the deal, the
    money for the, money for the, spend money on, save money on, make money, makes money, money
    from the, cash flow, cashflow, cash register, cache, price list, price change*, price increase
    for, prices for the, pricing, credit card processing, credit card form, credit card field,
    credit card flow, credit card validation, credit card payments, credit card checkout, stock
    price, stock options, stock level*, stock count, in stock, out of stock, shares the, shares a,
    share the, shares our, market share, insurance client, insurance flow, insurance product,
    insurance api, insurance portal, mortgage calculator, mortgage client, mortgage product, loan
    origination, loan product, loan app, loan application*, retirement of the, retire the, retiring
    the, home page, homepage, home screen, home office, work from home, working from home, wfh, at
    home in the, home directory, home dir, home feed, home tab, app home, go home, went home, home
    base, back home from the, family tree, date picker, date range, due date, date field, target
    date, launch date, release date, end date, start date, up to date, out of date, to date, dates,
    update, split the work, split the, split it, split into, split brain, split test*, split
    between, a/b split, code split*, ex-colleague, ex-coworker, ex-employer, ex-manager, ex-team,
    partner team*, partner org*, partner api*, partner integration*, partner company, partner
    companies, partner portal, partner program, partners with, partnering with, partner on, partner
    with, child's play, school of thought, old school, old-school, school project for our, baby
    steps, babysit the, babysitting the deploy, babysitting the, pet project*, pet peeve*, dog
    food*, dogfood*, dogfooding, cat /, cat the, sister team*, sister company, sister org, sister
    product, sister service, brother team, mother ship, mothership, father of, grandfathered,
    grandfather clause, orphaned, orphan records, sibling team*, sibling service*, cousin team,
    wedding registry app, wedding app, offer to help, offered to help, offer help, offer feedback,
    offer support, offers to, job queue*, job runner*, job scheduler, cron job*, batch job*, the
    job, a job well done, great job, good job, job titles for the, job description*, job posting*,
    job spec*, job ladder, job level*, job family, job board for the, job board for our, leave it,
    leave the, leave a, leave comments, leave feedback, leave room, leave policy, leaving the
    meeting, leaving a comment, quit the, quit vim, notice that, notice the, notice it, noticed,
    short notice, take notice, opportunity sizing, sales opportunity, sales opportunities,
    opportunity in the, opportunities for the, options for the, options for our, options for a,
    option for the, stock options, options menu, config options, startup time, startup script, on
    startup, at startup, startup latency, startup cost, cold startup, application form, application
    logs, the application, our application, web application, mobile application, application
    server, application layer, apply the, applying the, applied the, applied to the, applied to
    our, applied to all, applying to the, applying to our, applied to this, applied it, apply it,
    resume the, resume work, resume it, resumed, resuming, portfolio review, portfolio of projects,
    project portfolio, product portfolio, move on to, moving on to, moving on with the, company
    offsite, company all-hands, company goals, company strategy, company-wide, other teams, another
    team, elsewhere in the, elsewhere in our, elsewhere on, from elsewhere in, somewhere in the,
    somewhere in our, the offer, offer page, offer engine, offers feature, special offers, offers
    api, recruiter asked, the recruiter, our recruiter, recruiting team, with recruiting, panel
    for, shots of the, screenshots, screen shots, glass box, glassdoor reviews of our, bottleneck,
    bottlenecks, drink the, party planning for the team, team party, holiday party planning, the
    bar is, bar is high, bar for, high bar, pub/sub, pubsub, pub sub, publish, clean room, using
    it, use case, drinks with the team, team drinks, drinks for the team, drinks budget, offsite
    drinks, joint venture, joint effort, joint project, jointly, joint call, joint review, joint
    planning, high on the list, high on my list, high up, smoke and mirrors, smoke screen, where
    there's smoke, smoking gun, up in smoke, separation of, separated by, separated from the,
    separating the, separate the, married to the, married to this, married to that, married to our,
    split up the, split up work, split up into, broke up the, breakup of, break up the, work
    anniversary, woke up, pray that, pray it, pray the, pray this, praying that, praying it,
    praying the, praying this, thank god, oh god, god knows, oh my god, omg, leap of faith, good
    faith, bad faith, faith in the, faith in our, bail on, bail out, bailed on, vet the, vet our,
    vet this, vetting, drink coffee, drinking coffee, drink tea, drinking tea, drinking water,
    drink water, team beer*, beers with the team, drinks with the team, recovering the, recover
    the, sleep on it, sleeping on it, slept on it, adoption of, adopt the, adopting the, adoption
    rate, tool adoption, feature adoption, high on, engaged with, engaged the, engaged in the,
    engaged in our, engagement metrics, user engagement, customer engagement, quit the, quit vim,
    license for, resign myself, owe you, owe the, sober up, a pub quiz, pub quiz, the country
    manager, country manager, country lead, across the country, country launch, in this country we,
    government client*, government contract*, government agency, government agencies, government
    sector, government customer*, government tender, government work, government deal, temple of,
    vote of confidence, vote of no confidence, dry run, the interviews for, interviews this week
    for, my interviews for, exit interview*, user interview*, customer interview*, stakeholder
    interview*, interview the users, interview users, interviewing users, interviewing customers,
    interview customers, final round of the, final round of review, final round of testing, final
    round of feedback, tears down, tear down, teardown, sick of it, sick days policy, pill button,
    pill component, pills component, cat command, dog days, top dog, underdog, watchdog, datadog,
    cash out, cash in, cashing in, interest in, god-tier, sleep mode, sleep timer, sleep(, health
    of the, health of our, healthy, unhealthy, drinks fridge, drinks on friday for, pot of money,
    jackpot, potluck, pot luck, witness the, bear witness, chain of custody, court of appeal,
    full-court, full court press, ball is in your court, ball's in your court, in their court, in
    our court, in my court, in your court, lawsuit tracker, drinking a lot of coffee, drinking lots
    of coffee, drinking too much coffee, drinking more coffee, drinking more water, drinking so
    much coffee, burned out the, burnt out the, burning out the, appointments with, appointment
    with, baby step*, is my baby, my baby project, marriage of, church of, arrest the, arrest our,
    arrest this, arresting the, church management, bankrupt the,
    """
)

# A person: role nouns (after normalisation) and a name heuristic (see _is_name).
_ROLES = set(
    _entries(
        """
    manager, boss, pm, lead, vp, director, colleague, coworker, co-worker, teammate, peer, intern,
    cto, ceo, cfo, coo, em, architect, designer, supervisor, x3, guy, woman, lady, analyst,
    engineer, contractor, tl, head, skip-level, skip, founder, exec,
    """
    )
)
_NOT_NAMES = set(
    _entries(
        """
    the, this, that, these, those, it, its, he, she, they, we, i, you, our, my, your, their, his,
    her, there, here, what, which, who, when, where, why, how, if, and, but, so, also, honestly,
    frankly, basically, apparently, everyone, everybody, nobody, nothing, someone, somebody,
    anyone, between, can, could, should, would, will, may, might, must, do, does, did, is, are,
    was, were, has, have, had, let, lets, let's, please, thanks, thank, sorry, hi, hey, ok, okay,
    yes, no, not, just, still, also, maybe, perhaps, today, tomorrow, yesterday, monday, tuesday,
    wednesday, thursday, friday, saturday, sunday, january, february, march, april, may, june,
    july, august, september, october, november, december, jira, jenkins, slack, confluence,
    terraform, kubernetes, docker, python, java, go, rust, prod, staging, sales, marketing, legal,
    finance, engineering, product, design, support, ops, infra, security, platform, data, mobile,
    android, ios, windows, linux, excel, zoom, teams, outlook, gmail, management, leadership,
    legacy, onboarding, hiring, planning, testing, deploy, github, gitlab, aws, gcp, azure, qa,
    api, ci, cd, sre, hr, it, ux, ui, okr, q1, q2, q3, q4, team, our, overall, again, after,
    before, since, during, because, although, though, while, once, then, now, also, even, only,
    really, actually, generally, usually, sometimes, often, always, never, in, on, at, for, with,
    from, to, of, by, as, about, a, an, some, any, all, each, every, both, either, neither, one,
    two, three, new, old, last, next, first, second, third, big, small, good, great, bad, feedback,
    quick, heads, fyi, fwiw, re, update, status, note, question, idea, plan,
    """
    )
)
# Common first names, for notes typed in lower case ("mike takes credit for everything"). Names
# that are also ordinary words (will, mark, bill, may, grace, jack, max, pat, sue...) are left out.
FIRST_NAMES = set(
    _entries(
        """
    aaron, abby, abdul, adam, adrian, ahmed, aidan, aisha, alan, alex, alexa, alice, alicia, ali,
    alison, amanda, amir, amy, ana, andrea, andrew, andy, angela, anita, anna, anne, anthony, anya,
    arjun, ashley, ben, beth, brad, brandon, brian, bruce, caleb, carl, carlos, carol, caroline,
    catherine, charlie, chen, chloe, chris, christina, claire, colin, connor, craig, dan, dana,
    daniel, danny, dave, david, deepak, derek, diana, diego, dmitri, dylan, ed, eddie, elena, eli,
    elizabeth, ella, emily, emma, eric, erin, ethan, fatima, felix, fiona, frank, gary, george,
    greg, hannah, harry, heather, helen, hugo, ian, irene, isaac, ivan, jake, james, jamie, jane,
    jason, jeff, jen, jenny, jennifer, jeremy, jess, jessica, jim, joe, john, jon, jonathan,
    jordan, jose, josh, julia, julie, justin, karen, kate, katie, kelly, ken, kevin, kim, kyle,
    laura, lauren, leo, liam, linda, lisa, lucas, lucy, luis, luke, maria, marco, marcus, maria,
    mary, matt, matthew, megan, mehmet, mia, michael, michelle, miguel, mike, mohammed, monica,
    nadia, nancy, natalie, nathan, neha, nick, nicole, nina, noah, oliver, olivia, omar, owen,
    paul, peter, phil, priya, rachel, rahul, raj, ravi, rebecca, richard, rob, robert, ryan, sam,
    samantha, sandra, sara, sarah, scott, sean, sergei, simon, sofia, sophie, stephanie, steve,
    steven, susan, tanya, tim, tom, tommy, tony, tyler, vikram, wei, yusuf, zoe, zach,
    """
    )
)


_NAME_FOLLOWERS = set(
    _entries(
        """
    been, being, getting, gets, is, was, has, had, keeps, kept, never, always, just, really,
    totally, constantly, seems, seemed, acts, acted, did, does, doesn't, didn't, won't, can't,
    cannot, plays, played, takes, took, talks, talked, only, basically, literally, honestly, still,
    barely, refuses, refused, ignores, ignored, treats, treated, yells, yelled, shouts, screams,
    makes, made, gets, got, will, would, could, should, can, goes, went, puts, put, throws, threw,
    steals, stole, blames, blamed, lies, lied, hogs, spends, sits, shows, thinks, clearly,
    obviously, x3, and, who, from, in, on,
    """
    )
)

JUDGEMENTS = _entries(
    """
    is pregnant and not telling, is secretly pregnant, being pushed out, pushed out, being managed
    out, had a fight, had a huge fight, had a big fight, had a blow-up, had a blowup, are fighting,
    fell out, falling out, dumping X3 tickets, dumps X3 tickets, dumped X3 tickets, dumping X3
    tasks, dumps X3 tasks, dumping X3 work on me, dumping stuff on me, dumps stuff on me, never
    answers, never answer*, nobody says anything, gets away with it, always gets away, never helps,
    jerk, a jerk, total jerk, a prick, a dick, pain in the ass, pain in the neck, are dating, is
    dating, been dating, seeing each other, are together, is sleeping with, are sleeping together,
    hooking up with, getting fired, gonna get fired, going to get fired, about to be fired, getting
    sacked, about to get sacked, got fired, got sacked, on a pip, getting a pip, drives me nuts,
    drives me crazy, drives me mad, drives me up the wall, gets on my nerves, gets under my skin,
    gives me the creeps, is the worst, the worst, so fake, trashes, trashes people, trash-talks,
    takes all the credit, takes credit for, steals my ideas, stole my idea, stealing my ideas, never
    pulls weight, never pulls X3 weight, doesn't pull weight, pulls no weight, never does anything,
    doesn't do anything, does nothing all day, does the bare minimum, bare minimum, shows up late,
    always shows up late, late every day, leaves early, clock-watcher, clock watcher, freeloader,
    slacker, a snake, such a snake, suck-up, brown-noser, a drama queen, dumps everything on me,
    blames me, blames everyone, always blames, never admits, throws people under the bus, annoying,
    so annoying, can't be bothered, useless at, hopeless at, terrible at, awful at, no clue,
    clueless, a moron, an idiot, idiot, a bully, creep, gossips, gossiping, two-faced, fake, talks
    down to, talking down to, talked down to, no idea how anything, no idea how things, has no idea
    how, no clue how anything, lied about, lied to, lies about, been slacking, never shows up to,
    always on X3 phone, takes long lunches, naps at, sleeps at X3 desk, works another job,
    moonlighting, plays games all day, watches netflix, online shopping all day, badmouths,
    badmouthing, complains about everyone, talks shit, talking shit, snitch, snitched, tattled,
    ratted, ratted me out, went to hr about me, having an affair, sleeping around, hooked up with,
    made a pass, threw up at the party, embarrassed X3self, made a fool of, drunk at the party,
    hungover at work, always hungover, to get X3 way, get X3 way, gets X3 way, cries in every, cries
    to get, dumps X3 work, dumping X3 work, dumped X3 work, leaving early every, leaves early,
    leaving early, skives, skiving, drinking on the job, drunk on the job, high on the job, doesn't
    deserve, unprofessional, inappropriate, abrasive, smug, entitled, spoiled, careless,
    self-centered, self-centred, self-absorbed, egotistical, narcissistic, manipulative, sneaky,
    unpleasant, miserable, grumpy, a pushover, spineless, a coward, cowardly, greedy, a hypocrite,
    hypocritical, a gossip, a loudmouth, a show-off, show-off, a weirdo, a freak, unstable, a
    psycho, clingy, useless at, lazy and, incompetent and, going over my head, goes over my head,
    went over my head, go over my head, over my head to, hits on, flirts, flirting, sleazy, cringe,
    full of crap, full of it, bullshit, doesn't know anything, plays the victim, blames everyone,
    blames others, never listens, steamrolls, pads X3 hours, fakes, faking, lies about, drunk at,
    always drunk, is a drunk, drinks too much, strange vibe, rude, never helps, does the bare
    minimum, useless manager, awful manager, bad manager, terrible manager, laziest, worst person,
    most useless, most annoying, most incompetent, spends all day on, on X3 phone all day, all day
    on X3 phone, about to get fired, going to be fired, going to get fired, getting fired, got
    fired, get fired, gets fired, know-it-all, nobody likes, no one likes, everyone hates, nobody
    respects, no one respects, behind people backs, behind people back, behind everyone back, behind
    our backs, goes behind, covers for X3, cover for X3, everyone covers for, corrupt, a total mess,
    is a mess, condescending, useless, incompetent, lazy, clueless, arrogant, rude, terrible
    listener, bad listener, awful listener, talks over*, talk over*, talked over*, talking over*, no
    idea what X3 doing, no idea what X3 is doing, no clue what X3, has no clue, hasn't a clue,
    doesn't know what X3, doesn't have a clue, plays favorites, plays favourites, playing favorites,
    playing favourites, favoritism, favouritism, has favorites, pets, phoning it in, phones it in,
    slacking, slacks off, slacking off, coasting, checked out, never pulls, doesn't pull, never
    pull, not pulling, pull X3 weight, pulls X3 weight, takes credit, taking credit, took credit,
    steals credit, stole credit, stealing credit, credit for my work, credit for our work, only
    there because, only got, only here because, only promoted because, friends with the vp, friends
    with the boss, kisses up, sucks up, sucking up, brown-nose*, brown nose*, suck-up, kiss-ass,
    teacher's pet, toxic, passive-aggressive, passive aggressive, micromanage*, micromanager, shady,
    sketchy, dishonest, liar, lies, lying, lied to, two-faced, backstab*, back-stab*, can't be
    trusted, untrustworthy, unreliable, doesn't care, don't care, couldn't care less, full of
    X3self, full of himself, full of herself, a joke, a nightmare, nightmare to work with, the
    worst, worst manager, worst lead, awful to work with, terrible to work with, impossible to work
    with, hard to work with, difficult to work with, bully, bullies, bullying, bullied, yells,
    yelled, screams, screamed, shouts at, shouted at, creepy, creep, weird vibe*, annoying,
    irritating, insufferable, unbearable, obnoxious, out of X3 depth, in over X3 head, can't code,
    can't write, can't do X3 job, bad at X3 job, terrible at X3 job, awful at X3 job, always late,
    never shows up, never on time, never replies, never responds, ignores me, ignored me, ignores
    my, throws me under the bus, threw me under the bus, under the bus, has it in for me, out to get
    me, hates me, hate me, sleeping with, hooking up, affair, playing politics, snake, whines,
    whining, complains constantly, always complaining, moody, flaky, sloppy, selfish, petty, stupid,
    dumb, idiot, moron, crazy, nuts, a mess, gets away with, nepotism, cronyism, sexist, racist,
    misogynist, creep, gossip*, talks behind, behind my back, undermines, undermining, undermined,
    sabotage*, sabotaging, dumps X3 work, dumps work on, offloads, pawns off, never helps, won't
    help, refuses to help, not qualified, unqualified, doesn't deserve, didn't deserve, overrated,
    fake, phony, patronizing, patronising, dismissive, belittles, belittling, mansplain*, interrupts
    me, cuts me off, takes all the credit, a waste of space, dead weight, deadweight, drama, drama
    queen, attitude problem, bad attitude, temper, loses X3 temper, blows up at, mean to, nasty,
    vindictive, power trip, ego, huge ego, massive ego, gaslight*, lazy, hopeless, pathetic, a
    disaster, a clown, checked-out, leaves early every, always leaves early, never does, does
    nothing, does no work, barely works, barely does, no work,
    """
)


# A judgement that comes before the person: "I don't trust Emma", "can't stand working with Tom".
PRE_JUDGEMENTS = _entries(
    """
    nobody respects, no one respects, nobody likes, no one likes, nobody trusts, no one trusts,
    nobody on the team respects, nobody on the team likes, nobody on the team trusts, no one on the
    team respects, no one on the team likes, nobody wants to work with, no one wants to work with,
    everyone hates, everybody hates, everyone complains about, don't trust, do not trust, can't
    trust, cannot trust, never trust, wouldn't trust, can't stand, cannot stand, sick of, fed up
    with, tired of, hate working with, can't work with, dread working with, dread meetings with,
    disgusted by, fed up of,
    """
)

# --- compilation -------------------------------------------------------------------------------


def _index(blocks: dict[str, str]) -> dict[tuple[str, ...], set[str]]:
    out: dict[tuple[str, ...], set[str]] = {}
    for category, block in blocks.items():
        for entry in _entries(block):
            for phrase in _phrases(entry):
                out.setdefault(phrase[:_MAX_N], set()).add(category)
    return out


_STRONG = _index(STRONG)
_WEAK = _index(WEAK)
_GUARDS: set[tuple[str, ...]] = {p for e in GUARDS for p in _phrases(e)}
_JUDGE: set[tuple[str, ...]] = {p for e in JUDGEMENTS for p in _phrases(e)}
_PRE_JUDGE: set[tuple[str, ...]] = {p for e in PRE_JUDGEMENTS for p in _phrases(e)}
_WORK = {w for e in WORK_NOUNS for w in _forms(e)}
_SELF = {"i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "mine", "myself"}
_FOLLOW_VETO = _WORK - {
    "payment",
    "payments",
    "campaign",
    "campaigns",
    "company",
    "companies",
    "user",
    "users",
    "quarter",
    "application",
    "office",
    "offices",
}


# Clause-level vetoes: job-hunt words inside hiring talk are the user's own work.
_CLAUSE_VETO = {
    LEGAL: {"supreme"},
    # Money words in a clause about the organisation's spend ("the team can't swing a second
    # license"); with the writer in the clause ("out of my own pocket") they still count.
    MONEY: {
        "budget",
        "budgets",
        "headcount",
        "license",
        "licenses",
        "licence",
        "licences",
        "seat",
        "seats",
        "vendor",
        "vendors",
        "supplier",
        "suppliers",
        "procurement",
        "contractor",
        "contractors",
        "tooling",
        "team's",
        "company's",
    },
    JOB_HUNT: {
        "candidate",
        "candidates",
        "interviewer",
        "interviewers",
        "panel",
        "rubric",
        "hiring",
        "hires",
        "headcount",
        "req",
        "reqs",
        "backfill",
        "intern",
        "interns",
        "hire",
        "vendor",
        "vendors",
        "supplier",
        "suppliers",
        "procurement",
        "rfp",
        "internal",
        "internally",
    },
}

# Product talk: a clause without the writer (no I/me/my) about something customer-facing reads
# as the product's domain, not the writer's life: "the alcohol age gate on the checkout page".
_PRODUCT = set(
    _entries(
        """
    app, apps, feature, features, tool, tools, module, modules, portal, portals, dashboard,
    dashboards, calculator, widget, widgets, plugin, sdk, api, apis, endpoint, endpoints, page,
    pages, screen, screens, form, forms, field, fields, vertical, segment, saas, checkout, toggle,
    flow, flows, tracker, tier, registry, integration, integrations, schema, listing, listings,
    signup, sign-up, marketplace, storefront, catalog, catalogue,
    """
    )
)
# "The brewery client wants ...": a client or customer that asks for something.
_CLIENTS = {"client", "clients", "customer", "customers", "user", "users"}
_ASKS = {"want", "wants", "need", "needs", "asked", "asks", "requested", "requests", "requires"}


def _product_talk(norm: list[str]) -> bool:
    if any(w in _SELF for w in norm):
        return False
    if any(w in _PRODUCT for w in norm):
        return True
    return any(
        w in _CLIENTS and norm[k + 1 : k + 2] and norm[k + 1] in _ASKS for k, w in enumerate(norm)
    )


_PRODUCT_CATEGORIES = {HEALTH, FAMILY, MONEY, LEGAL, SUBSTANCES, POLITICS_RELIGION}

# A work thing as the subject: "the worker process is drunk on retries", "the build was sick".
_PEOPLE_NOUNS = set(
    _entries(
        """
    team, teams, engineer, engineers, user, users, customer, customers, client, clients,
    contractor, contractors, candidate, candidates, hire, hires, stakeholder, stakeholders,
    """
    )
)
_LINKS = {"is", "are", "was", "were", "been", "being", "seems", "looks", "keeps", "got", "gets"}
_DEGREE = {"so", "really", "totally", "completely", "kind", "of", "a", "bit", "pretty", "very"}


# Reported speech: "my manager said the vendor is useless" judges the vendor, not the manager.
_REPORTED = {
    "said",
    "says",
    "say",
    "thinks",
    "think",
    "thought",
    "told",
    "tells",
    "asked",
    "asks",
    "wants",
    "mentioned",
    "suggested",
    "feels",
    "felt",
    "believes",
    "agrees",
    "agreed",
    "noticed",
}


_PRONOUN_PEOPLE = {"he", "she", "he's", "she's", "he'd", "she'd", "he'll", "she'll"}


# Words that end a noun compound: after one of these the next noun is not being modified.
_FUNCTION = set(
    _entries(
        """
    during, in, on, at, for, with, from, to, into, onto, the, a, an, my, our, your, x3, is, are,
    was, were, be, been, am, and, or, but, so, of, after, before, this, that, these, those, since,
    about, by, over, under, because, while, until, till, than, as, it, its, i, we, you, me, us,
    has, have, had, will, would, can, could, should, may, might, must, do, does, did, not, no,
    when, where, which, who, what, how, why, if, then, every, each, all, some, any,
    """
    )
)


def _modifies_work(following: list[str]) -> bool:
    """The match is a modifier of a work noun: "baby monitor integration", "kids mode", "drunk
    driving detection model". Stops at the first function word ("palpitations during on-call")."""
    for word in following:
        if word in _FOLLOW_VETO:
            return True
        if word in _FUNCTION:
            return False
    return False


# Medical vocabulary is open-ended; its suffixes are not ("bursitis", "lymphoma", "neuropathy").
_MEDICAL_SUFFIXES = (
    "itis",
    "ectomy",
    "algia",
    "aemia",
    "emia",
    "oma",
    "omas",
    "pathy",
    "plasty",
    "scopy",
    "otomy",
    "osis",
    "itis",
)
_NOT_MEDICAL = set(
    _entries(
        """
    diploma, diplomas, aroma, aromas, chroma, academia, empathy, sympathy, apathy, telepathy,
    dichotomy, osmosis, symbiosis, metamorphosis, hypnosis, apotheosis, idioma, soma, stoma,
    sarcoma, bohemia, anatomy, tomography, microscopy, autonomy, taxonomy, economy, astronomy,
    gastronomy, ergonomy, lobotomy, tomato, tomatoes, coma, oklahoma, mahatma, karma, trauma,
    """
    )
)


def _medical_word(word: str) -> bool:
    return len(word) >= 7 and word.endswith(_MEDICAL_SUFFIXES) and word not in _NOT_MEDICAL


# Job hunting as a combination: "I'm talking to Google about a staff role" = a job object
# ("a role", "an offer") + an outside party ("to Google", "another", "a startup") + the writer.
_JOB_OBJECTS = {
    "role",
    "roles",
    "job",
    "jobs",
    "position",
    "positions",
    "opening",
    "openings",
    "interview",
    "interviews",
    "gig",
}
_OUTSIDE = {
    "elsewhere",
    "outside",
    "external",
    "competitor",
    "competitors",
    "startup",
    "startups",
    "another",
    "other",
    "scale-up",
    "scaleup",
    "agency",
    "consultancy",
    "fintech",
    "bank",
}
_INSIDE = {
    "internal",
    "internally",
    "transfer",
    "here",
    "our",
    "team",
    "org",
    "department",
    "promotion",
    "ladder",
    "rotation",
    "we",
    "this",
}
_ORG_PREPOSITIONS = {"at", "with", "to", "from", "for"}


def _job_combo(raw: list[str], norm: list[str]) -> int | None:
    """Index of the job object when the clause reads as the writer talking to another employer."""
    if set(norm) & (_INSIDE | _CLAUSE_VETO[JOB_HUNT]):
        return None
    objects = [
        k for k in range(1, len(norm)) if norm[k] in _JOB_OBJECTS and norm[k - 1] in {"a", "an"}
    ] + [k for k in range(2, len(norm)) if norm[k] in _JOB_OBJECTS and norm[k - 2] in {"a", "an"}]
    if not objects:
        return None
    outside = any(w in _OUTSIDE for w in norm) or any(
        norm[k - 1] in _ORG_PREPOSITIONS and _is_name(raw, norm, k) for k in range(1, len(norm))
    )
    return min(objects) if outside else None


def _clauses(text: str) -> Iterable[tuple[int, str]]:
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def _is_name(raw: list[str], norm: list[str], i: int) -> bool:
    word = raw[i]
    if word.islower() and norm[i] in FIRST_NAMES:  # terse notes: "sarah never pulls weight"
        return not (i + 1 < len(norm) and raw[i].replace("’", "'").endswith("'s"))
    if not (word[:1].isupper() and word[1:2].islower()) or norm[i] in _NOT_NAMES:
        return False
    if raw[i].replace("’", "'").endswith("'s") and i + 1 < len(norm) and norm[i + 1] in _WORK:
        return False  # "Tom's PR", "Dan's proposal": the work, not the person
    if i == 0:  # a sentence opener is a name only when a verb follows: "Nina gossips", "Raj is"
        if i + 1 >= len(norm):
            return False
        follower = raw[i + 1]
        return norm[i + 1] in _NAME_FOLLOWERS or (
            follower.islower() and follower.endswith("s") and not follower.endswith("ss")
        )
    return True


def _spans(tokens: list[tuple[str, int, int]], table, n_max: int = _MAX_N):
    """Yield (start, end, value) for every n-gram of `tokens` found in `table` (longest first)."""
    norm = [t[0] for t in tokens]
    for i in range(len(norm)):
        for n in range(min(n_max, len(norm) - i), 0, -1):
            key = tuple(norm[i : i + n])
            if key in table:
                yield i, i + n, table[key] if isinstance(table, dict) else True


def scan_clauses(text: str) -> dict[str, list[str]]:
    """Category value -> verbatim triggers found by the lexicon layer."""
    found: dict[str, list[str]] = {}
    for offset, clause in _clauses(text):
        matches = list(_TOKEN.finditer(clause))
        if not matches:
            continue
        raw = [m.group(0) for m in matches]
        norm = [_norm(w) for w in raw]
        tokens = [(norm[k], m.start(), m.end()) for k, m in enumerate(matches)]
        guarded = [False] * len(norm)
        for i, j, _ in _spans(tokens, _GUARDS):
            for k in range(i, j):
                guarded[k] = True
        norm_set = set(norm) | {f for w in norm for f in (w.rstrip("s"),)}
        private = any(w in _SELF for w in norm)
        work_clause = any(w in _WORK for w in norm)

        def verbatim(i: int, j: int, clause: str = clause, tokens: list = tokens) -> str:
            return clause[tokens[i][1] : tokens[j - 1][2]]

        def vetoed(i: int, j: int, guarded: list = guarded, norm: list = norm) -> bool:
            return any(guarded[i:j]) or _modifies_work(norm[j : j + 3])

        product = _product_talk(norm)
        for table, needs_private in ((_STRONG, False), (_WEAK, True)):
            if needs_private and (not private or work_clause):
                continue
            for i, j, categories in _spans(tokens, table):
                if vetoed(i, j) or _work_subject(norm, i) or _moves_on_to_work(norm, j):
                    continue
                for category in categories:
                    if product and category in _PRODUCT_CATEGORIES:
                        continue
                    veto = _CLAUSE_VETO.get(category, set())
                    if category == MONEY and private:
                        veto = set()
                    if veto & norm_set and not veto & set(norm[i:j]):
                        continue
                    found.setdefault(category, []).append(verbatim(i, j))

        if private and not work_clause:
            for k, word in enumerate(norm):
                if _medical_word(word) and not vetoed(k, k + 1):
                    found.setdefault(HEALTH, []).append(verbatim(k, k + 1))
                    break

        if private and not work_clause:
            k = _job_combo(raw, norm)
            if k is not None:
                found.setdefault(JOB_HUNT, []).append(verbatim(k, k + 1))

        people = [
            k
            for k in range(len(norm))
            if (norm[k] in _ROLES and norm[k] != "x3") or _is_name(raw, norm, k)
        ]
        people += [
            k
            for k in range(len(norm))
            if norm[k] == "x3" and raw[k].lower().replace("’", "'") in _PRONOUN_PEOPLE
        ]
        if people:
            people_set = set(people)
            for i, j, _ in _spans(tokens, _PRE_JUDGE):
                after = [k for k in range(j, j + 4) if k in people_set] + [
                    k for k in range(j, min(j + 2, len(norm))) if raw[k].lower() in {"him", "her"}
                ]
                if after and not any(guarded[i:j]):
                    found.setdefault(GOSSIP, []).append(verbatim(i, after[0] + 1))
                    break
            first = min(people)
            for i, j, _ in _spans(tokens, _JUDGE):
                between = set(norm[first + 1 : i])
                if j < len(norm) and norm[j] in {"card", "cards"}:
                    continue
                if 0 < i - first <= 10 and not between & _REPORTED:
                    found.setdefault(GOSSIP, []).append(verbatim(first, first + 1))
                    found[GOSSIP].append(verbatim(i, j))
                    break
        del offset
    return found


_MOVE_ON_PERSONAL = {"here", "this", "my", "the company", "the job", "the role"}


def _moves_on_to_work(norm: list[str], j: int) -> bool:
    """ "time to move on from Jenkins", "moving on to phase two": moving on from or to a work
    thing, not from the job ("move on from here", "move on to something new" still count)."""
    if norm[j - 1] != "on" or j >= len(norm) or norm[j] not in {"from", "to"}:
        return False
    after = norm[j + 1 : j + 3]
    if not after:
        return False
    if after[0] in {"here", "this", "my", "something", "somewhere", "another", "a", "pastures"}:
        return False
    return " ".join(after) not in _MOVE_ON_PERSONAL


def _work_subject(norm: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and norm[k] in _DEGREE:
        k -= 1
    if k < 1 or norm[k] not in _LINKS:
        return False
    return norm[k - 1] in _WORK and norm[k - 1] not in _PEOPLE_NOUNS


def _clause_at(text: str, position: int) -> list[str]:
    for offset, clause in _clauses(text):
        if offset <= position <= offset + len(clause):
            return [_norm(m.group(0)) for m in _TOKEN.finditer(clause)]
    return []


def work_subject(text: str, position: int) -> bool:
    """True when the words before `position` make a work thing the subject ("the build is")."""
    words = [_norm(m.group(0)) for m in _TOKEN.finditer(text[max(0, position - 60) : position])]
    return _work_subject([*words, ""], len(words))


def product_clause(text: str, position: int) -> bool:
    """True when the clause around `position` is product talk without the writer in it."""
    return _product_talk(_clause_at(text, position))


def guarded_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of work collocations ("tech debt", "sandbox vs jail", "like a second job");
    the first layer drops its matches that overlap one."""
    ranges = []
    for offset, clause in _clauses(text):
        tokens = [(_norm(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(clause)]
        for i, j, _ in _spans(tokens, _GUARDS):
            ranges.append((offset + tokens[i][1], offset + tokens[j - 1][2]))
    return ranges


_SENTENCE_BREAK = re.compile(r"[.!?;\n]")


def _sentence_words(text: str, position: int, skip: tuple[int, int] = (0, 0)) -> set[str]:
    start = max(text.rfind(c, 0, position) for c in ".!?;\n") + 1
    found = _SENTENCE_BREAK.search(text, position)
    end = found.start() if found else len(text)
    return {
        _norm(m.group(0))
        for m in _TOKEN.finditer(text, start, end)
        if not (skip[0] <= m.start() < skip[1])
    }


def hiring_context(text: str, position: int, end: int | None = None) -> bool:
    """True when the sentence around `position` is about the user's own hiring work; words of
    the match itself (`position`..`end`: "my friend's team is hiring") do not count."""
    skip = (position, end) if end is not None else (0, 0)
    return bool(_sentence_words(text, position, skip) & _CLAUSE_VETO[JOB_HUNT])


def budget_context(text: str, position: int) -> bool:
    """True when the sentence is about the organisation's spend and not the writer's: "the team
    can't swing a second license", "we're behind on payments to the vendor"."""
    words = _sentence_words(text, position)
    return bool(words & _CLAUSE_VETO[MONEY]) and not words & _SELF


def followed_by_work(text: str, end: int) -> bool:
    """True when the words right after `end` (same clause) name a work thing: "the kids mode in
    our app", "baby monitor integration" are product talk, not family."""
    tail = text[end : end + 60]
    cut = _CLAUSE_BREAK.search(tail)
    if cut:
        tail = tail[: cut.start()]
    return _modifies_work([_norm(m.group(0)) for m in _TOKEN.finditer(tail)][:3])
