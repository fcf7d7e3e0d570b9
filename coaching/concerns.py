"""A talking point that raises a worry about safety, integrity or conduct at work.

Round 32's reviewers put first that such points were called gossip ("Kev's crew didn't lock out
the MCC again" → "this might read as gossip … describe the work problem, not the person") or
given nothing at all: a falsified record, drugs going missing, hours billed that nobody worked.
A worry like that is no oversharing: it is what the 1:1 is for, said as facts. So the card
drops a gossip reading of it and says how to raise it (`concern_note`).

Read by families of words rather than by sentences (`bench/concerns.py` measures them on lines
written blind): a record made false, a safety control skipped, money or stock taken, a rule
broken for someone's benefit, a person treated in a way that is not theirs to absorb, and the
user's own sense that it is wrong ("is that even legal", "not comfortable").
"""

from __future__ import annotations

import re

from coaching.line_memo import FLAG, line_memo
from coaching.line_model import load
from coaching.model import Role
from coaching.oversharing import SENTENCE as _SENTENCE

_FAMILIES = {
    # a record, a result or a signature made false: "backdating the calibration certs", "fill
    # them in at 6 as if done", "rewritten after the fact", "so it looks approved"
    "false record": (
        r"\bback[- ]?dat\w*\s+(?:the\s+|all\s+the\s+|our\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
        r"(?:records?|certs?|certificates?|logs?|checks?|entries|signatures?|forms?|register"
        r"|sheets?|timesheets?|documents?|paperwork|invoices?|reports?)\b|\bfalsif\w*"
        r"|\bfudg\w*\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+)?(?:\w+\s+)?(?:numbers|figures|data"
        r"|results|hours|books|records|readings|timesheets?|logs?)\b|\bforg(?:ed|ery)\b"
        r"|\bfak(?:e|ed|ing)\s+(?:the\s+)?(?:numbers|data|records?|results?|signatures?|entries"
        r"|readings?|invoices?|receipts?|timesheets?|logs?|certs?|hours)\b"
        r"|\bfabricat\w*|\bmade\s+up\s+(?:the\s+)?(?:numbers|readings|results|data|figures)"
        r"|\b(?:rewr\w*|chang\w*|alter\w*|fill\w*|sign\w*|record\w*|writ\w*|edit\w*)\b[^.!?]{0,40}"
        r"\bafter\s+the\s+fact\b|\bas\s+if\s+(?:done|checked|it\s+was|they\s+were)\b"
        r"|\bso\s+it\s+looks\s+(?:approved|done|ok|fine|like)\b"
        r"|\bcop(?:y|ied|ying)\b[^.!?]{0,40}\b(?:from|off)\s+(?:the\s+)?last\b"
        r"|\bretest\w*\s+until\b|\bonly\s+record\w*\s+the\s+pass\w*"
        r"|\b(?:reset|wiped?|cleared)\s+the\s+(?:logger|log|alarm|counter)\b"
        r"|\b(?:closed|marked|marking|ticked|signed\s+off|logged)\b[^.!?]{0,25}\bas\s+"
        r"(?:resolved|done|complete|delivered|checked|fixed)\b[^.!?]{0,40}\b(?:without|w/o)\b"
        r"|\b(?:sign\w*|podpis\w*|tick\w*|mark\w*|writ\w*|fill\w*|record\w*|initial\w*)\b[^.!?]{0,60}"
        r"\b(?:nobody|no\s+one|never\s+(?:did|done|happened|checked)|i\s+didn'?t\s+see"
        r"|weren'?t\s+there|wasn'?t\s+there|nie\s+było|not\s+actually|w/o\s+actually"
        r"|without\s+(?:actually|checking|looking|doing|testing))\b"
        r"|(?:\b|(?<=\d))(?:hours?|hrs|h|ot|overtime)\b[^.!?]{0,25}\b(?:i|we|they|he|she)\s+(?:didn'?t|did\s+not"
        r"|never)\s+work"
        r"|\b(?:change|chang\w+|alter\w*|relabel\w*|mudar|cambiar|ändern)\b[^.!?]{0,30}"
        r"\b(?:expiry|use[- ]by|best[- ]before|validade|caducidad|haltbarkeit)"
        r"|\b(?:delet\w*|shred\w*|destroy\w*|wipe)\b[^.!?]{0,20}\b(?:cctv|footage|evidence)\b"
        r"|\b(?:cctv|footage)\b[^.!?]{0,30}\bdelet\w*"
        r"|\b(?:tell|told|report\w*)\s+(?:the\s+)?(?:regulator|auditors?|inspectors?|council|epa"
        r"|client|insurer)\b[^.!?]{0,40}\b(?:minor|nothing|fine|ok|only|just)\b"
        r"|\bsplit\w*\b[^.!?]{0,40}\b(?:under|below)\s+\S*\d|\bsplit\w*\b[^.!?]{0,60}\bso\s+(?:they|it"
        r"|we)\s+(?:don'?t|dont|do\s+not|won'?t)\s+need\b"
        r"|\bmark\w*\b[^.!?]{0,30}[\"“'‘]?(?:delivered|done|complete|checked|resolved)[\"”'’]?"
        r"\s+when\s+(?:they|it|nobody|no\s+one)\s+(?:just|hadn'?t|wasn'?t|never|didn'?t)\b"
        # a record to be made right later: "keep driving, fix the log later", "fill the
        # checks in later"
        r"|\b(?:fix|change|edit|adjust|backfill)\w*\s+(?:up\s+|in\s+)?(?:the\s+|his"
        r"\s+|her\s+|their\s+|my\s+)?(?:logs?|logbook|records?|sheets?|timesheets?|tacho\w*|hours"
        r"|checks?|charts?|readings?)\s+(?:in\s+|up\s+)?later\b"
        # someone's own mark on work that is not theirs: "stamp my ID on his welds"
        r"|\b(?:stamp|put\s+my\s+(?:name|stamp|number|id|signature))\w*\b[^.!?]{0,40}"
        r"\b(?:his|her|their|someone\s+else'?s|other\s+people'?s|another\s+\w+'?s"
        r"|(?-i:[A-Z])\w+(?:['’]s)?)\s+(?:welds?"
        r"|work|jobs?|checks?|tests?|inspections?|joints?|installs?|installations?|certs?)\b"
        # results dropped or played down: "drop the station that didn't recover", "play down
        # the breaches", "leave the bad samples out"
        r"|\b(?:drop|leave\s+out|exclude|remove|hide|bury)\b[^.!?]{0,30}\b(?:data|station|site"
        r"|samples?|results?|outliers?|points?|readings?|breaches?|findings?)\b[^.!?]{0,30}"
        r"\b(?:didn'?t|doesn'?t|don'?t|did\s+not|not)\s+(?:fit|recover|support)\b"
        r"|\b(?:play(?:ing|ed|s)?\s+down|downplay\w*|water\s+down)\b[^.!?]{0,40}"
        r"\b(?:breach\w*|results?|risks?|findings?|data|warnings?|samples?|incidents?|failures?"
        r"|contamination|e\.?\s?coli)\b"
        # a finding to be written up better than it is: "wants Owhiro Bay as 'fair' not 'poor'"
        r"|\b(?:wants?|asked|told|pushing|pressur\w*)\b[^.!?]{0,60}\bas\s+['‘\"]?(?:fair|poor|good|bad|red"
        r"|amber|green|pass\w*|fail\w*|compliant|non-compliant|safe|unsafe|low|medium|high|minor"
        r"|major|critical|satisfactory|unsatisfactory|acceptable|ok)['’\"]?\s+(?:not|instead\s+of"
        r"|rather\s+than)\s+['‘\"]?(?:fair|poor|good|bad|red|amber|green|pass\w*|fail\w*|compliant"
        r"|non-compliant|safe|unsafe|low|medium|high|minor|major|critical|satisfactory"
        r"|unsatisfactory|acceptable|ok)\b"
        # told to keep it off the record: "shift lead told us not to log it"
        # (not "asked me not to tell anyone": that is a confidence kept, not a record hidden)
        r"|\b(?:told|asked|wants?|want(?:ed|s)?)\s+(?:us|me|them|everyone)\s+(?:not\s+to|to\s+not)"
        r"\s+(?:log|report|record|write|flag)\b"
        r"|\bbump\w*\b[^.!?]{0,30}\b(?:grades?|marks?|scores?|to\s+an?\s+[a-c])\b"
        # signatures in one hand: "attendance sheet has 40 names but ~15 signatures look same
        # handwriting" (round 54: a per-diem claim no reading caught)
        r"|\bsame\s+handwriting\b"
        # told to log an incident as something less: "log it as housekeeping not a near miss",
        # "said dont put it in SafetyCulture as an incident" (round 55)
        r"|\blog\s+it\s+as\s+\w+\s+not\s+(?:a|an)\s+(?:near\s+miss|incident|accident|injury)\b"
        r"|\b(?:said|told\s+(?:me|us))\s+(?:to\s+)?(?:dont|don't|do\s+not|not\s+to)\s+(?:put|log|record"
        r"|report|write)\b[^.!?]{0,40}\b(?:incident|near\s+miss|accident|injury)\b"
        r"|\bfirmas?\s+iguales\b|\bmesma\s+letra\b|\bgleiche\s+handschrift\b|\bm[êe]me\s+[ée]criture\b"
    ),
    # a control that keeps people safe, skipped or switched off: "didn't lock out", "guard off
    # … while it's running", "gas monitor bypassed w/ tape", "without a standby person"
    "safety skipped": (
        r"\b(?:didn'?t|did\s+not|never|not|no)\s+(?:lock|tag)\w*\s*(?:out|off)\b"
        r"|\b(?:skip\w*|bypass\w*|overrid\w*|disabl\w*|tap(?:ed|ing)|jumper\w*|bridg\w*"
        r"|überbrück\w*|without|w/o|no|sin|sem|ohne|bez|sans)\b[^.!?]{0,40}"
        r"\b(?:lock[- ]?out|loto|isolation|isolating|harness\w*|arn[eé]s|guards?|interlock"
        r"|light\s+curtain"
        r"|lichtschranke|gas\s+(?:test|monitor|detector)|permit|standby|exclusion\s+zone"
        r"|toe\s*boards?|edge\s+protection|hard\s*hats?|ppe|epi|fall\s+(?:arrest|protection)"
        r"|(?:second|2nd)\s+(?:person|check)|double[- ]check|change\s+approval|safety\s+check"
        r"|revisar|usar\s+el|cinto|casco|capacete|szelek|uprzęży|safety\s+stops?"
        r"|decompression\s+stops?|pre-?start\s+checks?)\b"
        # not logged by whoever should: "skipper didnt log it", "supervisor never reported it"
        r"|\b(?:skipper|supervisor|foreman|manager|boss|lead|nobody|no\s+one)\s+(?:didn'?t|didnt|did\s+not"
        r"|never|won'?t)\s+(?:log|report|record|write\s+up)\s+(?:it|that|this)\b"
        r"|\b(?:guard|interlock|gas\s+monitor|alarm)\s+(?:off|removed|bypassed|taped|disabled)\b"
        r"|\b(?:lock[- ]?out|interlock|light\s+curtain|lichtschranke|guard|sensor|gas\s+monitor)"
        r"\b[^.!?]{0,40}\b(?:bypass\w*|überbrück\w*|taped|disabled|overrid\w*|jumper\w*)"
        r"|\b(?:removed|ripped\s+off|took\s+off|ignor\w*)\s+the\s+(?:out[- ]of[- ]service|danger"
        r"|do[- ]not[- ]use|lockout)\s+(?:tag|sign|label)\b"
        # a Bangla or Hindi "without" after the thing: "harness chara kaj korche"
        r"|\b(?:harness\w*|helmets?|hard\s*hats?|ppe|lanyards?|belts?)\s+(?:chara|chhara|bina|bila)\b"
        r"|\bexpired\b[^.!?]{0,40}\bstill\b|\b(?:asleep|sleeping)\s+on\s+(?:shift|duty|nights)\b"
        r"|\bcrack\s+on\s+anyway\b|\bsaid\s+(?:leave\s+it|ignore\s+it|crack\s+on)\b"
        r"|\b(?:nobody|no\s+one)\s+reported\b(?!\s+back)|\bcover(?:ed|ing)?\s+(?:it\s+)?up\b(?!\s+for)"
        r"|\b(?:keep|kept|carry\s+on)\s+driving\b[^.!?]{0,40}\b(?:tired|log|exhausted|asleep"
        r"|falling)\b|\b(?:over|past|beyond|out\s+of)\s+(?:his|her|their)\s+(?:driving\s+)?"
        r"hours\b|\b(?:tired|exhausted|falling\s+asleep)\b[^.!?]{0,40}\bkeep\s+(?:driving|going)\b"
        r"|\bwithholding\s+period\b|\bre-?(?:freez|congel)\w*|\brecongel\w*"
        # live electrical work and a shock nobody wrote up: "had us land wires in a live
        # panel again", "got bit off a shared neutral. nobody wrote it up" (round 54)
        # — live only with wires in the line, bit only off something electric (a fresh-eyes
        # review: "the live db", "a live panel at the HR summit", "got bit by the caching bug")
        r"|\b(?:in|on)\s+(?:a\s+|the\s+)?live\s+(?:panel|board|db|circuit|switchboard)\b"
        r"(?=[^.!?]{0,60}\b(?:wires?|wiring|volts?|neutral|breaker|cables?)\b)"
        r"|\b(?:land|landed|landing|terminat\w*)\s+(?:the\s+)?wires?\s+(?:in|on)\s+(?:a\s+|the\s+)?live\b"
        r"|\bgot\s+bit\s+(?:off|by)\s+(?:a\s+|the\s+)?(?:shared\s+)?(?:neutral|wire|cable|circuit"
        r"|panel|live|\d{3}\s*v?)\b"
        r"|\binstead\s+of\s+quarantin\w*|\bwithout\s+quarantin\w*"
    ),
    # money, stock or drugs taken, or a rule bent for someone's own gain
    "taken": (
        r"\bsteal\w*+(?!\s+(?:my\s+|the\s+)?(?:credit|ideas?|thunder))|\bstole\b(?!\s+(?:my\s+|the\s+)?(?:credit|ideas?|thunder|show))|\bstolen\b|\btheft\b|\bthie(?:f|ves|ving)\b|\bpocket(?:ing|ed)\b"
        r"|\btaking\s+(?:cash(?!\s+flow)|money|stock|fuel|diesel|meds)\b|\bembezzl\w*"
        r"|\bfront[- ]?running\b|\binsider\s+(?:info|trading)\b"
        r"|\b(?:cash(?!\s*flow)|money|till|fuel|diesel|drugs?|meds|vials?|ampoules?|tablets?|doses?|opioids?)"
        r"\b[^.!?]{0,30}\b(?:missing|disappear\w*|short|go(?:es|ing)?\s+walkabout)\b"
        r"|\b(?:vials?|ampoules?|tabs?|tablets?|doses?)\s+(?:of\s+\w+\s+)?(?:missing|short)\b"
        r"|\bwrite\s+(?:it|them)\s+off\s+as\s+(?:wastage|waste|breakage|damaged|spoil\w*|expired)\b"
        r"|\b(?:owns?|has)\s+shares\s+in\s+(?:the\s+|a\s+)?(?:vendor|supplier|contractor|bidder)\b|\bhasn'?t\s+declared\b|\bundeclared\b"
        # someone else's relative's firm ("his brother's company"), never the user's own
        # ("Husband's contract ended")
        r"|\b(?:his|her|their|\w+['’]s)\s+(?:brother|sister|cousin|wife|husband|son|daughter|nephew|niece|relative|mate)"
        r"(?:[- ]in[- ]law)?['’]s\s+(?:development|company|firm|business|bid|tender|abattoir"
        r"|contract)\b|\b(?:owned\s+by|belongs\s+to)\s+(?:his|her|their)\s+\w+"
        r"|\b(?:supplier|vendor)\b[^.!?]{0,60}\b(?:tickets?\s+to|trip\s+to|gifts?|paid\s+for|took"
        r"\s+\w+\s+to)\b"
        r"|\bcharged\s+twice\b[^.!?]{0,60}\b(?:ignore|not\s+refund|keep)\w*|\bmis-?sold\b"
        r"|\b(?:codeine|opioids?|meds|drugs|antibiotics?|pills|tablets|oxy\w*|tramadol|diazepam)\b"
        r"[^.!?]{0,40}\b(?:without|w/o|no)\s+(?:a\s+)?(?:script|prescription)\b"
        r"|\b(?:looked|looking|look)\s+up\s+(?:his|her|their|an?)\s+(?:ex|neighbou?r|friend)\w*"
        r"|\bpii\b[^.!?]{0,40}\b(?:public|exposed|leak\w*|dump\w*)|\bdata\s+breach\b|\bpublic\s+s3\b"
    ),
    # what is done to people: "screaming at the new trainee", "touching people's shoulders",
    # "we don't hire women for the pit", "unpaid trial shifts", "clock out and keep working"
    "conduct": (
        r"\b(?:sexist|racist|homophobic|misogyn\w*|discriminat\w*|slurs?)\b"
        r"|\bharass\w*+(?![-\s]+(?:\w+[-\s]+){0,2}(?:prevention|training|policy|module|course"
        r"|awareness|intake))"
        r"|\bbull(?:y|ies|ied|ying)\b|\bgrop\w*|\bassault\w*|\broughed\s+up\b"
        r"|\b(?:scream\w*|swear\w*|shout\w*|yell\w*)\s+at\s+(?:the\s+)?(?:new\s+)?(?:her|him|them|me|us"
        r"|everyone|staff|people|trainees?|apprentices?|juniors?|nurses?|kids?|students?|patients?"
        r"|customers?|guests?|crew|girls|boys|cooks?)\b"
        # a hand laid on someone: "grabbed her arm", "slapped her thigh", "pushed him"
        # ("her coffee" is hers, not her; "pushed him to apply" is encouragement)
        r"|\b(?:grabb?(?:ed|ing)|slap(?:ped|ping|s)?|shov(?:ed|ing)|pinch(?:ed|ing)|kick(?:ed|ing)"
        r"|punch(?:ed|ing)|hit(?:ting)?|smack(?:ed|ing))\s+(?:(?:him|them)\b(?!\s+(?:up|back|off|out"
        r"|with|from|for|into|onto|on)\b)|her(?=\s*(?:$|[.,;!?)]|\s+(?:arm|wrist|hand|thigh|leg|face"
        r"|neck|shoulder|hair|breast|bum|bottom|by|and|when|in|on|again|because|bc|twice|hard)\b)))"
        r"|\b(?:slap(?:ped|ping|s)?|shov(?:ed|ing)|pinch(?:ed|ing)|kick(?:ed|ing)|punch(?:ed|ing)"
        r"|hit(?:ting)?|smack(?:ed|ing))\s+a\s+(?:patient|resident|child|kid|pupil|student|woman|man)"
        r"\b(?!\s+(?:satisfaction|score|target|record|milestone|survey|experience|count|numbers?"
        r"|volume|flow|safety|care|journey|feedback))"
        r"|\bthrew\s+(?:a|the)\s+(?:pan|knife|chair|plate|tool|phone|cup|mug|bottle|box|file|stapler"
        r"|spanner|wrench|hammer)\b"
        r"|\btouch\w*\s+(?:people|her|him|them|staff|me|women)\b"
        r"|\b(?:don'?t|do\s+not|won'?t)\s+hire\s+(?:women|girls|men|older|foreign\w*|muslims?)\b"
        r"|\b(?:women|girls?|muslim|black|gay|trans|foreign\w*|migrants?|asian|disabled)\b"
        r"[^.!?]{0,40}(?:can'?t\s+hack|should\s+be|smelly|making\s+the\s+tea|lazy|dirty)"
        r"|\bunpaid\s+(?:['‘]?trial|shifts?|overtime|hours)\b|\boff[- ]the[- ]clock\b"
        r"|\bclock\w*\s+out\s+and\s+keep\s+working\b|\binappropriate\s+(?:comment|remark|joke|touch)"
        # people turned away from what they are owed: "sent a Roma family away without taking a
        # homeless application", "refused the wheelchair user" (round 38)
        r"|\b(?:sent|turned|turning|sending|sends|turns)\s+(?:\w+\s+){0,4}away\b[^.!?]{0,20}"
        r"\b(?:without|w/o)\s+(?:taking|logging|recording|hearing)\s+(?:a|an|the|their|any)?\s*(?:\w+\s+)?"
        r"(?:application|report|complaint|referral|details|statement|claim|assessment)\b"
        r"|\b(?:(?:roma|gypsy|traveller|refugee|asylum[- ]seeking|migrant|immigrant|disabled"
        r"|wheelchair|muslim|black)\w*\s+(?:family|families|people|person|man|woman|men|women|kids?|child(?:ren)?"
        r"|clients?|tenants?|patients?|customers?|users?|applicants?|residents?)|refugees"
        r"|asylum\s+seekers|migrants)\b[^.!?]{0,40}\b(?:sent\s+away|turned\s+away|refused|denied)\b"
        r"|\b(?:sent|turned)\s+away\s+(?:a|an|the|two|three|\d+)\s+(?:roma|gypsy|travell?er|refugee"
        r"|asylum|migrant|immigrant|disabled|wheelchair|muslim|black)\w*\s+(?:family|families|people"
        r"|person|man|woman|men|women|kids?|child(?:ren)?|clients?|tenants?|patients?|customers?|users?"
        r"|applicants?|residents?)\b"
    ),
    # families read before any line of the frozen set (round 32's second pass): drugs that
    # don't add up, work done without the ticket it needs, goods past their date still sold,
    # a relative hired or favoured, money off the books, a threat for speaking up
    "beyond": (
        r"\b(?:controlled\s+drugs?|cd\s+(?:register|count|cupboard)|opioids?|fentanyl|morphine|oxy\w*|ketamine|codeine"
        r"|diazepam|tramadol|midazolam|pethidine)\b[^.!?]{0,40}\b(?:missing|short|discrepanc\w*"
        r"|unaccounted|not\s+signed|wastage|gone)\b|\bunaccounted\s+for\b"
        r"|\b(?:no|without|w/o|not\s+wearing|not\s+using|never\s+wears?)\s+(?:a\s+|an\s+|the\s+|any\s+)?"
        r"(?:ppe|helmets?|goggles|respirators?|hi-?vis|seat\s*belts?|lanyards?|guard\s*rails?"
        r"|handrails?|barriers?|spotter|banksman|licen[cs]e|ticket)\b[^.!?]{0,40}\b(?:working|work|running|driving|operat\w*"
        r"|using|on\s+(?:the\s+)?(?:roof|site|line|floor|ward)|again|still)\b"
        r"|\bcall(?:ed|s|ing)?\s+(?:her|him|them|me|the\s+new\s+\w+)\s+(?:a\s+|an\s+)?[\"“'‘]"
        r"|\bcomments?\s+about\s+(?:her|his|their|my)\s+(?:body|looks|weight|accent|religion"
        r"|race|age|skin|hijab|pregnancy)\b"
        r"|\b(?:dating|sleeping\s+with|seeing)\s+(?:his|her|their)\s+(?:direct\s+)?(?:report"
        r"|subordinate|student|patient|client)\b"
        r"|\bhir(?:ed|ing|es)\s+(?:his|her|their)\s+(?:own\s+)?(?:son|daughter|nephew|niece|cousin"
        r"|wife|husband|brother|sister|friend|mate)\b"
        r"|\b(?:expired|out\s+of\s+date|past\s+(?:its|the|their)\s+(?:date|use[- ]by)|mislabel\w*)"
        r"\b[^.!?]{0,40}\b(?:sold|sell\w*|served|serv\w*|used|using|given|giving|back\s+on)\b"
        r"|\bcash\s+in\s+hand\b|\boff\s+the\s+books\b|\bretaliat\w*"
    ),
    # someone at work impaired by drink or drugs: "came in smelling of alcohol", "drunk on
    # shift" (round 36: a night nurse, noted twice, and the card said nothing)
    "impaired": (
        r"\b(?:smell\w*|smelt|stink\w*|stank|reek\w*)\s+(?:of|like)\s+(?:alcohol|booze|drink|beer"
        r"|whisk(?:e)?y|vodka|gin|rum|weed|cannabis|spirits)\b(?!\s*(?:gel|wipes?|rub|hand|sanitis\w*"
        r"|sanitiz\w*|swabs?))"
        r"|\b(?:drunk|tipsy|hungover|intoxicated|drinking)\s+(?:on|at|during|for|to)\s+(?:the\s+|his\s+"
        r"|her\s+|their\s+)?(?:shift|duty|nights?|work|site|ward|job|wheel)\b"
        r"|\b(?:turned\s+up|came\s+in|showed\s+up|arrived|rocked\s+up)\s+(?:\w+\s+)?(?:drunk|hungover"
        r"|intoxicated|wasted|high)\b"
        r"|\bunder\s+the\s+influence\b(?!\s+of\s+(?!alcohol|drink|drugs|something)\w)"
        r"|\bcheir\w*\s+(?:a|de)\s+(?:álcool|alcool|bebida|cachaça|pinga)\b(?!\s*(?:gel|70))"
        r"|\b(?:olía|olor)\s+a\s+(?:alcohol|trago|licor)\b(?!\s+(?:del|en\s+gel|de\s+desinfec))"
        r"|\bborrach[oa]\s+(?:en|al)\s+(?:el\s+)?(?:turno|trabajo)\b"
        r"|\bbêbad[oa]\s+(?:no|ao|na)\s+(?:plantão|turno|trabalho|obra)\b|\bpijan\w*\s+w\s+pracy\b"
        r"|\bbetrunken\s+(?:im\s+dienst|bei\s+der\s+arbeit|auf\s+(?:der\s+)?baustelle)\b"
    ),
    # pressure by presence or threat: "same guy was by my car at 6pm", "Kayla's ex turned up at
    # the branch again", "threaten to sack anyone wey complain" (round 38: a planner pressed to
    # sign off a tower over the zoning limit got "friction on some shared work")
    "threat": (
        r"\b(?:(?:same|that|this)\s+(?:guy|man|bloke)|\w+['’]s\s+(?:guy|man|people))\s+(?:was|were|is"
        r"|has\s+been|waiting|turned\s+up|showed\s+up|came|hanging\s+around)\s+(?:\w+\s+)?(?:by|at"
        r"|near|outside|round)\s+(?:my|the)\s+(?:car|office|desk|site|store|shop|branch|ward|gate)\b"
        r"|\b(?:her|his|their|\w+['’]s)\s+ex\s+(?:(?:is\s+|keeps?\s+)?(?:turning|showing)|turned"
        r"|showed)\s+up\b"
        r"|\bthreat\w*\s+(?:me\s+|us\s+|them\s+|him\s+|her\s+|anyone\s+|everyone\s+)?(?:to|with)\s+"
        r"(?:sack|fire|dismiss|hurt|deport|the\s+sack|kill|beat)\b|\bthreatened\s+(?:me|us|him|her|them)\b"
        r"|\b(?:me|nos|le|la|lo)\s+amenaz\w*|\bamenaz\w*\s+con\s+(?:despedir\w*|correr\w*|echar\w*)"
    ),
    # round 40's blind notes, by kind (after the rating): results left out of the methods, a
    # record of checks not made, overtime worked but not paid, a voice raised in front of
    # everyone, a slur, unsafe cover said as unsafe, a sign-off where the signer was not there
    "unsaid": (
        r"\b(?:wrote|charted|recorded|filled\s+in|documented|signed)\b[^.!?]{0,50}\b(?:he|she|they)"
        r"\s+(?:didn'?t|didnt|did\s+not|never)\s+(?:take|do|check|give|see|visit|make)\b"
        r"|\b(?:went\s+mental|lost\s+it|kicked\s+off|blew\s+up|screamed|shouted|yelled|gritou|gritando"
        r"|grita|gritó)\b[^.!?]{0,40}\b(?:in\s+front\s+of\s+(?:everyone|everybody|all|the\s+(?:team|crew"
        r"|staff|customers|patients|kids|students|kitchen|whole))|na\s+frente\s+de\s+todo|delante\s+de"
        r"\s+todos|frente\s+a\s+todos|vor\s+allen|przy\s+wszystkich)\b"
        r"|\b(?:chamou|chamando|llamó|llamando)\s+(?:de\s+|a\s+\w+\s+)?['‘\"]"
        r"|\b(?:is\s+not|isn'?t)\s+safe\b(?!\s+to\s+(?:assume|say|bet))"
        r"|\b(?:alone|on\s+my\s+own|only\s+me|just\s+me)\s+(?:w|with|for)\s+\d{2,}\s+(?:pts|patients"
        r"|residents|kids|children|beds|babies)\b"
        r"|\b(?:unterschreib\w*|abnehm\w*|unterzeichn\w*|sign\w*)\b[^.!?]{0,60}\b(?:war|bin|waren)\s+"
        r"nicht\s+(?:mal\s+)?dabei\b"
        r"|\b(?:work|working|worked|do|doing)\s+it\s+live\b|\bcan'?t\s+cut\s+(?:the\s+)?power\b"
        # round 41: driving past the legal limit, a tachograph "fixed later", data gaps filled
        r"|\b(?:drive|driving|drove|route|shift|behind\s+the\s+wheel)\b[^.!?]{0,40}\b(?:past|over|beyond)"
        r"\s+(?:his|her|their)\s+(?:\d+\s*h(?:rs?|ours?)?|limit|legal\s+limit|hours)\b"
        r"|\b(?:past|over|beyond)\s+(?:his|her|their)\s+\d+\s*h(?:rs?|ours?)?\b"
        r"|\btacho\w*\b[^.!?]{0,20}\b(?:fix|change|edit)\w*\s+(?:it\s+)?later\b"
        r"|\b(?:someone|he|she|they)\s+filled\s+(?:in\s+)?(?:the\s+)?gaps\b"
        r"|\bidentical\s+(?:counts|values|readings|numbers|data)\s+across\b"
    ),
    # the user's own sense that it is wrong
    "wrong": (
        r"\b(?:is\s+(?:that|this|it)|that'?s|thats)\s+(?:even\s+)?legal\b|\bnot\s+legal\b"
        r"|\bagainst\s+(?:the\s+)?(?:law|regs)\b"
        r"|\bnão\s+(?:tá|está)\s+certo\b|\bno\s+está\s+bien\b|\bpas\s+normal\b"
    ),
    # the same, in the other languages notes come in
    "abroad": (
        r"\bfalsific\w*|\bfałsz\w*|\bgefälscht\w*|\bfälsch\w*|\bkopiert\b"
        r"|\brob(?:ando|o|an)\b|\broubando\b|\bkradn\w*|\bkradzież\w*|\bklaut\w*|\bdiebstahl\b"
        r"|\bacoso\b|\bassédio\b|\bharcèlement\b|\bbelästig\w*"
        r"|\bfirma\w*\b[^.!?]{0,40}\bsin\s+revisar\b|\bdù\s+thiếu\b|\bthực\s+ra\s+chưa\b"
        r"|\bchưa\s+kiểm\b|\băn\s+cắp\b|\bkahit\s+hindi\b|\bnakaw\w*|\bninanakaw\b"
        r"|\blakini\s+hazi\w*|\bwizi\b|\bkuiba\b|\bback\s*date\s+kar\b|\bchori\b"
        r"|\bfake\s+entr\w*"
    ),
}
#: Money offered or asked for to bend a rule, named as such in the notes' languages (round 67:
#: "dikasih amplop, sy tolak" — an extension officer offered an envelope to put non-farmers on a
#: subsidy list got nothing). Words that also mean something innocent are read only with a verb
#: of giving or taking ("propina" is a tip or a tuition fee, "kitu kidogo" a small thing,
#: "mazzetta" a hammer) or left out ("tangente", "lagay", "bung", "sweetener").
_BRIBE_WORDS = (
    r"\bbrib\w*|\bkick-?backs?\b(?!\s+(?:at|party|tonight|this\s+(?:friday|weekend)|friday|saturday))|\bbackhanders?\b|\bgreas\w*\s+(?:his|her|their|the\s+\w+['’]s)\s+palms?"
    r"|\brushwa\b|\brishwat\b|\bbest[eo]ch\w*|\bschmiergeld\w*|\bpots?-de-vin\b"
    r"|\bdessous-de-table\b|\bsoborn\w*|\bsuborn\w*|\bcoima\w*|\bcohecho\b|\bmoches?\b"
    r"|\b(?:ofereceu|oferecer|recebeu|receber|aceitou|cobrou|cobrando|pediu|pagar|pagou)\s+(?:uma\s+)?propina"
    r"|\bmolhar\s+a\s+m[aã]o\b|\btangenti\b|\bbustarell[ae]\b|\bsteekpenning\w*|\bsmeergeld\b"
    r"|\bbestikkelse\w*|\bbestikke[tr]?\b|\bbestickning\w*|\bmut(?:or|ade|at|orna)\b|\błap[oó]wk\w*"
    r"|\búplat\w*|\brüşvet\w*|\bвзятк\w*|\bна\s+лапу\b|\bhối\s+lộ\b|\bđút\s+lót\b|\blại\s+quả\b"
    r"|\btiền\s+(?:bôi\s+trơn|lót\s+tay)\b|\bsogok\w*|\bnyogok\w*|\bpungli\b|\bpungutan\s+liar\b"
    r"|\bsuap-menyuap\b|\b(?:terima|nerima|kasih|minta|uang)\s+suap\b|\bdisuap\b|\bmenyuap\b"
    r"|\buang\s+(?:pelicin|sogok)\b|\b(?:terima|nerima|dikasih|dapat)\s+gratifikasi\b|\bsuhol\w*"
    r"|\bpadulas\b|\bhongo\b|\b(?:aliomba|anaomba|aliniomba|wanataka|alitaka|kutoa|nipe|mpe)\s+kitu"
    r"\s+kidogo\b|रिश्वत|घूस\s*(?:ली|लेत|लेन|दी|देन|दे|मांग|माँग|खोर)|की\s+घूस|رشوة|رشوه|رشاوى|رشوت"
    r"|賄賂|袖の下|わいろ|ワイロ|キックバック|裏金|贿赂|行贿|受贿|回扣|好处费|뇌물|촌지|뒷돈|สินบน|φακελάκι"
    r"|δωροδοκ\w*"
    # cash offered for a favour: "offered me $200 to sign it off"
    r"|\b(?:offered|slipped|handed|tried\s+to\s+give)\s+(?:me|us|him|her|them|the\s+team|my\s+team)"
    r"\s+(?:some\s+|an?\s+)?(?:cash|money|[$€£]\s?\d+|\d+\s*(?:quid|bucks|euros?|dollars))\b"
    r"[^.!?]{0,40}\b(?:to|if|so|for)\b[^.!?]{0,30}\b(?:sign|pass|approve|skip|ignore|look\s+the\s+other"
    r"\s+way|choose|pick|award|renew|release|leak|overlook|drop|speed)\w*"
)
#: Talk about the rule rather than a case of breaking it: training, a policy, a register.
_ABOUT_THE_RULE = re.compile(
    r"(?i)\b(?:training|e-?learning|module|course|quiz|policy|policies|register|risk\s+assessment"
    r"|sosialisasi|pelatihan|schulung\w*|richtlinie\w*|kursus|utbildning|corso|curso|treinamento"
    r"|pol[ií]tica|szkoleni\w*|eğitim\w*|курс\w*|mafunzo|compliance|anti\W?\w*|mücadele"
    r"|przeciwdziałan\w*|противодейств\w*|formation|capacitaci[oó]n|đào\s+tạo|webinar|workshop)\b"
    r"|ट्रेनिंग|培训|研修|교육|دورة|مكافحة|विरोधी|反"
)
#: A joke about sweets: "bribed the team with donuts".
_TREAT = re.compile(
    r"(?i)\b(?:my\s+)?(?:kids?|son|daughter|toddler)\s+brib\w*"
    r"|\b(?:brib\w*|mutade)\b(?:\s+\w+){0,3}\s+(?:with|med|mit|con|com)\s+(?:\w+\s+)?(?:donuts?|doughnuts?|pizza|cakes?"
    r"|cookies|biscuits|snacks|sweets|candy|chocolates?|coffee|beers?|treats|ice\s+cream|semlor|fika)\b"
)
#: An envelope handed over, offered or refused ("dikasih amplop, sy tolak", "dúi phong bì").
_ENVELOPE = re.compile(
    r"(?i)\bamplop\w*|\bphong\s+b[ìi]\b|\benvelopes?\s+(?:of|with|full\s+of|stuffed\s+with)\s+(?:cash"
    r"|money|notes)\b"
)
_HANDED = re.compile(
    r"(?i)\b(?:dikasih|dikasi|ngasih|kasih|kasi|ditawar\w*|nawar\w*|menawar\w*|nyodor\w*|disodor\w*"
    r"|tolak|nolak|menolak|ditolak|terima|nerima|menerima|đưa|dúi|biếu|nhận|từ\s+chối|offered|handed"
    r"|slipped|refused|took|take|takes|taking|taken|gave|accept\w*|receiv\w*)\b"
)
_THANKS = re.compile(r"(?i)\bterima\s*kasih\b|\bmakasih\b|\bmksh\b")
#: Pay, a bonus, a gift among colleagues, or papers: an envelope that is no bribe ...
_PAY_OR_GIFT = re.compile(
    r"(?i)\b(?:thr|gaji|bonus|lebaran|kondangan|nikahan|pernikahan|ultah|lì\s+xì|tết|cưới|lương"
    r"|thưởng|wedding|birthday|christmas|payslip|wages?|duka|melayat|sumbangan|pensiun|perpisahan"
    r"|kontrak|berkas|dokumen|lamaran|surat|hồ\s+sơ|tài\s+liệu|giấy\s+tờ|hợp\s+đồng|phúng\s+viếng"
    r"|đám\s+(?:tang|hiếu)|nghỉ\s+hưu|contracts?|documents?|forms?|condolence|retirement|leaving)\b"
)
#: ... unless it buys a favour or comes from someone with business pending.
_FAVOUR = re.compile(
    r"(?i)\b(?:biar|supaya|agar|asal|kalau|để|nhờ|cho\s+qua|bỏ\s+qua|bảo(?!\s+(?:vệ|hiểm|trì|quản))|xin|vendor|rekanan|kontraktor"
    r"|supplier|pemborong|ketua|petugas|nhà\s+cung\s+cấp|nhà\s+thầu|bên\s+thầu|khách\s+hàng|bidder"
    r"|contractor|so\s+(?:that|we|i|he|she|they))\b"
)


