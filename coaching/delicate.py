"""The delicate matter behind a talking point, read with the notes it comes back to.

Every blind round's reviewers put first the matter each person most needed help with: a
pregnancy against a site-chief plan, an offer from a rival firm, a colleague's secret, a job two
friends are both going for, a mother's stroke against a transfer. The user writes it out in a
note when it happens and comes back to it in a talking point with a word or two — "VetPlus -
pytać ją czy nie??", "Siaya vacancy - mention or not", "体のこと…どこまで話す？", "pis lui dire
pour le poste??" — so a point read on its own words gave a stock "would it help them plan the
work…", or nothing. Here a point is cut into its parts (a point is often a list: "VL, backfill,
nomination before Dec 4... and yung kay Rhea. how??"), a part that weighs saying something is
matched to the notes it names, and the matter is read from those words, in the notes' languages.

Pure and deterministic; the words are read as families per language, not as sentences, and
`bench/delicate.py` measures them on a holdout written blind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from wordfreq import zipf_frequency

from coaching.ask_signals import content_stems
from coaching.concerns import raises_concern
from coaching.line_memo import FLAG, TEXT, line_memo
from coaching.model import Entry, EntryKind, EntryStatus
from coaching.oversharing import SENTENCE, reports_safety_problem


class Matter(StrEnum):
    """What a delicate matter is about, as far as the words say."""

    OWN_NEWS = "own news"  # the user's own pregnancy, fertility treatment, illness
    FAMILY = "family"  # a relative's illness or care, a childcare crisis
    RIVAL = "rival"  # going for the same job as a colleague
    CONFIDENCE = "confidence"  # a colleague's news, told in confidence
    OFFER = "offer"  # an offer from elsewhere, or a plan to leave
    #: The user's pregnancy where the work holds a hazard for it: a risk assessment is theirs to
    #: ask for, in confidence, before anything else is said (round 66: a QC inspector weighing
    #: how to tell her manager was told nothing of the solvent fumes). Read by `matter_behind`.
    PREGNANCY_AT_RISK = "pregnancy at risk"


#: The user's own news of body and health: pregnancy and leave for a birth, fertility
#: treatment, a diagnosis — in the notes' languages.
#: A pregnancy said as the user's own, in the notes' languages.
_PREGNANCY = (
    r"pregnan\w*|(?:i'?m|i\s+am|we'?re)\s+expecting(?!\s+(?:delays?|a\s+delay|issues|news))"
    r"|grávida|embarazada|suis\s+enceinte|schwanger|incinta|zwanger|gravid|w\s+ciąży|w\s+ciazy"
    r"|hamileyim|hamile\s+(?:kaldım|olduğum\w*)|hamil|kehamilan|mimba|ujauzito|buntis|mang\s+thai"
    r"|có\s+thai|co\s+thai|có\s+bầu|co\s+bau|беременн\w*"
)
_PREGNANCY_CJK = r"(?<!の)(?:妊娠|産休)(?!代替|代行|の代わり)|つわり|悪阻|検査薬\s*陽性|임신|입덧"
_OWN_NEWS = (
    rf"\b(?:{_PREGNANCY}"
    r"|(?:my|our)\s+(?:maternity|paternity|baby)|ivf|fertility\s+(?:treatment|clinic)"
    r"|egg\s+(?:retrieval|collection)|embryos?|miscarr\w*|tüp\s+bebe\w*|bayi\s+tabung|thụ\s+tinh"
    r"|fivet|in\s+vitro|my\s+(?:diagnosis|biopsy|chemo\w*|surgery|operation|scan\s+results|health)"
    r"|i\s+(?:was|got|just\s+got)\s+diagnosed|(?:got|have)\s+(?:the\s+|my\s+)?(?:\w+\s+)?dx"
    # a condition named: what a note of one's own diagnosis says
    r"|(?:my|got|started)\s+(?:\w+\s+)?(?:meds|medication)|hernia\s+discal|slipped\s+disc"
    r"|herniated|neurolog\w*|psykolog\w*|психотерапевт\w*|птср|ptsd|діагноз\w*|диагноз\w*"
    r"|гинеколог\w*|hearing\s+loss|lupus|mất\s+ngủ|tâm\s+lý|nausea|depression|depresj\w*"
    r"|depresi[oó]n|depressão|adhd|tdah|diabet\w*|diabète|epilep\w*|epilepsi|panic\s+attacks?"
    r"|crise\s+d'angoisse|ataque\s+de\s+p[aâ]nico|keguguran|poronieni\w*"
    r"|aborto\s+espont[aâ]neo|fausse\s+couche|fehlgeburt|chemo\w*|quimio\w*|psychiatr\w*"
    r"|psiquiatr\w*|psikiyatr\w*|psikiater)\b"
    r"|[🤰👶]|공황|정신과|난임|精神科|うつ病|鬱|適応障害|パニック障害|流産|体外受精|不妊治療"
    # not a colleague's: "田中さんの産休" (round 57), nor a post: "産休代替の募集"
    rf"|{_PREGNANCY_CJK}|출산\s?휴가|시험관"
)
#: Someone close who is ill or needs care: a relative, then a word of illness or care nearby.
_FAMILY = (
    r"\b(?:mum|mom|mam(?=\s+(?:started|has|had|is|was|in|got)\b)|mother|dad|father|my\s+parents"
    r"|parents(?!\s+(?:company|evening|group))|grandm\w*|grandf\w*|my\s+(?:wife|husband|partner)"
    r"|my\s+son|my\s+daughter|my\s+kids?|sis(?:ter)?|bro(?:ther)?|in-laws?|mother-in-law|mamá"
    r"|mi\s+mam[aá]|mi\s+pap[aá]|hermana|hermano|suegr[ao]|abuel[ao]|sogr[ao]|av[óô]|irm[ãa]o?"
    r"|schwieger\w*|oma|opa|bruder|schwester|teściow\w*|babci\w*|dziadek|siostr\w*|brat\w*"
    r"|kardeşim|kayınvalide\w*|babaanne\w*|anneanne\w*|nenek|kakek|mertua|adik|kakak|mamma"
    r"|pappa|papà|figli[oa]|мама|тато|мій\s+чоловік|mummy|papa|tatay|nanay|mẹ|mãe|mae|papá|pai|padre|madre|mère"
    r"|père|mutter|vater|tata|matka|ojciec|moeder|vader|annem|babam"
    r"|ayah|mamak|mẹ|bố|ba\s+mẹ|мама|мать|папа|отец|madre|nanay|tatay|mamangu|baba)\b"
    r"[^.!?]{0,60}?\b(?:stroke|hospital\w*|admitted|sick|ill|cancer|dementia|alzheimer\w*|surgery"
    r"|physio\w*|hospice|care\s+home|nursing\s+home|diagnos\w*|chemo\w*|fall|fell|heart\s+attack"
    r"|ictus|derrame|avc|infarto|hospital|internad[oa]|operaci[oó]n|cirurgia|krankenhaus"
    r"|schlaganfall|pflege\w*|szpital\w*|udar|hastane\w*|felç|inme|rumah\s+sakit|stroke"
    r"|dirawat|bệnh\s+viện|đột\s+quỵ|nằm\s+viện|больниц\w*|инсульт|kiharusi|hospitali|ospedale"
    r"|ricoverat\w*|ziekenhuis|hjerneblødning|sygehus|ospital|na-stroke|hospitali[sz]\w*"
    r"|hospitalisé\w*|hospitalizad[oa]|internad[oa]|wandered|dementia|demencia|démence|demenz|alzheimer\w*|autism\w*|autis\w*"
    r"|sjukhus\w*|cellgift\w*|vård\w*|лікарн\w*|мобілізува\w*|bed\s+rest|terapia|ospedale"
    r"|tai\s+biến|nằm\s+viện|naospital|dialysis|больниц\w*|уход\w*"
    r"|yoğun\s+bakım|icu|intensiv\w*|hüft-?op|operation|operacj\w*|ameliyat\w*"
    r"|kaza|accident\w*|acidente|unfall|wypad\w*|kecelakaan|therapy|terapia|thérapie|therapie)\b"
    r"|\b(?:childcare|daycare|nanny|babysitter|creche|crèche|guardería|kindergarten|przedszkol\w*"
    r"|żłob\w*|creche|garderie|nounou)\b[^.!?]{0,40}?\b(?:quit|closed|closing|fell\s+through"
    r"|cancel\w*|no\s+longer|cerr\w*|zu|nur\s+bis|lost|ferm\w*|fecha\w*|zamkn\w*)"
    r"|(?:母|父|親|義母|義父|祖母|祖父|妻|夫|子供|息子|娘)[^。!?]{0,20}?(?:入院|倒れ|転ん|介護|手術"
    r"|脳梗塞|認知症|通院)|介護"
    r"|家族の(?:こと|事情)|가족\s?(?:상황|사정|일)"
    r"|(?:엄마|아빠|어머니|아버지|애|아이|와이프|남편|아내|장모|시어머니)[^.!?]{0,20}?(?:입원|수술|병원"
    r"|간병|뇌졸중|치료|요양)"
)
#: Going for the same job as a colleague: "applied too", "moi aussi", "Kevin also applying".
_RIVAL = (
    r"\b(?:appl(?:y|ied|ying)|going\s+for|in\s+for|interview\w*)\b[^.!?]{0,40}?\b(?:job|role|post"
    r"|position|promotion|vacancy|opening|lead|manager|supervisor|head)\b[^.!?]{0,30}?\b(?:too"
    r"|as\s+well)\b|\b(?:for|going\s+for)\s+the\s+same\s+(?:job|role|post|position|promotion)\b"
    r"|\b(?:also|too)\s+(?:appl(?:y|ied|ying)|going)\s+for\s+(?:the\s+|that\s+)?(?:[\w-]+\s+)?(?:job"
    r"|role|post|position|promotion|vacancy|opening|lead|manager|supervisor|head)\b"
    r"|\bappliqu\w*\s+moi\s+aussi|\baussi\b[^.!?]{0,30}?\b(?:appliqu\w*|postul\w*|poste)"
    r"|\btamb(?:i[eé]n|[eé]m)\b[^.!?]{0,30}?\b(?:postul\w*|aplic\w*|candidat\w*|concurs\w*)\b"
    r"[^.!?]{0,30}?\b(?:puesto|plaza|vaga|cargo|jefatura|posici[oó]n|coordinaci[oó]n|supervis\w*"
    r"|gerencia|vacante|ger[eê]ncia)"
    r"|\b(?:postul\w*|me\s+candidat\w*|aplic\w*)\b[^.!?]{0,30}?\b(?:yo\s+tambi[eé]n|eu\s+tamb[eé]m)"
    r"|\bich\s+(?:hab\w*\s+)?(?:mich\s+)?auch\s+beworben|\bauch\s+beworben"
    r"|\b(?:też|tez)\s+(?:aplik\w*|złoż\w*|zloz\w*|startuj\w*)|\bben\s+de\s+başvur\w*"
    r"|\b(?:aku|saya)\s+juga\s+melamar|\banche\s+io\b[^.!?]{0,20}?candidat\w*"
    r"|\bik\s+ook\s+(?:gesolliciteerd|solliciteer)|\bjeg\s+har\s+også\s+søgt"
    r"|\bя\s+тоже\s+(?:подал\w*|податься)|\bnag-apply\s+din\s+ako"
    r"|私も応募|나도\s?지원|公募に出し|社内公募|\b(?:applied\s+too|in\s+the\s+running)\b"
    # the user's own application, for a post: "put my name in for 2nd shift lead"
    r"|\b(?:put\s+my\s+name\s+in|sent\s+my\s+cv|(?:j'ai\s+)?envoy[ée]\s+ma\s+candidature"
    r"|me\s+postul[eé]|me\s+inscrevi|z[łl]o[żz]y[łl]\w*\s+papiery|başvurdum|ngajuin\s+diri"
    r"|ich\s+hab\w*\s+mich\s+beworben|подал\w*|nimeomba|(?:har\s+)?(?:redan\s+)?(?:sökt"
    r"|skickat\s+in)|nag-apply\s+din|apply\s+kar\s+di\w*)\b"
    r"(?=[^.!?]{0,40}?\b(?:lead|supervisor|manager|head|post|position|role|promotion|vacancy|chef"
    r"|jefatura|puesto|plaza|vaga|cargo|supervis\w*|gerente|coordinad\w*|kierowni\w*|stanowisk\w*"
    r"|oddziałow\w*|müdür\w*|şef\w*|sorumlu\w*|руковод\w*|начальник\w*|nafasi|lektorat\w*"
    r"|tjänst\w*|contremaître|responsable|leader|lider|líder|vacancy))"
    r"|\bтоже\s+в\s+(?:шорт|конкурс)|\brace\s+mein|\bci\s+punto\b"
    r"|\bzelf\s+ook\s+(?:gereageerd|gesolliciteerd)|\bpia\s+ameomba"
)
#: A colleague's news told in confidence: said so outright ("told me in confidence", "me pidió q
#: no le diga a nadie", 🤐) — not the user's own "I've told nobody" ("nikomu nie mówiłem").
_CONFIDENCE = (
    r"\b(?:in\s+confidence|told\s+me\s+not\s+to\s+(?:tell|say)|(?:asked|begged)\s+me\s+not\s+to"
    r"\s+(?:tell|say|mention)\b|don'?t\s+tell\s+anyone|not\s+to\s+tell\s+anyone"
    r"|me\s+pidi[oó]\s+(?:q|que)\s+no\s+(?:le\s+|lo\s+)?(?:diga|cuente)|en\s+confianza"
    r"|no\s+se\s+lo\s+digas|pediu\s+(?:pra|para)\s+(?:eu\s+)?n[ãa]o\s+(?:contar|falar)"
    r"|en\s+confidence|ne\s+le\s+dis\s+[àa]\s+personne|im\s+vertrauen|niemandem\s+(?:sagen|erzählen)"
    r"|in\s+confidenza|non\s+dirlo\s+a\s+nessuno|w\s+tajemnicy|nikomu\s+nie\s+m[óo]w(?:cie)?\b"
    r"|kimseye\s+söyleme(?:sin|me)?\b|aramızda\s+kals\w*|jangan\s+(?:bilang|kasih\s+tau|cerita)"
    r"|usimwambie|(?:wag|huwag)\s+(?:mo\s+)?(?:sabihin|ipagsabi)|đừng\s+nói\s+(?:với\s+)?ai"
    r"|in\s+vertrouwen|i\s+fortrolighed|по\s+секрету|никому\s+не\s+говори"
    r"|not\s+to\s+(?:tell|say)|(?:q|que)\s+no\s+diga\s+nada|pidi[oó]\s+secreto|pediu\s+segredo"
    r"|(?:soll|darf)\s+(?:aber\s+)?noch\s+niemand\s+wissen|en\s+secret|chut|wag\s+daw\s+sabihin"
    r"|kimseye\s+(?:söyleme|deme)(?:sin|\s+dedi)?\b|jangan\s+bilang\s+(?:siapa\w*|ke\s+siapa\w*|sama\s+siapa\w*)|confided|me\s+confi[oó]|confiou"
    r"|säg\s+inget|просил\w*\s+никому|kisi\s+ko\s+mat\s+bata\w*|đừng\s+nói\s+ai"
    r"|nog\s+niemand\s+(?:mag\s+)?weten|nisimwambie|secret\s+muna)"
    r"|言わないで|말하지\s?말래|털어놓"
    r"|内緒|誰にも言わないで|아무(?:한테|에게)도\s?말하지|🤐"
    # a word for a secret, with someone telling it: "Steph m'a dit (confidentiel!!)"
    r"|\b(?:told\s+me|confided|me\s+cont[oó]|me\s+dijo|me\s+contou|me\s+disse|m'a\s+dit"
    r"|hat\s+mir|mi\s+ha\s+detto|powiedzia\w*\s+mi|bana\s+söyledi|aliniambia|sinabi\s+sa\s+akin"
    r"|мне\s+сказал\w*)\b[^.!?]{0,40}?\b(?:confidential\w*|confidentiel\w*"
    r"|confidencial\w*|vertraulich\w*|riservat\w*|poufn\w*|gizli\w*|rahasia|sikreto"
    r"|bí\s+mật|конфиденциальн\w*)"
    r"|(?:言って|話して|聞いた)[^。]{0,20}?秘密|말했[^.]{0,20}?비밀"
)
#: An offer from elsewhere, or a plan to leave.
_OFFER = (
    r"\b(?:job\s+offer\s+(?:from|at)|(?:i\s+got|got)\s+(?:an?\s+|the\s+)?offer|offer\s+letter"
    r"|headhunt\w*|(?:recruiter|headhunter)\s+(?:called|rang|messaged|contacted|reached\s+out\s+to)"
    r"\s+me|(?:arbeits|stellen|job)angebot\s+(?:von|bei)|offre\s+d'emploi\s+(?:de|chez)"
    r"|offerta\s+di\s+lavoro\s+da|iş\s+teklifi\s+(?:aldım|geldi)|jobtilbud\s+fra|оффер\w*"
    r"|hand\s+in\s+my\s+notice|quit(?:ting)?\s+my\s+job|(?:2nd|second|final)\s+(?:round\s+)?interview"
    r"|ikinci\s+görüşme)\b"
    # an offer word with pay beside it: "oferta z EkoWat - 6200 netto", "oferta geóloga senior,
    # +35% sueldo" — not a supplier's "Angebot Würth", nor an offer the user makes ("to Kemi")
    r"|\b(?:oferta|ofert[ęy]|offre|angebot|offerta|teklif\w*|tawaran|lời\s+mời|aanbod|tilbud|offer)\b"
    r"(?![^.!?]{0,20}\b(?:to|para|pour|für|dla)\s)(?=[^.!?]{0,60}?(?:\b(?:sueldo|salario|salary|pay"
    r"|netto|brutto|gaji|maaş|lương|gehalt|stipendio|salário|pensj\w*|wynagrodz\w*|løn|зарплат\w*)\b"
    r"|[+＋]\s?\d{1,3}\s?%))"
    r"|[+＋]\s?\d{1,3}\s?%\s*(?:\w+\s+)?(?:sueldo|salario|gaji|maaş|lương|gehalt|stipendio|salário"
    r"|pensj\w*|wynagrodz\w*|løn|зарплат\w*)|\d{1,3}\s?%\s+more\s+(?:pay|money)"
    r"|内定(?!者)|転職(?!組|者)|オファー|二次面接|最終面接|이직(?!률)|스카우트"
)


#: First match first: a rival's or a confidence's words may also name a job, an offer or news of
#: health ("Marta told me in confidence she's pregnant" is hers to tell, not the user's news), and
#: a relative's illness is the family's ("my wife has cancer"), not the user's own.
_READINGS = (
    (Matter.RIVAL, re.compile(_RIVAL, re.IGNORECASE)),
    (Matter.CONFIDENCE, re.compile(_CONFIDENCE, re.IGNORECASE)),
    (Matter.FAMILY, re.compile(_FAMILY, re.IGNORECASE)),
    (Matter.OWN_NEWS, re.compile(_OWN_NEWS, re.IGNORECASE)),
    (Matter.OFFER, re.compile(_OFFER, re.IGNORECASE)),
)


@line_memo(TEXT)
def matter_in(text: str) -> str | None:
    """The matter a line's own words name (a `Matter` value), or None."""
    return next((matter.value for matter, words in _READINGS if words.search(text)), None)


