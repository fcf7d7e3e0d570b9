"""What an ask's own line says they answered: "asked about days - 'not till feb'", "he said
'def' 👍", "pedí subida. 'hablamos en enero'", "ans: approved!!". Read so the card never says
"no answer yet" of an ask whose line records the answer, nor chases one put off to a day not yet
come (round 20: both were among the reviewers' first complaints)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coaching.due import MONTH_WORDS
from coaching.items import LONE_QUOTE
from coaching.line_memo import TEXT, line_memo

#: An answer that puts the ask off to a later day ("he said 'lets see after xmas'", "said
#: maybe in the new year"): the ask is waiting, not unanswered.
_SPOKEN = {"xmas": "Christmas"}
#: A yes said before the time: "dijo que sí, aprobado, effective next month", "go na".
_YES_BEFORE = re.compile(
    r"(?i)\b(?:yes|yeah|yep|ok(?:ay)?|sure|go\s+na|go\s+ahead|s[ií]|sim|tak|ja|oui|approved|aprobad[oa]"
    r"|aprovad[oa]|schon|already|j[aá]|ya\s+est[aá])\b"
)


#: An answer that waits on the user: "yes but wants to see my draft first", "send me your CV
#: first", "once I've seen the numbers", "needs the signed form before" (round 45).
_THEIR_CONDITION = re.compile(
    r"(?i)\b(?:wants?|needs?|would\s+like|asked\s+for|asks\s+for)\s+(?:to\s+(?:see|read|have|get)\s+)?"
    r"(?:my|your)\b[^.;!?]{1,40}?\b(?:first(?![-\w])|beforehand|before\s+(?:she|he|they|it)\b)"
    r"|\b(?:send|show|give|bring)\s+(?:me|her|him|them)\s+(?:my|your|the|a|an)\b[^.;!?]{1,30}?"
    r"\bfirst(?![-\w])"
)
#: A yes said before what the user is to do: "ok send me a one-pager", "sí, mándamelo".
_YES_FIRST = (
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|yep|fine|s[ií]|tak|claro|ja|oui|sim|of\s+course|absolutely"
    # "happy to, send me something" — not "happy to send it over next week": they send
    r"|definitely|certainly|happy\s+to(?=\s*[,.;:!—–-])|no\s+problem|sure\s+thing|claro\s+que\s+s[ií]"
    r"|com\s+certeza|bien\s+s[uû]r|nat[uü]rlich|gerne|oczywi[sś]cie)\W+)?"
)
#: An answer telling the user what to bring them: "send me a one-pager", "send syllabus", "let's
#: build the case", "proszę przesłać", "mándame el presupuesto" (round 47: each was chased as if
#: still unanswered). Not "email to follow" nor "draft is with HR": they are the ones acting; nor
#: "email HR, not my call": the user is sent elsewhere. `waits_on_user` reads a phone's "let’s"
#: as "let's".
_BRING_THIS = re.compile(
    _YES_FIRST + r"(?:please\s+|pls\s+|just\s+)?"
    r"(?:(?:send|email|show|bring|give)\s+(?:me|us)\b|send\s+(?!to\b|on\s+to\b)\w|submit\s+(?:a|an|the|your)\b"
    r"|draft\s+(?:a|an|the|me|up)\b|write\s+(?:it\s+|me\s+|a\s+|an\s+|the\s+)?up\b|put\s+together\b"
    r"|put\s+(?:it|that)\s+in\s+writing\b|fill\s+(?:in|out)\s+(?:a|an|the|your)\b"
    r"|let'?s\s+(?:build|put\s+together|draft|write\s+(?:it\s+)?up|prepare)\b|let\s+us\s+build\b"
    r"|prosz[eę]\s+(?:przes[lł]a[cć]|wys[lł]a[cć]|napisa[cć]|przygotowa[cć])"
    r"|m[aá]nd[ae]me(?:lo|la)?|p[aá]s[ae]me(?:lo|la)?|env[ií]ame(?:lo|la)?|pres[eé]ntame|me\s+manda\b"
    r"|manda-me|envia-me|schick\s+mir|envoie[sz]?-moi|envoyez-moi)"
)
#: An answer sending the user through a process of their own: "apply by 28 Nov", "sign up on the
#: portal", "proszę złożyć wniosek do końca listopada" (submit an application).
_APPLY = re.compile(
    _YES_FIRST + r"(?:please\s+|pls\s+|just\s+)?"
    r"(?:apply|register|enrol+|sign\s+up|put\s+in\s+(?:an?\s+)?application|submit\s+(?:an?\s+|your\s+)?application"
    r"|prosz[eę]\s+z[lł]o[zż]y[cć]\s+wniosek|z[lł]o[zż]\s+wniosek|postula|inscr[ií]bete|candidat[ae]-?te)\b"
)


def waits_on_user(answer: str) -> str:
    """What an answer asks the user to do first: "bring" (something to hand them), "apply" (a
    process of the user's own), or "" when the next step is still theirs."""
    said = answer.replace("’", "'")
    if _APPLY.search(said):
        return "apply"
    if _THEIR_CONDITION.search(said) or _BRING_THIS.search(said):
        return "bring"
    return ""


def deferred(text: str) -> str:
    """The later time an ask was put off to, as said ("after Christmas"), or "" when the log
    gives no answer."""
    found = _DEFERRAL.search(text)
    if not found:
        return ""
    if _YES_BEFORE.search(text[found.start() : found.start("when")]):
        return ""  # "sabi niya go na, start next month": a yes, starting then
    words = found.group("when").lower().split()
    return " ".join(_SPOKEN.get(w, w.capitalize() if w in _MONTH_WORDS else w) for w in words)


#: "Said" as the notes in other languages write it: "ele disse 'pode ser'", "sabi nya 'ok
#: lang'", "powiedziała 'po audycie'", "akasema 'baadaye'", "elle a dit", "zei", "dijo".
_SAID_ABROAD = (
    r"disse|dijo|a\s+dit|zei|zegt|sagte|hat gesagt|sabi(?:\s+(?:nya|niya|ni\s+\w+))?"
    r"|powiedzia(?:ł|ła|l|la)|akasema|alisema"
    # and in the present, as notes tell it: "dice q sí", "diz que", "mowi ze 'zobaczymy'"
    # only before "that" or a quote: not "a ver qué dice el lunes", "no que diz respeito"
    r"|dice(?=\s+(?:q|que)\b|\s*[:'\"“])|diz(?=\s+que\b|\s*[:'\"“])|sagt(?=,?\s+dass\b|\s*[:'\"“])"
    r"|m[oó]wi(?=,?\s+(?:że|ze)\b|\s*[:'\"“])"
    # Hinglish, before a quote: "bole 'system error hoga'", "kaha 'dekhte hain'" (round 61)
    # not the user's own "maine bola …" (I said)
    r"|(?<!maine\s)(?<!mai\sne\s)(?:bol[eai]|kaha)(?=\s*[:'\"“])"
)
#: An answer putting the ask off to a later time, said in English after "said" in any of the
#: notes' languages ("akasema 'tuone next budget'", round 56: chased as if unanswered).
_DEFERRAL = re.compile(
    r"(?i)\b(?:said|says|replied|told me|" + _SAID_ABROAD + r")\b"
    r"(?!\s+(?:i|i'd|i'm|im|my)\b)[^.;]*?"
    r"\b(?P<when>(?:after|in|until|till|by|next)\s+"
    r"(?:xmas|christmas|the new year|new year|easter|the summer|summer|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|the budget|budget"
    r"|month|year|quarter|spring|autumn|the review|review))"
)
#: The dot of a title, which ends no sentence: "disse q vai falar c o Dr. Hélio" (round 52).
_TITLES = ("Dr", "Dra", "Mr", "Mrs", "Ms", "Prof", "Sr", "Sra")
_TITLE_DOT = "".join(rf"|(?<=\b{title})\." for title in _TITLES)
#: Not at a title's dot: the same titles, as a sentence's end is sought.
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)
#: "That" after "said", which is not part of what they said: "disse q leva na reunião", "dice
#: que sí", "mówi, że", "sagt, dass".
_THAT = r"(?:(?:that|que|q|dass|że|ze)\s+|qu['’])?"
#: An ask logged with the answer it got: "…, she said 'lets see how peak goes'", "he said yes",
#: "told me not yet". The user's own "I said I'd …" is not their answer.
_REPORTED = re.compile(
    r"(?i)(?:\b(?P<who>[\w']+)\s+)?\b(?:said|says|replied|answered|told me|" + _SAID_ABROAD + r")"
    r"(?!\w)[\s:,\-–]*"
    + _THAT
    + r"(?P<q>['\"“‘])?(?P<answer>(?:[^.;!?\"”’()\n]|(?<=\w)’(?=\w)"
    + _TITLE_DOT
    + r"){1,60})"
)
_NOT_THEIRS = frozenset(["i", "i've", "we", "i'd", "i'll"])
_CLOSING_QUOTE = re.compile(r"['\"”’](?!\w)")
#: Emoji and marks after an answer: "she said it's not ready 😬".
_TRAILING_MARKS = re.compile(r"[^\w'’)]+$")