def offers_money(text: str) -> bool:
    """Whether a line tells of money offered or asked for to bend a rule, as something seen or
    done (not heard of, not a rule taught): a bribe named, or an envelope handed over or
    refused that is no pay, gift or paperwork — or is, but buys a favour."""
    if _HEARSAY.search(text):
        return False
    for part in _SENTENCE.findall(text):
        if _BRIBE.search(part) and not _ABOUT_THE_RULE.search(part) and not _TREAT.search(part):
            return True
        if not _ENVELOPE.search(part) or not _HANDED.search(_THANKS.sub(" ", part)):
            continue
        favour = _FAVOUR.search(part)
        vietnamese = re.search(r"(?i)\bphong\s+b[ìi]\b", part)
        if favour or (not vietnamese and not _PAY_OR_GIFT.search(part)):
            return True
    return False


_CONCERN = re.compile("|".join(f"(?:{words})" for words in _FAMILIES.values()), re.IGNORECASE)
_BRIBE = re.compile(_BRIBE_WORDS, re.IGNORECASE)
_CONDUCT = re.compile(_FAMILIES["conduct"], re.IGNORECASE)


def about_conduct(text: str) -> bool:
    """Whether the worry is about what was said or done to people ("dave shouted at me and
    lee in front of the site manager"): not the user's to absorb quietly."""
    return bool(_CONDUCT.search(text))