#: Where one point becomes several: a slash with spaces round it (not "12/3", "w/o", "w/ Marcus"),
#: a full-width slash, a semicolon, a comma not inside a number, an ellipsis, a bar.
_PARTS = re.compile(r"\s*(?:\s/\s|／|[;；]|,(?!\d)|、|…+|\.{3,}|\s\|\s)\s*")


def parts(point: str) -> list[str]:
    """A point cut into the matters it lists: "VL, backfill, … and yung kay Rhea. how??"."""
    return [part for part in _PARTS.split(point) if part.strip()]


#: A part that weighs saying something: a word for saying, telling or how, and a question or an
#: "or not" — in the notes' languages. "sijui nitaanzaje" (I don't know how to begin) is one.
_SAYING = re.compile(
    r"(?i)\b(?:tell|say|said|mention|raise|bring\s+(?:it\s+)?up|how|whether|decir|digo"
    r"|diga|decirle|contar|cuento|mencion\w*|plantear\w*|c[oó]mo|dizer|digo|falar|falo"
    r"|conto|como|dire|dis|parler|mentionner|comment|sagen|sage|erwähnen|ansprechen|wie"
    r"|parlarne|dirlo|accennare|pytać|pytac|powiedzieć|powiedziec|mówić|mowic|wspomnieć"
    r"|zeggen|vertellen|noemen|hoe|sige|siger|fortælle|nævne|hvordan|söyle\w*|konuş\w*"
    r"|bahset\w*|nasıl|ngomong|bilang|cerita|bahas|gimana|bagaimana|nisem\w*|nimwambi\w*"
    r"|nitaanzaje|sijui|vipi|sabihin|paano|nói|kể|nhắc|сказать|говорить"
    r"|рассказать|как|explain|explique\w*|expliquer|explico|explicar|erklär\w*|erzähl\w*|sag\w*"
    r"|anlat\w*|açmal\w*|desem|demeli\w*|diyece\w*|parle|parler|falo|falar|digo|cuento|contar"
    r"|conto|jujur|kasih\s+(?:tau|kode)|wyjaśni\w*|tłumaczy\w*|объясн\w*|сказать|скажу|säga|berätta"
    r"|hur|сказати|пояснювати|пояснити|розповідати|як|batau|batana|bolu|bolun|kaise|dire|dirlo"
    r"|spiego|spiegare|quanto|giải\s+thích|nitasema\w*|verklappen|invento|suelto|explico)\b"
    r"|話す|話そ|伝え|言う|言お|言わ|言い出|どう|どこまで|べき|말하|말해|얘기|어떻게|뭐라|꺼내"
)
_QUESTION = re.compile(
    r"[?？]|(?i:\bor\s+not\b|\bo\s+no\b|\bou\s+n[ãa]o\b|\bou\s+pas\b|\boder\s+nicht\b|\bczy\s+nie\b"
    r"|\bgk\s+ya\b|\bga\s+ya\b|\bnggak\b|\batau\s+(?:jangan|nggak|enggak)\b|\bsijui\b|\beller\s+ej\b"
    r"|\beller\s+ikke\b|\bof\s+niet\b|\bko\b|\bkhông\b|\bили\s+нет\b"
    # a question without its mark: "do I tell him I applied too", "how much do I explain",
    # "nasıl söylesem", "wie erklär ich das", "como é que eu digo isto", "ne kadarını anlatayım"
    r"|^\W*(?:and\s+)?(?:do|should|shall|can|could)\s+i\b|\b(?:do|should|shall)\s+i\s+(?:tell|say"
    r"|mention|bring|raise|explain|let|ask|just)\b|\bhow\s+(?:much|do|to|can|should)\b"
    r"|\b(?:c[oó]mo|como|comment|wie|jak|nasıl|gimana|paano|как)\b|\bne\s+kadar\w*"
    r"|\b\w+(?:sem|sam|yım|yim|mı|mi|mıyım|miyim)\b(?=\W*$)|\b(?:ou|o)\s+(?:deixo|espero|finjo|just)\b"
    r"|\bor\s+(?:just|let|wait|leave)\b|\b(?:eller|или|або|чи|hay|ama)\b|\bo\s+(?:nom[aá]s|invento"
    r"|aspett\w*)\b|\bya\s+koi\b)"
    r"|(?:か|かな|하나|되나|할까|하지|까)\W*$|言い出しにくい"
)