#: A reply quoted at the end of the ask's line, after the ask: "salary - asked abt schaal 10.
#: 'after the review in jan'", "vroeg om budget — 'na de begroting'", "… 'ya veremos'". An
#: apostrophe inside a word is part of the reply ("'peut-être, c'est les comptes d'olivier'"),
#: and the user's reaction after it may close the line: "'lo hablamos'. classic", "… 🙄"
#: (round 20) — unless that reaction says it is still waiting ("'soon'. still waiting").
_QUOTED_REPLY = re.compile(
    r"(?:[.,;:!?]|\s[-–—])\s*['\"“‘](?P<answer>(?:[^'\"”’\n]|(?<=\w)['’](?=\w)){2,60})['\"”’]"
    r"(?![\w'’])(?P<after>[^'\"“”‘’\n]{0,24})$"
)
#: A reaction after a quoted reply that is not the user waiting on it: at most two short words
#: among marks and emoji, or three set apart by a dash or a stop ("'HR will decide' – not a no",
#: round 56; not "'Advanced Excel' on LinkedIn Learning", a course's name).
_REACTION = re.compile(
    r"^[^\w]*(?:\w{1,10}[^\w]*){0,2}$|^\s*[-–—.,;!]+[^\w]*(?:\w{1,10}[^\w]*){0,3}$"
)
_STILL_WAITING = re.compile(
    r"(?i)\b(?:still|waiting|pending|tbc|chase|nothing|no\s+reply|yet|ainda|todav[ií]a|a[uú]n"
    r"|noch|jeszcze|nadal|wci[aą][zż])\b"
)
#: What reads as an answer but says there is none yet: "status: still waiting", "-> chase next
#: wk", "nothing yet". Not "nothing on days till Feb", which is one.
#: "Not yet" in the notes' languages: "abhi tak nahi" (Hindi), "todavía no", "ainda não",
#: "noch nicht", "jeszcze nie" — said for the answer, or after it by the user.
_NOT_YET_ABROAD = (
    r"abhi\s+(?:tak\s+)?nahi|todav[ií]a\s+no(?:\s+nada)?|todav[ií]a\s+nada|nada\s+todav[ií]a"
    r"|(?:nada\s+)?ainda\s+n[ãa]o|ainda\s+nada|noch\s+nicht|jeszcze\s+nie"
)
_NO_ANSWER_YET = re.compile(
    r"(?i)^\W*(?:still\b|waiting|pending|tbc|chase|(?:need\s+|have\s+)?to\s+chase|no\s+(?:reply|answer|response)"
    r"|nothing\s+(?:yet|since|back)|\d+\W*$|" + _NOT_YET_ABROAD + ")"
)
#: The answer given a label or an arrow: "ans: approved!!", "answer was 'not a chance'",
#: "réponse : non", "-> 'take friday off'", "→ 'happy to' 🥹", "-> after the audit".
_LABELLED = re.compile(
    # and cut short as notes write them: "odp: moze z Legnicy po 30.11" (round 51), "rpta:",
    # "rép:" — not "rep:", "resp:" or "osoba odp:", which name who is responsible
    r"(?i)(?:\b(?:ans|answer|reply|réponse|respuesta|resposta|antwoord|antwort|odpowiedź|jibu"
    r"|(?<!osoba\s)odp|rpta|rta|antw|rép|risposta|risp|svar|cevap)"
    # an arrow, but not one between two numbers: "夜勤を月4→2に" is four nights to two
    r"\s*:|\b(?:the\s+)?answer\s+was\b|(?<!\d)(?:->|→|=>)|(?:->|→|=>)(?!\d))\s*"
    r"(?:['\"“‘](?P<quoted>(?:[^'\"”’\n]|(?<=\w)['’](?=\w)){2,60})['\"”’](?![\w'’])"
    r"(?P<after>[^'\"“”‘’\n]{0,60})$"
    # plain to the line's end, or to the end of its sentence when the user's own words follow:
    # "→ dice q sí pero … en la llamada. nervios xq …" (round 52)
    # — not at a title's dot: "-> Dr. Silva will do it"
    r"|(?P<plain>[^'\"“”‘’\n]{2,60}?)(?:[^\w'’)]*$|"
    + _NOT_AFTER_A_TITLE
    + r"(?P<cut>[.!]+)\s+(?=\S)))"
)
#: After an answer the label or arrow marks, the user's own comment in a sentence of its own:
#: "-> 'moze jednego od 7.12'. za malo i za pozno", "→ "grundsätzlich ja", Entscheidung Anfang
#: Dez" (round 52: each answered ask was chased as if unanswered).
_COMMENT = re.compile(r"^\s*(?:[.,;:!]+\s*\S|[^\w]*$)")
#: A quoted reply closing the line after a plain word ("pinged boss re: wfh fridays 'maybe'
#: 🙄", "asked jan abt promo 'we'll see'. typical") — not after a word that makes the quote a
#: name ("asked for 'the big room'").
_BARE_QUOTE = re.compile(
    r"(?i)(?<!\bfor)(?<!\babout)(?<!\babt)(?<!\bre)(?<!\bon)(?<!\bto)(?<!\bthe)(?<!\bcalled)"
    r"(?<!\bdije)(?<!\bi said)(?<!\bi told (?:her|him))(?<!\battend)(?<!\blead)(?<!\bjoin)"
    r"(?<!\brun)(?<!\btake)(?<!\bdo)(?<!\bpresent)(?<!\bnamed)(?<!\btitled)(?<!\bin)(?<!\bat)"
    r"(?<!\ba)(?<!\ban)(?<!\bmy)(?<!\bour)"
    r"\s['\"“‘](?P<answer>(?:[^'\"”’\n]|(?<=\w)['’](?=\w)){2,60})['\"”’](?![\w'’])"
    r"(?P<after>[^'\"“”‘’\n]{0,24})$"
)
#: The counterpart's verdict after who gave it and a colon: "…, boss: nope".
_VERDICT = re.compile(
    r"[,;]\s*(?:(?i:boss|manager|mgr|she|he|they)|[A-Z][a-z]+)\s*:\s*(?P<answer>[\w' ]{2,30}?)"
    r"[\s.!]*$"
)
#: ... or by their initial after the question: "… od lutego? K: pogadamy jak bedziesz mial SEP"
#: (round 53: chased as unanswered).
_INITIALLED = re.compile(r"[?!]\s*[A-Z]\.?\s*:\s*(?P<answer>[^\W\d_][\w' ]{1,48}?)[\s.!]*$")
#: "… after march cycle she said": the answer before who said it, at the line's end.
_SAID_AFTER = re.compile(
    r"(?:^|[.,;:!?]|\s[-–—])\s*(?P<answer>[^.,;:!?\-–—]{3,60}?)\s+(?:she|he|they)\s+said\s*[.!]*$",
    re.IGNORECASE,
)
#: The user's own "not yet" after the answer they were given: "she'll connect, abhi tak nahi".
_NOT_YET_AFTER = re.compile(
    r"(?i)\s*[,;—–-]?\s*(?:still\s+nothing|nothing\s+yet|" + _NOT_YET_ABROAD + r")\W*$"
)
#: Their reply told as what they will do, in a sentence after the ask's: "… by close. he's up
#: for trialling it thru Nov", "…. she'll support but CNM Deirdre has to sign", "…. ele vai
#: levar pra diretoria", "…. kazał napisać uzasadnienie" (round 52: each read as unanswered).
#: Not "asked B if she'll read it": that is the ask.
_REPLY_CLAUSE = re.compile(
    r"(?:[.;!?]\s+|\s[-–—]\s+)(?P<answer>(?i:(?:she|he|they)(?:['’]ll|\s+will)\s+['‘\"“]?(?!probably|prob"
    r"|maybe|likely|want|need|be\b)(?:support|back|check|look|ask|talk|think|get\s+back|let\s+me"
    r"|see|sort|sign|raise|take\s+it|put|send|come\s+back|chat|speak|find|run|approve|consider"
    r"|push|pass|bring|review|read|confirm)"
    r"|(?:she|he)['’]s\s+up\s+for\s+(?!promotion|a\s+promotion|it\b)|(?:she|he|they)\s+(?:is\s+up"
    r"\s+for\s+(?!promotion|a\s+promotion)|agreed|can['’]?t|cannot|won['’]t)"
    r"|(?:ele|ela|él|ella)\s+(?:vai|va\s+a)\s+(?:levar|ver|falar|pensar|checar|conversar|perguntar"
    r"|consultar|mirar|hablar|preguntar|revisar|pasar)|(?:il|elle)\s+(?:va\s+(?:voir|regarder"
    r"|demander|en\s+parler)|voit\s+avec)"
    r"|kaza[łl]a?|obieca[łl]a?)\b[^.;!?\n]{2,60})"
)
#: A reply in Japanese quotes, then "so they said": "「シフト見てみる」とのこと".
_QUOTED_JA = re.compile(
    r"[「『](?P<answer>[^」』]{2,60})[」』]\s*(?:とのこと|と言われ|との返事|と返事|だって)"
)
#: An answer after an arrow in Japanese brackets, with a label for "reply" before it:
#: "→「検討します」", "→返信『次の面談で』" (round 57 showed "「検討します" and "返信『次の面談で").
_BRACKETED_JA = re.compile(r"^(?:返信|返事|回答)?\s*[「『](?P<answer>[^」』]{1,60})[」』]?")
#: An answer after an arrow in the quotes French, Russian and German notes use: "→ « on verra en
#: janvier »", "→ «напиши служебку через Ержана»" (round 64 showed “«напиши…” with its mark).
_GUILLEMETS = re.compile(r"^[«„]\s*(?P<answer>[^«»„“\n]{2,60}?)\s*(?:[»“][^\w]*)?$")
#: An answer that is the user's own words ("said i want 85k"), not theirs.
_MINE = re.compile(r"(?i)^(?:i|i'd|i'm|i'll|im|my)\b")