#: Hearsay: a worry someone else told of is a rumour until seen ("word is", "everyone says so",
#: "dizem que", "si dice che"), and the gossip reading stands.
_HEARSAY = re.compile(
    r"(?i)\b(?:rumou?r\w*|word\s+is|apparently|everyone\s+(?:says|knows|is\s+talking)|people\s+say"
    r"|heard\s+that|supposedly|dizem|si\s+dice|angeblich|paraît|dicen|chismis)\b"
)


#: The learned reading (`coaching.line_model`, `python -m coaching.line_train concern`), trained
#: on 600 talking points written blind for it, the 150 of `bench/data/concerns_dev32.jsonl`, the
#: bench personas' 1,621 notes and points labelled blind, and the oversharing data's work points.
ARTIFACT = "concern_model.json"
#: A possible concern from this probability up. By 5-fold CV at C=10 on the personas' points
#: (written as people write, the set that matters): 68 of 195 concerns found, 43 of 1,426 other
#: points called one — so it is said as "if", never as a verdict, and it never clears a gossip
#: reading (at 0.5: 98 and 112).
BAR = 0.7


@line_memo(FLAG)  # read for every open point of every card: kept with the card's readings
def raises_concern(text: str) -> bool:
    """Whether a point raises a worry about safety, integrity or conduct at work, as something
    the user saw or was asked to do, not heard, in the words of the families above: said as a
    concern, and a gossip reading of it is dropped."""
    return worded_concern(text) and not _HEARSAY.search(text)