@line_memo(FLAG)  # read of every point's parts by the card's notes and its worry ties
def weighs_saying(part: str) -> bool:
    """Whether a part of a point asks whether or how to say something (`_SAYING`, `_QUESTION`);
    the saying words first, which most parts lack, then the question, whose forms are slower."""
    return bool(_SAYING.search(part)) and ("?" in part or bool(_QUESTION.search(part)))


#: How far back a note can be what a point comes back to.
NOTE_DAYS = 60
#: Words every line may hold, which tie no part to a note.
_COMMON_WORDS = (
    "the and for with about how say said says tell told ask asked mention not yet still again"
    " thing issue stuff leave days"
    " night shift day week today tomorrow jan feb mar apr may jun jul aug sep oct nov dec"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def matter_behind(point: str, entries: Sequence[Entry], now: datetime) -> str | None:
    """The matter a point weighs saying (`_matter_behind`); a pregnancy where the work holds a
    hazard for it (fumes, chemicals, lifting, nights) is said as such."""
    found = _matter_behind(point, entries, now)
    if found != Matter.OWN_NEWS:
        return found
    lines = [point, *(e.text for e in entries if (now - e.created_at).days <= NOTE_DAYS)]
    pregnant = any(_PREGNANT.search(line) for line in lines)
    at_risk = pregnant and any(_HAZARD.search(line) for line in lines)
    return Matter.PREGNANCY_AT_RISK.value if at_risk else found


#: A pregnancy named, and a hazard for it (`Matter.PREGNANCY_AT_RISK`).
_PREGNANT = re.compile(rf"(?i)\b(?:{_PREGNANCY}|enceinte|hamile\w*|khám\s+thai)\b|{_PREGNANCY_CJK}")
_HAZARD = re.compile(
    r"(?i)\b(?:fumes?|solvents?|chemicals?|toxic|pesticid\w*|radiation|x-?rays?|lead\s+paint"
    r"|heavy\s+lifting|lifting|night\s+shifts?|vapou?rs?|humos?|solventes?|químic\w*|vapores?"
    r"|plaguicid\w*|agrotóxic\w*|fumées?|solvants?|chimiques?|dämpfe?|lösungsmittel\w*|chemikali\w*"
    r"|opary|rozpuszczalnik\w*|chemikali\w*|duman\w*|solvent\w*|kimyasal\w*|asap|bahan\s+kimia"
    r"|dung\s+môi|hóa\s+chất|khí\s+độc|пары|растворител\w*|химикат\w*)\b"
    r"|有機溶剤|溶剤|化学物質|夜勤|重い|유기용제|화학|야간"
)


def _matter_behind(point: str, entries: Sequence[Entry], now: datetime) -> str | None:
    """The matter a point weighs saying, from its own words or the notes it comes back to.

    Each part that weighs saying something is read on its own words first; then on the notes
    it shares a word with, newest first (the part names the note: "VetPlus", "Siaya vacancy",
    "file OT"); then, when it shares no word with any note ("体のこと…どこまで話す？"), on the
    recent notes if they name one matter only. A point that weighs nothing gets None: the
    card's other readings have it."""
    cut = parts(point)
    # a question with no words of its own is about the part before it: "体のこと…どこまで話す？"
    weighed = [
        part if content_stems(part) - _COMMON or not i else f"{cut[i - 1]} {part}"
        for i, part in enumerate(cut)
        if weighs_saying(part)
    ]
    if not weighed:
        return None
    notes = sorted(
        (
            e
            for e in entries
            if e.kind is EntryKind.NOTE
            and e.status is EntryStatus.OPEN
            and (now - e.created_at).days <= NOTE_DAYS
        ),
        key=lambda e: e.created_at,
        reverse=True,
    )
    for part in weighed:
        own = matter_in(part)
        if own is not None:
            return own
        words = _words_of(part)
        names = content_stems(" ".join(_CAPITALISED.findall(part)))
        named = [n for n in notes if _ties(words, names, content_stems(n.text))]
        if any(_reports_harm(n.text) for n in named):
            return None  # "room 5 transfer - how do I raise it?" of a patient left 3 h: a worry
        found = next((m for m in map(matter_in, (n.text for n in named)) if m is not None), None)
        if found is not None:
            return found
        if not named and _points_at_own_matter(part, words):
            kinds = {m for m in map(matter_in, (n.text for n in notes)) if m is not None}
            if len(kinds) == 1:
                return kinds.pop()
    return None


def _ties(words: frozenset[str], names: frozenset[str], note: frozenset[str]) -> bool:
    """A part names a note by two of its words, a name or brand ("VetPlus", "Siaya") or one
    longer word ("poste"), not by one short everyday word ("rota")."""
    shared = words & note
    return len(shared) >= 2 or any(w in names or len(w) >= 5 for w in shared)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _points_at_own_matter(part: str, words: frozenset[str]) -> bool:
    """A part that points at a matter without naming it or anyone: "the other thing. how??",
    "体のこと…どこまで話す？" (one's body, family, home) — not "川口さんのこと、言うべき?"
    (someone else's), "棚卸しの件、どうする？" (the stocktake) or "来週のシフト、どうする？"."""
    if _SOMEONE.search(part) or not _VAGUE.search(part) or len(words) > 2:
        return False
    rest = _SAYING.sub("", _VAGUE.sub("", part))
    named = re.findall(r"[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]+", rest)
    return all(_OWN_CJK.fullmatch(word) for word in named)


#: What a vague Japanese or Korean part may still name and be the user's own: the body, the
#: family, home.
_OWN_CJK = re.compile(
    r"(?:体|身体|家族|母|父|家|実家|親|妻|夫|子供?|自分|私|몸|가족|엄마|아빠|집|개인)+"
)


#: Someone named in a part: a name after its first word, or a Japanese name with its title.
_SOMEONE = re.compile(
    r"(?<=\s)(?-i:[A-Z][a-z]+)\b|[\u4e00-\u9fff\u30a0-\u30ff]+(?:さん|くん|君|ちゃん|先輩|課長|部長|主任)"
)


def _reports_harm(text: str) -> bool:
    """A note of something unsafe, false or wrongly done, or of someone afraid: the card's worry
    notes have it ("Pooja … she's scared. mujhe bola kisi ko mat batana" is no secret to keep)."""
    return bool(reports_safety_problem(text) or raises_concern(text) or _AFRAID.search(text))


#: Someone afraid or wronged, in the notes' languages: a confidence about harm is a worry.
_AFRAID = re.compile(
    r"(?i)\b(?:scared|afraid|frightened|terrified|harass\w*|bully\w*|inappropriate|touch(?:ed|ing)"
    r"|threat\w*|miedo|asustad[oa]|acoso|medo|assédio|peur|harcèle\w*|angst|belästig\w*|boi\s+się"
    r"|molest\w*|korkuyor|taciz|takut|pelecehan|sợ|quấy\s+rối|takot|hofu|anaogopa|боится|домога\w*"
    r"|injur\w*|accident\w*|acidente|unfall|wypad\w*|kecelakaan|kaza|травм\w*|lesi[oó]n|blessé\w*"
    r"|verletz\w*|ferit\w*|uraz\w*|yaralan\w*|bị\s+thương)"
    r"\b|怖|ハラスメント|セクハラ|パワハラ|무서|성희롱|괴롭"
)


def _words_of(part: str) -> frozenset[str]:
    """The words a part names its matter by: not how it asks ("how", "le digo") nor when."""
    return content_stems(_SAYING.sub(" ", part)) - _COMMON


#: A matter pointed at, not named: "the other thing", "lo de…", "chuyện…", "体のこと".
_VAGUE = re.compile(
    r"(?i)\b(?:thing|issue|matter|situation|stuff|lo\s+de|el\s+tema|o\s+lance|a\s+quest[aã]o"
    r"|l'histoire|la\s+chose|die\s+sache|das\s+thema|sprawa|spraw[eęy]|chuyện|vụ|soal|masalah"
    r"|yung|ile|jambo|hiyo|mesele\w*|konu\w*|det\s+der|het\s+ding|la\s+cosa|quella\s+cosa"
    r"|дело|тем[уа])\b|件|こと|事|것|문제"
)


#: A part of the body, as a point or a note names it when it hurts.
_BODY = (
    r"back|lower\s+back|shoulder|neck|knee|wrist|ankle|hip|elbow|hand|arm|spine|espalda|hombro"
    r"|rodilla|muñeca|costas|ombro|joelho|pulso|dos|épaule|genou|poignet|rücken|schulter|knie"
    r"|handgelenk|plecy|kręgosłup|bark\w*|kolan\w*|nadgarst\w*|bel\w*|omuz\w*|diz\w*|bilek\w*"
    r"|punggung|pinggang|bahu|lutut|lưng|vai|đầu\s+gối|спин\w*|плеч\w*|колен\w*"
)
_BODY_PART = re.compile(rf"(?i)\b(?:{_BODY})\b|腰|肩|膝|手首|허리|어깨|무릎")
#: Hurt at work: a part of the body hurt doing the work — lifting, moving a patient, on a
#: ladder, with the kit missing or broken.
_HURT_AT_WORK = re.compile(
    r"(?i)\b(?:pulled|strained|hurt|injured|tweaked|twisted|sprained|wrenched|did\s+my|lesion\w*"
    r"|lastim\w*|machuc\w*|mago(?:ou|ei|ad[oa])\w*|distend\w*|bless\w*|verletzt|verhoben"
    r"|naderwa\w*|nadwyręż\w*"
    r"|skręci\w*|incin\w*|sakatla\w*|keseleo|cedera|đau|травм\w*|потянул\w*|сорвал\w*)\b"
    r"[^.!?]{0,80}?\b(?:moving|lifting|lift|hoist|transfer\w*|carrying|patient|resident|pallet|load"
    r"|boxes|ladder|shift|ward|site|warehouse|machine|truck|at\s+work|on\s+the\s+(?:floor|job|line)"
    r"|levantando|cargando|paciente|residente|carregando|levantar|heben|tragen|podnos\w*|pacjent\w*"
    r"|kaldır\w*|hasta|angkat|bệnh\s+nhân|поднима\w*|пациент\w*|mattress\w*|colch[oõã]\w*"
    r"|turning|a\s+virar|virando|a\s+carregar|a\s+levantar)\b"
    r"|ぎっくり腰|腰を痛め|허리를\s?다쳤"
)


def colleague_injured_at_work(point: str, entries: Sequence[Entry], now: datetime) -> bool:
    """Whether a point weighing how to speak of someone ("readmissões: como falar da Ana sem a
    prejudicar") names a colleague a recent note says was hurt doing the work ("a Ana magoou-se
    nas costas a virar colchões. pediu-me p/ não dizer nada"): an injury that needs reporting,
    not a confidence to keep (round 67: the card said only "two plain sentences")."""
    if not any(map(weighs_saying, parts(point))):
        return False
    names = _names(point)
    return bool(names) and any(
        e.kind is EntryKind.NOTE
        and (now - e.created_at).days <= NOTE_DAYS
        and _hurt_and_hushed(e.text, names)
        for e in entries
    )


#: Asked to keep it quiet: "pediu-me p/ não dizer nada", "begged me not to say".
_HUSHED = re.compile(
    r"(?i)\b(?:not\s+to\s+(?:say|tell|report|mention)|don'?t\s+(?:say|tell|report|mention)"
    r"|keep\s+it\s+(?:quiet|between\s+us)|n[aã]o\s+(?:dizer|contar|falar|reportar)|no\s+(?:decir|contar"
    r"|reportar)|nicht\s+(?:sagen|melden|erzählen)|nie\s+(?:mówić|zgłaszać|mów)|jangan\s+(?:bilang"
    r"|lapor|kasih\s+tau)|đừng\s+(?:nói|báo)|huwag\s+(?:sabihin|i-?report)|ne\s+(?:rien\s+)?(?:dire"
    r"|signaler))\b|言わないで|말하지\s?말"
)
#: Hurt away from the work, or a relative's hurt: no report to make.
_AWAY_FROM_WORK = re.compile(
    r"(?i)\b(?:ski\w*|gym|football|soccer|rugby|running|holiday|vacation|weekend|moving\s+house"
    r"|house\s+move|at\s+home|garden\w*|mum|mom|dad|mother|father|m[aã]e|pai|wife|husband|son"
    r"|daughter|kids?|férias|fim\s+de\s+semana|vacaciones|urlaub|futebol|fútbol)\b"
)


def _names(text: str) -> set[str]:
    """Capitalised words that are names, not sentence openings ("The", "Sunday")."""
    return {
        word.casefold()
        for word in _CAPITALISED.findall(text)
        if len(word) >= 3 and zipf_frequency(word.casefold(), "en") < 5
    }


def _hurt_and_hushed(note: str, names: set[str]) -> bool:
    """A sentence of the note says someone the point names was hurt in the body doing the work,
    and the note says they asked for silence."""
    if not _HUSHED.search(note) or _AWAY_FROM_WORK.search(note):
        return False
    return any(
        _HURT_AT_WORK.search(part) and _BODY_PART.search(part) and names & _names(part)
        for part in SENTENCE.findall(note)
    )


def injured_at_work(point: str, entries: Sequence[Entry], now: datetime) -> bool:
    """Whether a point weighing a part of the body ("should I tell her about my back??") comes
    back to a note of hurting it at work ("pulled something in my lower back moving Mr R, lift
    battery dead"): an injury to report, not private health news (round 66's worst sentence
    coached a care aide to ask for "a lighter load" instead)."""
    said = _BODY_PART.search(point)
    if said is None or not any(map(weighs_saying, parts(point))):
        return False
    part = said.group(0).casefold().split()[-1]
    return any(
        e.kind is EntryKind.NOTE
        and (now - e.created_at).days <= NOTE_DAYS
        and part in e.text.casefold()
        and _HURT_AT_WORK.search(e.text)
        for e in entries
    )