def _whole_words(cut: str) -> str:
    """An answer cut at its length limit mid-word ("… on the final report, d"): back to its last
    clause when that leaves enough to read, else to its last whole word (round 23)."""
    clause = max(cut.rfind(", "), cut.rfind(" - "), cut.rfind("; "))
    if clause >= 15:
        return cut[:clause]
    return cut[: cut.rfind(" ")] if " " in cut else cut


#: A note's first sentence, not cut at a title's dot ("Dr. Silva").
_FIRST_SENTENCE = re.compile(r"(?:[^.!?]" + _TITLE_DOT + r"|\.(?=\S))+[.!?]?")
#: How an ask carries a later note of the user's that reports their reply
#: (`coaching.later_answers`): "asked Carmen if I can do the NEBOSH course — later, 16 Nov:
#: Carmen agreed to the NEBOSH course". Read before anything on the ask's own line: it is the
#: newest word on it.
LATER = " — later, "
#: Their reply in a note, after their name (`who`): reported ("Marisa contesta …: …", "Dana
#: said yes to …", "Marek odpisał: …") or given as a verdict, which is the answer's first word
#: ("Carmen approved the course", "Ewa zgodziła się na kurs"). Not "came back from leave", not
#: "me confirma mañana" (a reply to come).
REPLY_IN_A_NOTE = re.compile(
    r"(?i)(?P<who>[^\W\d_][\w'’.-]*)\s+(?:(?:finally|just|has|had|then|already)\s+)?"
    r"(?:(?:contest[oó]|contesta|respond(?:i[oó]|eu|ed)|replied|answered|r[ée]pondu|m['’]a\s+r[ée]pondu"
    r"|a\s+r[ée]pondu|got\s+back\s+to\s+me|came\s+back\s+to\s+me|odpisa[łl]a?|odpowiedzia[łl]a?"
    r"|hat\s+(?:mir\s+)?geantwortet)\b"
    r"(?:\s+(?:on|by|via|no|por|pelo|in|over|par)\s+(?:zap|whats\w*|wa|e-?mail|mail|text|sms"
    r"|slack|teams|phone|tel\w*)\b)?"
    # "said" only with a yes or a no: "C dijo que sí a la carta", "said 'yes yes I'll do it'";
    # not "Don E dijo q dijera q fue en su casa", "samira said 'you're a lifesaver'"
    r"|(?:(?:me\s+)?(?:dijo|disse|dice|falou)(?:\s+(?:que|q))?|a\s+dit(?:\s+que)?|said|says|sagte|sagt"
    r"|powiedzia[łl]a?(?:,?\s+(?:że|ze))?)\s+(?=['‘\"“]?(?:yes|no|ok|okay|sure|s[ií]|sim|não"
    r"|tak|nie|ja|nein|oui|non)\b)"
    # what they said they'd do, reported with "que": "marisa dice q dirección acepta 50%"; or
    # said fine of a thing two words long: "T said shadow on-call fine but after cutover" — a
    # weaker sign of a reply than a verdict, so the note must share more with the ask
    r"|(?P<weak>(?:me\s+)?(?:dijo|disse|dice|diz|falou)\s+(?:que|q)\s+(?=\S)"
    r"|said\s+(?!(?:she|he|they|i|we|you|my|it|that|this)\b)"
    r"(?=(?:[\w-]+\s+){0,2}(?:fine|ok|okay|yes|go\s+ahead)\b))"
    r"|(?=(?:approved|agreed|declined|refused|rejected|turned\s+down|signed\s+off|ok(?:'d|ed)"
    r"|gave\s+the\s+green\s+light|is\s+(?:fine|ok|okay)\s+with|aprob[oó]|aprovou|rechaz[oó]|recusou"
    r"|zgodzi[łl]a?\s+si[eę]|potwierdzi[łl]a?|odm[oó]wi[łl]a?|odrzuci[łl]a?|est\s+d['’]accord"
    r"|a\s+(?:accept[ée]|refus[ée]|valid[ée])|hat\s+(?:zugesagt|abgelehnt|genehmigt|best[äa]tigt)"
    r"|ok\s+(?:pour|para|con|with|for|to|na|z))\b))"
    r"\s*[:,-]?\s*(?P<answer>\S.{2,})$"
)
#: What the note is about, before a colon, is not their answer: "re the course: go ahead", "lo
#: del turno: RRHH dice …", "to me: no budget", "w sprawie szkolenia: tak".
_TOPIC_FIRST = re.compile(
    r"(?i)^(?:re|about|on|regarding|to\s+me|lo\s+del?|sobre|pour|w\s+sprawie|ws\.?|wegen|zu"
    r"|sur)\b[^:]{0,45}:\s*"
)