@line_memo(FLAG)
def may_raise_concern(text: str) -> bool:
    """The learned reading's guess that a point raises such a worry: the word families carried
    to 6 of 60 lines written after them, so the card says how to raise one when this is likely,
    as an "if"."""
    return not _HEARSAY.search(text) and load(ARTIFACT).probability(text) >= BAR


#: An adult's private contact with young people in their care, at night or alone: "Rodrigo
#: les manda WA a varias alumnas a las 11pm" (round 36: a safeguarding report got nothing).
#: All three in one sentence; a teacher texting the class about homework at 5pm is none.
_CONTACT = re.compile(
    r"(?i)\b(?:messag\w*|text(?:s|ed|ing)?|dms?|dm'?ing|whats\s*app\w*|wa|snap\w*|calls?|calling"
    r"|mensajes?|mensagens?|manda\w*|escrib\w*|lig(?:a|ou|ando|ar)|llam(?:a|ó|ando|ar)"
    r"|drives?\s+(?:her|him|them)\s+home)\b"
)
_YOUNG = re.compile(  # not the user's own: "my kids call me when home alone"
    r"(?i)(?<!\bmy\s)(?<!\bour\s)(?<!\bmis\s)(?<!\bmeus\s)(?<!\bminhas\s)(?<!\bmeine\s)"
    r"\b(?:students?|pupils?|alumn[oa]s?|estudiantes?|alun[oa]s?|kids|children|child|minors?"
    r"|girls?|boys?|teens?|teenagers?|menores|niñ[oa]s|chicas|meninas|crianças|schüler\w*|uczni\w*)\b"
)
#: Messages to the parents are the school's business as usual: "texted the kids club parents".
_TO_PARENTS = re.compile(
    r"(?i)\b(?:parents?|mums?|dads?|families|guardians?|padres|pais|familias)\b"
)
_NIGHT_OR_PRIVATE = re.compile(
    r"(?i)\b(?:1[01]|12)(?::\d\d)?\s*pm\b|\b[0-4](?::\d\d)?\s*am\b|\blate\s+(?:at\s+)?night"
    r"|\bmidnight\b|\bmedianoche\b|\bmadrugada\b|\b(?:de|en\s+la|por\s+la)\s+noche\b"
    r"|\bà\s+noite\b|\bmeia-noite\b|\bat\s+night\b|\bnachts\b|\bprivate(?:ly)?\b|\bsecret(?:ly)?\b"
    r"|\bsolas\b|\bsozinh[oa]\b|\balone\b|\bpersonal\s+(?:number|phone|account)"
    r"|\b(?:2[2-3]|0[0-4])[:.h][0-5]\d\b"
)