#: A yes, as a later note reports it: the ask is settled, not one to chase.
_GRANTED = re.compile(
    r"(?i)^\W*(?!agreed\s+to\s+(?:think|ask|look|check|consider|talk|discuss|see|come\s+back)\b)"
    r"(?!.*\b(?:mine|for\s+me)\s+(?:still\s+)?(?:tbc|pending|not|no)\b)"
    r"(?:approved|agreed|yes|yep|yeah|s[ií]|sim|tak|ja|oui|ok(?:'d|ed|ay)?|signed\s+off"
    r"|gave\s+the\s+green\s+light|is\s+(?:fine|ok|okay)\s+with|aprob[oó]|aprovou"
    r"|zgodzi[łl]a?\s+si[eę]|potwierdzi[łl]a?|est\s+d['’]accord|a\s+(?:accept[ée]|valid[ée])"
    r"|hat\s+(?:zugesagt|genehmigt|best[äa]tigt))\b"
)


def granted_later(text: str) -> bool:
    """An ask a later note says they said yes to, asking nothing more of the user: settled, so
    no chase ("Carmen approved the course 🎉" was still "is there anything I can do to move
    it along?")."""
    if LATER not in text:
        return False
    answer = reported_answer(text)
    return bool(_GRANTED.match(answer)) and not waits_on_user(answer)


#: A yes and nothing more, as the ask's own line quotes it: "'yes, go ahead'", "'oke, boleh'",
#: "'sim, claro'" — not "'sure, this week'" (their promise, still to be kept) nor "'yes but
#: HR has to sign'".
_YES_TEXT = """yes yep yeah sure of course go ahead approved agreed ok okay oke okey fine absolutely
    definitely si sí sim claro que por supuesto dale vale certo oui d'accord bien sûr ja gerne
    klar natürlich tak jasne na pewno evet tamam ndiyo sawa boleh haan ji はい いいよ 了解"""
_YES_WORDS = frozenset(_YES_TEXT.split())


#: "pode trocar sim", "pode ir sim", "puedes cambiarlo, sí": you may, yes — not "pode ser"
#: (maybe).
_CAN_DO_YES = re.compile(
    r"^\W*(?:pode\s+(?!ser\b)\w+\s+sim|puede[sn]?\s+\w+(?:lo|la)?,?\s+s[ií])\W*$"
)


def granted(text: str) -> bool:
    """An ask answered yes, on its own line or in a later note, asking nothing more of the
    user and setting no later time: settled, never chased ("'yes, go ahead'" was still "is
    there anything I can do to move it?" — a fresh-eyes review)."""
    if granted_later(text):
        return True
    if LATER in text or deferred(text):
        return False
    answer = reported_answer(text).lower()
    if _CAN_DO_YES.match(answer):  # "pode trocar sim": you can swap, yes
        return True
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", answer)
    return bool(words) and all(word in _YES_WORDS for word in words)