#: A mark on someone in the user's care: "sr Albano bruise on left forearm again", "bruises on
#: the resident's arm" (round 39: a home-care worker's note got nothing). Not the user's own.
_INJURY = re.compile(
    r"(?i)(?<!\bmy\s)\b(?:bruis\w*|burns|scratch\w*|skin\s+tears?)\b\s+(?:on\s+)?(?:his|her"
    r"|their|the|left|right)\b"
    # in the notes' other languages (round 42: "Seu Antônio com roxo no antebraço", "Ueda-san
    # may pasa na naman sa left arm"): Portuguese, Spanish, Tagalog
    r"|\b(?:roxos?|hematomas?|manchas?\s+roxas?)\s+n[oa]s?\b|\bmoret[oó]n(?:es)?\s+en\b"
    r"|\bmay\s+pasa\b|\bpasa\s+sa\b"
)
_IN_CARE = re.compile(
    r"(?i)\b(?:sr|sra|mr|mrs|client|patient|resident|service\s+user|pupil|child|kid|baby|"
    r"utente|paciente|residente|cliente|pensionista|doña|lolo|lola)\b|\w-san\b"
    # "Seu Antônio", "Dona Célia", "Don Beto": titles before a name, not "seu" (your) or "don't"
    r"|(?-i:\b(?:[Ss]eu|[Dd]ona|[Dd]on)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ])"
)