def later_reply(note: str) -> str:
    """Their reply as a later note reports it, or ""; what it was about, before a colon, left
    out."""
    found = REPLY_IN_A_NOTE.search(note)
    if found is None:
        return ""
    return _TOPIC_FIRST.sub("", found.group("answer").strip())


#: An answer that asks to talk it through face to face: "conversamos pessoalmente", "let's talk
#: when we meet", "lo hablamos en persona", "besprechen wir persönlich", "pogadamy osobiście".
_FACE_TO_FACE = (
    r"(?:in\s+person|face\s+to\s+face|f2f|pessoalmente|ao\s+vivo|en\s+persona|cara\s+a\s+cara"
    r"|personalmente|pers[öo]nlich|osobi[sś]cie|en\s+personne|de\s+vive\s+voix)"
)
#: Talking, in the notes' languages: "conversamos", "lo hablamos", "let's talk", "besprechen".
_TALK = (
    r"(?:talk\w*|discuss\w*|chat\w*|go\s+over|catch\s+up|convers\w*|fal(?:a|o|amos|ar|emos)"
    r"|habl\w*|charl\w*|besprech\w*|sprech\w*|reden|pogad\w*|porozmawia\w*|rozmawia\w*|omówi\w*"
    r"|parl\w*|discut\w*)"
)
#: An answer that asks to talk it through face to face: "conversamos pessoalmente", "let's talk
#: when we meet", "lo hablamos en persona", "besprechen wir persönlich", "pogadamy osobiście" —
#: a talk said with it, since "personalmente no lo veo" is "personally" and "only if it's in
#: person" a course's format (a fresh-eyes review).
_IN_PERSON = re.compile(
    rf"(?i)\b{_TALK}\b[^.!?]{{0,25}}\b{_FACE_TO_FACE}\b|\b{_FACE_TO_FACE}\b[^.!?]{{0,15}}\b{_TALK}\b"
    r"|\b(?:when\s+we\s+(?:meet|next\s+meet|catch\s+up)|at\s+(?:our|the\s+next|my)\s+(?:1:1|1-1"
    r"|one[- ]to[- ]one|121))\b"
    r"|(?:次の)?(?:面談|1on1|打ち合わせ)(?:で|の時に?)|直接話|만나서"
    r"|(?i:\btukikutana\b(?!\s+na\b)|\btukionana\b(?!\s+na\b)|\bana\s+kwa\s+ana\b)"
)


def talks_in_person(answer: str) -> bool:
    """Whether their answer was to talk it through face to face (`_IN_PERSON`)."""
    return bool(_IN_PERSON.search(answer))


def reported_answer(text: str) -> str:
    """What they answered, as the user logged it on the ask's own line ("lets see how peak
    goes"), or "" when the line reports no answer — so the card never says "no answer yet" of
    an ask whose line says what the answer was (a reply quoted at the end, or "… she said",
    count too: round 18)."""
    if LATER in text:  # the note's first sentence: "Sinop só dps do orçamento aprovado, fim de jan"
        note = text.rsplit(LATER, 1)[1].split(": ", 1)[-1]  # after its date
        first = _FIRST_SENTENCE.match(later_reply(note))
        later = first.group(0) if first else ""
        return f"{_whole_words(later[:90])}…" if len(later) > 90 else later.rstrip(" .!")
    for found in _REPORTED.finditer(text):
        who = (found.group("who") or "").lower()
        answer = found.group("answer")
        if found.group("q"):  # "he said 'def' 👍": the quote, not the thumbs-up after it
            answer = _CLOSING_QUOTE.split(answer, maxsplit=1)[0]
        elif found.end() < len(text) and text[found.end()].isalnum():
            answer = _whole_words(answer)
        answer = _TRAILING_MARKS.sub("", answer).strip(" '‘’,-–")
        answer = _NOT_YET_AFTER.sub("", answer)  # "she'll connect, abhi tak nahi": the user's
        answer = LONE_QUOTE.sub("", answer)  # "he'll 'see what he can do": no half a quote
        if (
            who not in _NOT_THEIRS
            and answer
            and not _MINE.match(answer)
            and not _STILL_WAITING.match(answer)
        ):
            return answer
    ended = (_QUOTED_REPLY.search(text), _BARE_QUOTE.search(text))
    reacted = [
        m.group("answer")
        for m in ended
        if m and _a_reaction(m.group("after")) and not _asked_about(m.group("after"))
    ]
    told = (_SAID_AFTER, _VERDICT, _INITIALLED, _REPLY_CLAUSE, _QUOTED_JA)
    said = [m.group("answer") for m in (pattern.search(text) for pattern in told) if m]
    for answer in (*reacted, _labelled(text), *said):
        if answer and _NO_ANSWER_YET.match(answer):  # "-> chase next wk": no answer yet
            continue
        if answer and not _MINE.match(answer.strip()):
            answer = _TRAILING_MARKS.sub("", _WAITING_AFTER.sub("", answer))
            return LONE_QUOTE.sub("", answer.strip(" '‘’,-–"))
    return ""


#: The user's own "waiting" after the answer they got: "he'll 'take it to Riaan' 👍 waiting".
_WAITING_AFTER = re.compile(r"(?i)\s*[^\w\s'’]+\s*(?:still\s+)?waiting\W*$")


#: An answer of one word before the user's own sentence: "-> no. gutted".
_ONE_WORD_ANSWER = re.compile(
    r"(?i)^(?:yes|no|nope|yep|yeah|ok|okay|sure|maybe|approved|declined|refused|sí|si|não|nao|nie"
    r"|tak|ja|nein|oui|non|sim)$"
)


def _asked_about(after: str) -> bool:
    """A quote inside the user's own question, closed by it: "is 'reasonable additional hours'
    normal??" — not "'after the restructure'. seriously?", a reaction of its own."""
    return after.rstrip().endswith("?") and not re.search(r"[.!]", after)


def _labelled(text: str) -> str:
    """The answer after a label or an arrow (`_LABELLED`): quoted, with only a reaction after
    it, or plain to the end of the line."""
    found = _LABELLED.search(text)
    if found is None:
        return ""
    if found.group("quoted"):
        after = found.group("after")
        commented = _COMMENT.match(after) and not _STILL_WAITING.search(after)
        return found.group("quoted") if commented or _a_reaction(after) else ""
    if text.rstrip().endswith("?"):  # "asked G re the trial -> lely farm nr hwest??": the ask
        return ""
    plain = found.group("plain") or ""
    if bracketed := _BRACKETED_JA.match(plain) or _GUILLEMETS.match(plain):
        return bracketed.group("answer")
    if found.group("cut") and len(plain.split()) == 1 and not _ONE_WORD_ANSWER.match(plain):
        return ""  # "-> promo. she'll get back to me": what it was about, then no answer
    return plain


def _a_reaction(after: str) -> bool:
    """Whether what follows a quoted reply is only the user reacting to it ("classic", "🙄")."""
    return bool(_REACTION.match(after)) and not _STILL_WAITING.search(after)


@line_memo(TEXT)  # the stakes, the signals and the asks each ask it of every open ask
def logged_answer(text: str) -> str:
    """The answer an ask's own line records, as the card says it back: the later time it was
    put off to ("after Christmas"), else what they said ("lets see how peak goes"), else ""."""
    if LATER in text:  # the newest word on it, from a later note
        return reported_answer(text)
    return deferred(text) or reported_answer(text)