#: Pressed to sign for more than was done: "asking me to sign MB for 1.2 km … max 800m laid".
_SIGN_FOR_WORK = re.compile(
    r"(?i)\b(?:asking|asked|wants?|told|pressur\w*)\s+(?:me\s+)?(?:to\s+)?(?:sign|certify|approve|pass)"
    r"\s+(?:off\s+)?(?:the\s+)?(?:mb|measurement\w*|certificate|cert|completion|progress|bill|claim"
    r"|quantities|boq|as-?built|handover)\b"
)
#: Results left out and not said: "R quitó 4 muestras … no está en métodos".
_REMOVED = re.compile(
    r"(?i)\b(?:quit[óo]|elimin[óo]|sac[óo]|excluy[óo]|removed|dropped|excluded|took\s+out)\s+(?:\d+\s+)?"
    r"(?:muestras|datos|samples|data\s+points|outliers|readings|points)\b"
)
_UNDISCLOSED = re.compile(
    r"(?i)\b(?:not|no\s+est[áa])\s+(?:in|en)\s+(?:the\s+|los\s+)?(?:methods|métodos)\b(?!\s+section)"
    r"|\bnot\s+(?:reported|mentioned|disclosed)\b|\bwithout\s+(?:saying|telling|reporting|mentioning)\b"
    r"|\bsin\s+(?:decir|reportar|mencionar)\w*"
)
#: Overtime worked against overtime paid: "overtime this month 31 hrs pero payslip says 18".
_OVERTIME_PAID = re.compile(
    r"(?i)\b(?:overtime|ot)\b[^.!?]{0,30}?\b(?P<worked>\d+)\s*(?:hrs?|hours|h)?\b[^.!?]{0,25}\b(?:payslip"
    r"|pay\s+slip|paid|pay)\s+(?:says|shows|only|for)\s+(?P<paid>\d+)"
)