_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    christmas easter""".split()  # noqa: SIM905 (a word list reads best as words)
)

_NEW_YEAR = re.compile(
    r"(?i)\b(?:new year|next year|año nuevo|nouvel an|neues jahr|q1|(?:after|post)\s+(?:xmas"
    r"|christmas|the holidays))\b"
)
_AFTER = re.compile(r"(?i)\b(?:after|después de|après|nach|na|po|depois de)\s+$")
#: A month said as when, not a name ("check with Jan in finance", "talk to Mei"): after a word
#: for when ("till Feb", "hablamos en enero", "frühestens März") or standing alone ("'April
#: earliest'", "'january'").
_WHEN_BEFORE = re.compile(
    r"(?i)\b(?:till|until|til|after|in|from|by|before|not\s+before|earliest|next|en|em|à|a"
    r"|fim\s+de|final\s+de|fin\s+de|fin|end\s+of|koniec|ko[nń]ca|ende"
    r"|partir\s+de|desde|hasta|até|ab|bis|nach|im|frühestens|na|po|od|w|en\s+el|à\s+partir\s+de"
    r"|après|dès|pas\s+avant|not\s+till|not\s+until|nothing\s+\w+\s+\w+\s+till)\s+$"
)
_WHEN_AFTER = re.compile(r"(?i)^\s*(?:earliest|at\s+the\s+earliest|maybe|probably|prob|\W*$)")


def put_off_until(text: str, logged: date, today: date, *, events: bool = True) -> date | None:
    """The day an ask's logged answer puts it off to, when that day has not come yet: "nothing
    on days till Feb" waits for February, "'April earliest'" for April, "after xmas" for the
    new year; "check with Jan in finance" names a person, not a month. Chasing such an ask now
    asks what was answered (round 20, "nothing till Feb" chased in November). None when the
    answer names no month, or its month has come."""
    answer = logged_answer(text)
    if not answer:
        return None
    start: date | None = None
    for found in re.finditer(r"[^\W\d_]+", answer):
        month = MONTH_WORDS.get(found.group().lower())  # the date reader's month words
        before, rest = answer[: found.start()], answer[found.end() :]
        # three capitals closing an answer after other words are a code: "jak bedziesz mial
        # SEP" (a licence, round 53); "'JAN'", "JAN earliest", "not till FEB" are months
        code = found.group().isupper() and len(found.group()) == 3 and before.strip()
        alone = _WHEN_AFTER.match(rest) and not (code and not rest.strip(" '\"’”.!"))
        if month is None or not (_WHEN_BEFORE.search(before) or alone):
            continue
        after = bool(_AFTER.search(before))
        month = month + 1 if after else month
        year = logged.year + (month > 12)
        month = (month - 1) % 12 + 1
        if (year, month) < (logged.year, logged.month):  # "in Feb" said in March: next year's
            year += 1
        start = date(year, month, 1)
        break
    if start is None and (ja := _MONTH_JA.search(answer)):  # "予算次第、12月に回答とのこと"
        month = int(ja.group(1))
        if 1 <= month <= 12:
            year = logged.year + (month < logged.month)
            start = date(year, month, 1)
    if start is None and (_NEW_YEAR.search(answer) or "年明け" in answer):
        start = date(logged.year + 1, 1, 1)
    start = start or _after_day(answer, logged)
    if start is None and events and not deferred(text):  # "after the budget": asked after
        start = _after_an_event(answer, logged)
    return start if start is not None and start > today else None


#: A month said in Japanese as when: "12月に回答", "1月以降", "12月中に" (round 59 chased a GM
#: who had said he would answer in December).
_MONTH_JA = re.compile(
    r"(\d{1,2})月(?:に|中に?|以降|から|まで|頃)"
    r"(?![^。]{0,8}(?:たばかり|たはず|決めた(?!い)|上げた(?!い)|却下|だった))"
    r"(?=[^。]{0,12}(?:回答|返事|検討|考え|連絡|決め|見直|話|いただけ|もらえ|くれ|予定))"
)


#: An answer that waits on something happening rather than a day: "after exam result", "yes
#: when the Sandton job starts", "once the audit is done", "depois da avaliação", "po audycie".
_ON_AN_EVENT = re.compile(
    r"(?i)^(?:(?:yes|ok|okay|sure|maybe|probably|prob|sim|sí|si|tak|ja)\W+)?"
    r"(?:after|once\s+(?:the|it|we|he|she|they|my|our|his|her|their|that|this)\b|when(?!\s+(?:do|does|did|will"
    r"|would|can|could|should|is|are)\b)|depois\s+d[aoe]s?|después\s+de(?:l)?|après|nach|po)\s+\w"
    r"(?![^?]*\?\s*$)"
)
#: How long such an answer holds the ask: about two months, the span of an audit, a review
#: cycle or an exam season (round 41 chased a raise put off "after exam result" eight weeks on,
#: with the exam still to come), short enough that a forgotten one comes back.
EVENT_WAIT = timedelta(days=60)


def _after_an_event(answer: str, logged: date) -> date | None:
    """The day an ask put off to an event comes back, when the answer names an event, not a day."""
    said = answer.strip()
    return logged + EVENT_WAIT if _ON_AN_EVENT.match(said) or _TALK_WHEN.match(said) else None


#: "We'll talk when …" as the notes' languages say it: "pogadamy jak bedziesz mial SEP" (round
#: 53: chased with the licence exam still to come), "hablamos cuando cierre el trimestre".
_TALK_WHEN = re.compile(
    r"(?i)^(?:we'?ll\s+(?:talk|see|look\s+at\s+it)|let'?s\s+talk|pogadamy|porozmawiamy|zobaczymy"
    r"|hablamos|lo\s+hablamos|lo\s+vemos|vemos|falamos|conversamos|vamos\s+ver|on\s+en\s+reparle"
    r"|on\s+verra|reden\s+wir|schauen\s+wir)\s+(?:jak\s+(?=b[eę]dzie|sko[nń]cz|zrobi|zdasz|wr[oó]c"
    r"|przyjdzie)|kiedy|gdy|cuando|quando|quand|lorsque|wenn|once|when)\s*\w"
    # a near day is read as a day: "we'll talk when you're back on Monday"
    r"(?!.*\b(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|jueves|viernes|segunda|terça|quarta"
    r"|quinta|sexta|poniedzia|wtor|środ|czwart|piąt|montag|dienstag|donnerstag|freitag)\w*\b)"
)


#: "after the 3rd", "not till the 10th", "después del 3": a day of the month the answer waits for.
_AFTER_DAY = re.compile(
    r"(?i)\b(?:after|not\s+(?:till|until|before)|después\s+del?|depois\s+d[oe]|après\s+le|nach\s+dem)"
    r"\s+(?:the\s+)?(?P<d>[0-3]?[0-9])(?:st|nd|rd|th|\.)?"
    # nothing after it that makes it a count or a thing ("after 3 weeks", "the 3rd meeting")
    r"(?=\s*(?:$|[,;:!?)\-–—'\"’”]|\.(?!\d)|(?:and|so|then|or|if|pls|please|sorry|when|once"
    r"|latest|earliest)\b))"
)


def _after_day(answer: str, logged: date) -> date | None:
    """The day after the day of the month an answer puts the ask off to ("after the 3rd" said on
    14 Nov is 4 Dec): the first such day after the line was logged (round 23 chased "'after the
    3rd, sorry'" on 26 Nov)."""
    found = _AFTER_DAY.search(answer)
    if found is None:
        return None
    day = int(found.group("d"))
    if not 1 <= day <= 31:
        return None
    year, month = logged.year, logged.month
    for _ in range(2):  # this month's, or next month's when this month's has passed
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate > logged:
            return candidate + timedelta(days=1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