def _overtime_short(text: str) -> bool:
    found = _OVERTIME_PAID.search(text)
    return bool(found) and int(found.group("paid")) < int(found.group("worked"))


_LESS_DONE = re.compile(
    r"(?i)\b(?:only|max|actually|just|barely)\s+[\d.,]+\s*\w*\s+(?:laid|done|built|installed"
    r"|delivered|completed|finished|poured|fitted)\b"
)
#: Food or medicine used after it spoiled: "9°C at 7am. told me use the bacalhau anyway".
_ANYWAY = re.compile(r"(?i)\b(?:use|serve|sell|ship|send\s+out|plate|cook)\b[^.!?]{0,25}\banyway\b")
_SPOILED = re.compile(  # a chilled food's danger zone, 5 to 59 degrees
    r"(?i)\b(?:[5-9]|[1-5]\d)\s*(?:°\s*C?|degrees)(?!\w)|\b(?:left|was)\s+open\s+all\s+night\b"
    r"|\bexpired\b"
    r"|\bpast\s+(?:its\s+)?use[- ]by\b|\bspoil\w*|\bthawed\b|\bout\s+all\s+night\b"
)


def _harm_in_care(text: str) -> bool:
    return any(_INJURY.search(part) and _IN_CARE.search(part) for part in _SENTENCE.findall(text))


def _safeguarding(text: str) -> bool:
    return any(
        _CONTACT.search(part)
        and _YOUNG.search(part)
        and _NIGHT_OR_PRIVATE.search(part)
        and not _TO_PARENTS.search(part)
        for part in _SENTENCE.findall(text)
    )


def worded_concern(text: str) -> bool:
    """The word families alone (what the learned reading's training leaves out of its plain)."""
    return (
        bool(_CONCERN.search(text))
        or _safeguarding(text)
        or _harm_in_care(text)
        or bool(_SIGN_FOR_WORK.search(text) and _LESS_DONE.search(text))
        or bool(_REMOVED.search(text) and _UNDISCLOSED.search(text))
        or _overtime_short(text)
        or bool(_ANYWAY.search(text) and _SPOILED.search(text))
        or offers_money(text)
    )


#: How to raise a worry, said once for the sure note and the "if" one.
_HOW = (
    "say what you saw, when, and what it puts at risk — facts, not guesses about why — and keep"
    " your own dated note of it."
)
_CONCERN_NOTE = "This is a concern about the work. " + _HOW[0].upper() + _HOW[1:]
#: What to add for whom: the one who runs the work can act; a mentor or sponsor helps choose
#: the way; a peer whose area it is deserves to hear it first.
_RUNS_THE_WORK = " If someone could get hurt before you meet, don't wait for the 1:1."
#: Where a report goes, without assuming an HR team or a union (round 41: a six-person
#: workshop's owner told to go to HR, a union rep offered in the UAE), nor naming a regulator
#: for what may be a lab's own matter (rounds 50 and 52: "the inspectorate or regulator" beside
#: a PI gone cold and a postdoc's copied counts read as escalation). Nor "if the work is yours
#: to run, put it right first": beside a colleague smelling of drink before home visits it read
#: as "handle it yourself" (round 53).
_HELPS_CHOOSE = (
    " Ask who should hear it: whoever runs the work or, if they are part of the problem,"
    " whoever oversees it from outside."
)
_BY_ROLE = {
    Role.MANAGER: _RUNS_THE_WORK,
    Role.SKIP: _RUNS_THE_WORK,
    Role.MENTOR: _HELPS_CHOOSE,
    Role.SPONSOR: _HELPS_CHOOSE,
    Role.PEER: " If it's in their area and you feel safe saying it, telling them straight is"
    " usually fairest; if not, or if it isn't fixed, take it to whoever owns the work.",
}


#: The same when only the learned reading thinks it a worry.
_MAYBE_A_CONCERN = (
    "If this is about safety, honesty or how someone is treated, raise it as a concern: " + _HOW
)


#: How the note beside a point that names a worrying note begins (`coaching.prep`).
TIED_OPENING = "This comes back to your note of "


def is_concern_note(note: str) -> bool:
    """Whether a note beside a point is one of these (the card's reminder then fits it)."""
    return note.startswith((_CONCERN_NOTE, _MAYBE_A_CONCERN, TIED_OPENING, _MONEY_OFFERED))


#: A guessed worry, with someone outside the line: where it goes is asked, not a regulator
#: named (round 50: "the inspectorate or regulator" beside "Ross - does AH say something or do
#: I", about a cold PI).
_ASK_THE_WAY = " Ask how they would raise it, and with whom."


def concern_note(role: Role, *, sure: bool = True) -> str:
    """How to raise a worry, for who the 1:1 is with; as an "if" when the reading is a guess."""
    if not sure:
        tail = concern_tail(role)
        return _MAYBE_A_CONCERN + (_ASK_THE_WAY if tail == _HELPS_CHOOSE else tail)
    return _CONCERN_NOTE + concern_tail(role)


def concern_tail(role: Role) -> str:
    """What to add about a worry for who the 1:1 is with."""
    return _BY_ROLE.get(role, _HELPS_CHOOSE)


#: Money offered or asked for to bend a rule: on record soon, from the user, facts only (round
#: 67: an extension officer who refused an envelope feared being called obstructive).
_MONEY_OFFERED = (
    "Money offered or asked for to bend a rule is best on record soon, and from you: who, what,"
    " when, what they wanted and what you did — what you saw, not what you suspect."
)
#: The one who runs the work can record it and back the user — unless they are part of it.
_RECORD_IT_HERE = (
    " Ask how and by when to record it, and for backing if it comes back on you — or, if they"
    " are part of it, take it to whoever oversees it from outside."
)
_OUTSIDE = (
    " Your note names them: if they are part of it, take it to whoever oversees it from outside,"
    " not to them."
)
_PEER_MONEY = (
    " Talk it through if it helps, but the record belongs with whoever runs the work (or, if"
    " they are part of it, whoever oversees it from outside); keep names to those who need them."
)


def money_offered_note(role: Role, *, theirs: bool = False) -> str:
    """What to do about a bribe offered, asked for or seen, for who the 1:1 is with: the one who
    runs the work can record it and back the user, unless they are in it (`theirs`: the line
    names the counterpart) — then only the way outside; a peer is for thinking it through; a
    mentor or sponsor helps choose who should hear it."""
    if theirs:
        return _MONEY_OFFERED + _OUTSIDE
    if role in (Role.MANAGER, Role.SKIP):
        return _MONEY_OFFERED + _RECORD_IT_HERE
    if role is Role.PEER:
        return _MONEY_OFFERED + _PEER_MONEY
    return _MONEY_OFFERED + _HELPS_CHOOSE


#: A 1:1 within this many days is soon enough to raise a safety point in.
SAFETY_WAITS_DAYS = 2


def safety_note(days_to_meeting: int | None) -> str:
    """What to do with a point that reports something unsafe. Raised early in a 1:1 that is
    close; not held for one that is days away (round 33: workers without harnesses and a
    locum's patient-safety lapses were left to 1:1s 11 and 12 days off)."""
    if days_to_meeting is not None and days_to_meeting <= SAFETY_WAITS_DAYS:
        return (
            "A safety point: raise it early — what's wrong, since when, what you've reported, "
            "and what you need by when."
        )
    wait = f"{days_to_meeting} days" if days_to_meeting is not None else "for a 1:1"
    return (
        f"A safety point won't keep {wait}: if it isn't reported yet, report it today through "
        "your safety or incident route, with what you saw and when. At the 1:1, follow it up — "
        "what you reported and what you need by when."
    )
