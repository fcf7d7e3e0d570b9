"""What the user's own talking points already say, so the suggested asks build on them.

A card that suggests "how did you handle your first year?" under the user's own "How did you
handle your first year leading a department?" reads like nobody looked. The points tell the asks
three things: how many questions the user already brings (the card suggests fewer on top), whether
one is itself a favour ("could I shadow a weekend shift?"), and what concrete step a point names
that an ask can build on — an application the user is weighing, a "how do you write X?" that a
peer can turn into practice, a work topic the user could offer to own.

Pure heuristics over short lines; None whenever a point does not clearly say the thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from coaching.line_memo import FLAG, TEXT, line_memo

#: The user asking themselves whether to tell them something: "do i mention spire or not",
#: "tell him abt the licence b4 jan??", "tell Mark or just my GM?", "raise it or not??". Not
#: "how do I tell G …": that one is decided, and its flag's rewrite says how.
TELL_OR_NOT = re.compile(
    r"(?i)(?<!how )\b(?:do|should|shall)\s+i\s+(?:mention|tell|bring\s+up|share)\b"
    # "mention im thinking abt depute?", "tell him abt the licence?": about the user, to a person
    r"|^\W*(?:mention\s+(?:(?:that\s+)?i\b|i'?m\b|im\b|my\b)"
    r"|tell\s+(?-i:him|her|them|[A-Z]\w*)\s+(?:abt|about|re)\b)[^?]*\?"
    r"|\btell\s+\w+\s+or\b[^.?!]*\?"
    # "raise w Craig or Priya/HR first??": whom to tell first (round 55)
    r"|\b(?:raise|mention|bring)\s+(?:it\s+|this\s+|up\s+)?(?:w|w/|with|to)\s+\w+\s+or\b[^.?!]*\?"
    r"|\b(?:raise|mention|say|tell\s+\w+)\s+(?:it|this|that)\s+or\s+(?:not|leave|drop|let)\b"
    # the same in the notes' other languages: "ansprechen oder nicht??", "falo ou não falo?"
    # "Rehn ansprechen?? oder erstmal nur allgemein fragen": raise it, or not yet (round 55)
    r"|\b(?:ansprechen|erwähnen|sagen)\W*\s*oder\b"
    r"|\b(?:ansprechen|sagen|erwähnen|falo|falar|digo|decir|menciono|mencionar|zeggen|noemen"
    r"|powiedzieć|wspomnieć|dire|parler|mentionner)\b[^.?!]{0,20}?"
    r"\b(?:oder\s+nicht|ou\s+não|o\s+no|of\s+niet|czy\s+nie|ou\s+pas|or\s+not)\b"
    # "co nen noi chi Hang …?": Vietnamese "should I tell", marks typed or not
    r"|\b(?:co|có)\s+(?:nen|nên)\s+(?:noi|nói|ke|kể)\b"
    # "conto pra ela q tô pensando em sair?", "le digo a E. …?": tell her …?
    r"|^\W*(?:conto|conte|falo|digo|le\s+digo|le\s+cuento|cuento)\s+(?:pra|para|a|ao|al)\b[^?]*\?"
    # "妊娠のこといつ言う?", "言うべき?": when or whether to tell, in Japanese (round 54)
    r"|(?:言う|話す|伝える|言わない)(?:べき|か|かどうか|\?|？)|いつ(?:言う|話す|伝える)"
    # "conto da proposta pro seu A?": do I tell them of it (round 54)
    r"|^\W*(?:conto|cuento|le\s+cuento)\s+(?:da|do|de|sobre|lo\s+de|o\s+da|o\s+do)\b[^?]*\?"
    r"|^\W*(?:le|les|se\s+lo)\s+(?:digo|cuento|comento)\b[^?]*\?"  # "¿le digo q estoy pensando …?"
    # "do I say it", "should I report it", "tell D sir?" (round 45: four delicate points, each
    # asking itself whether to raise something, got no way to decide); not "who do I report it
    # to?" nor "how do I tell her?", which ask who and how
    r"|(?<!how )(?<!who )(?<!where )(?<!when )(?<!what )\b(?:do|should|shall)\s+i\s+(?:say|raise"
    r"|report|flag)\s+(?:it|this|that|something|anything)\b(?!\s+to\b)"
    r"|(?:^|[.?!;:—–-]\s*)(?:do|should|shall)\s+i\s+(?:say|mention)\s+(?:anything\s+)?about\b"
    r"|(?:^|[—–:;,.-]\s*)tell\s+(?-i:him|her|them|[A-Z][\w.]*(?:\s+(?:[A-Z]\w*|sir|ma'?am|madam|san))?)\s*\?"
    # "je sais pas si j'en parle", "no sé si decírselo", "não sei se falo com ela", "soll ich es
    # ihm sagen", "kerronko" / "sanonko" (Finnish: "do I tell"), "czy mu powiedzieć", "zal ik
    # het zeggen", "glielo dico?"
    r"|\bsais\s+pas\s+si\s+(?:j'en\s+parle|je\s+(?:lui\s+|leur\s+)?en\s+parle|je\s+(?:le\s+)?(?:lui|leur)\s+"
    r"(?:dis|parle))\b|\best-ce\s+que\s+j[e']\s*(?:lui\s+)?(?:en\s+)?(?:parle|dis)\b"
    # "no sé si lo comento con Ignacio" — not "no sé si lo digo bien en inglés", nor "no sé si digo
    # que sí al proyecto" (an answer to give)
    r"|\bno\s+s[eé]\s+si\s+(?:dec[ií]rselo|decirle|decirlo|cont[aá]rselo|contarle|mencionarlo"
    r"|comentarlo|(?:se\s+lo\s+|le\s+|lo\s+)?(?:digo|cuento|comento|menciono)"
    r"(?!\s+(?:bien|mal|que\s+s[ií]|que\s+no|s[ií]|no)\b))\b"
    # "não sei se falo com ela", "nao sei se falo, é sobrinho do V" — not "falo bem inglês"
    r"|\bn[ãa]o\s+sei\s+se\s+(?:falo\s+(?:com|pra|para)|conto\s+(?:pra|para|a)\b|digo\s+(?:pra|para|a)\b"
    r"|devo\s+(?:falar|contar|dizer)|(?:falo|conto|digo|comento|menciono)(?=\s*[,.;!?…]|\s*$))"
    r"|\bwei(?:ß|ss)\s+nicht,?\s+ob\s+ich\b[^.?!]{0,30}\b(?:sage|anspreche|erwähne|erzähle)\b"
    r"|\bsoll\s+ich\s+(?:es\s+|das\s+)?(?:ihm\s+|ihr\s+|ihnen\s+)?(?:sagen|ansprechen|erwähnen|erzählen)\b"
    r"|\b(?:kerronko|sanonko|mainitsenko)\b|\bczy\s+(?:mu|jej|im)\s+(?:o\s+tym\s+)?(?:powiedzie|mówi)"
    r"|\b(?:zal|moet)\s+ik\s+het\s+(?:zeggen|melden|vertellen)\b|\bglielo\s+dico\b"
    # "bring up the iwi job??", "mention J?? or go to Carol first": doubled marks, a doubt
    r"|^\W*(?:bring\s+up|mention|raise)\s+[^?]{1,40}\?{2,}\s*(?:or\b|not\s+sure|unsure|idk|dunno"
    r"|maybe\b|hmm|should\s+i\b|first\b)"
    # "¿lo menciono yo en la aplicación o no?" (round 48): the mention itself, further off
    r"|\b(?:lo|le)\s+menciono\b[^.?!]{0,40}?\bo\s+no\b"
    # when to tell, not how: "lui dire maintenant ou après la décision?", "tell her now or wait?"
    r"|\b(?:lui|leur)\s+(?:en\s+)?(?:dire|parler)\s+(?:maintenant|avant|tout\s+de\s+suite)\s+ou\b"
    r"|\btell\s+(?:him|her|them|\w+)\s+(?:now|before\s+\w+)\s+or\s+(?:after|later|wait)\b"
    # "voyage - tell R now?? or just ask to be shore-based lead w/o saying why" (round 56)
    r"|\btell\s+(?:him|her|them|\w+)\s+now\W{0,3}\s*or\b"
    # the doubt said out, as notes say it (round 50: "nie wiem czy mówić M., to jego szwagier"
    # in a note): "dunno whether to tell M", "not sure if I should raise it" — not "not sure if
    # I report to Tom", "raise prices", "flag the PR as draft"
    r"|\b(?:not\s+sure|unsure|dunno|idk|don'?t\s+know|do\s+not\s+know|wondering|can'?t\s+decide)"
    r"\s+(?:if|whether)\s+(?:i\s+should\s+|to\s+|i\s+)?(?:tell|mention|bring\s+(?:it\s+|this\s+)?up"
    r"|say\s+(?:something|anything)|(?:raise|flag|report)\s+(?:it|this|that|something|anything"
    r"|him|her|them|with|w/?)(?![\w/]))"
    # "nie wiem czy mówić M." — not "mówić po angielsku" (which language to speak in)
    r"|\bnie\s+wiem,?\s+czy\s+(?:mu\s+|jej\s+|im\s+)?(?:o\s+tym\s+)?(?:mówić|mowic|powiedzieć"
    r"|powiedziec|wspomnieć|wspomniec|poruszyć|poruszyc)\b(?!\s+po\s+\w+)"
    r"|\bnon\s+so\s+se\s+(?:dirlo|dirglielo|parlarne|dirgli|accennarlo)\b"
    # Turkish, typed with or without its letters: "Bodrum teklifini söyleyeyim mi??" (round 57)
    r"|\b(?:s[öo]yleyeyim|s[öo]ylesem|bahsedeyim|bahsetsem|anlatay[ıi]m|anlatsam)\s+m[ıi]\b"
    # "zam konusunu ilk görüşmede açmalı mıyım?", "söylemeli miyim?" (round 60)
    r"|\b(?:a[cç]mal[ıi]|s[öo]ylemeli|sormal[ıi]|bahsetmeli|konu[sş]mal[ıi])\s+m[ıi]y[ıi]m\b(?!\s+diye)"
    # "森先生に相談していいのか、それとも倫理窓口?": whom to take it to (round 60)
    r"|相談して(?:いい|も(?:いい|大丈夫))の?か[^?？]{0,20}それとも"
    # Polish, whether to report it: "zglaszamy oficjalnie do BHP czy nie?" (round 57)
    r"|\b(?:zg[lł]aszamy|zg[lł]aszam|zg[lł]osi[cć]|zg[lł]osimy|zg[lł]asza[cć])\s+(?:to\s+)?(?:oficjalnie"
    r"|do\s+(?:bhp|pip|kierownik\w*|dyrekcji|prze[lł]o[zż]on\w*|inspektor\w*))\b[^.?!]{0,30}?"
    r"\bczy\s+nie\b"
    # "zgłaszać oficjalnie do BHP czy Zbyszek to załatwi?", "zgłaszamy do BHP czy sami
    # naprawiamy?": report it, or leave it to someone — not leave or an order put in
    r"|\bzg[lł]a(?:sza\w*|si\w*)\s+(?:oficjalnie\s+)?(?:do\s+(?:bhp|pip|kierownik\w*|dyrekcji"
    r"|prze[lł]o[zż]on\w*|inspektor\w*)\b)?(?![^?]*\b(?:urlop\w*|wolne|grafik\w*|zam[óo]wieni\w*))"
    r"[^.?!]{0,40}?\bczy\b[^.?!]{1,40}\?"
)
#: The user asks how to say something: "how do i say it without sounding like a sook", "cómo se
#: lo digo sin que piense que me estoy rajando", "how to raise L9 safety without throwing Okafor
#: under the bus" (round 38: nine cards asked, none got a line to say).
HOW_TO_SAY = re.compile(
    r"(?i)\bhow\s+(?:do\s+i|to|can\s+i|should\s+i|would\s+i)\s+(?:say|word|phrase|put)\s+(?:it|this"
    r"|that)\b"
    r"|\bhow\s+(?:do\s+i|to|can\s+i|should\s+i)\s+(?:raise|bring\s+up|tell|ask|mention)\s+(?:it|this"
    r"|that|him|her|them)\b(?!\s+(?:if|whether|for\s+the))"
    r"|\bhow\s+(?:do\s+i|to|can\s+i|should\s+i)\b[^.!?]{0,60}(?:\bwithout|\bw/o)\s+(?:sounding|looking|seeming"
    r"|being|it\s+(?:sounding|looking)|throwing|going\s+over|burning|making|getting|coming\s+across)\b"
    r"|\bc[oó]mo\s+(?:se\s+lo\s+|le\s+|lo\s+|lhe\s+)?(?:digo|decir|planteo|pido)\b"
    r"|\bcomo\s+(?:eu\s+)?(?:lhe\s+)?(?:digo|falo|peço)\b|\bcomment\s+(?:lui\s+)?(?:dire|demander)\b"
    r"|\bjak\s+(?:mu|jej|im)?\s*(?:to\s+)?powiedzie[cć]\b|\bwie\s+sage?\s+ich\s+(?:es\s+)?(?:ihm|ihr|das)\b"
    # "jak poruszyć tę analizę … i nie spalić współpracy?" (round 48)
    r"|\bjak\s+(?:to\s+|t[eęą]\s+\w+\s+)?(?:poruszyć|poruszyc|zagadać|zagadac)\b"
    r"|\bjak\s+(?:podejść|podejsc)\s+do\s+(?:niego|niej|nich|tematu|sprawy)\b"
    # "find a way to ask her without …", "not sure how to raise it", "how do i even say this",
    # "ver como falar", "no sé cómo decírselo", "weiß nicht, wie ich das anspreche" (round 46)
    r"|\bfind\s+a\s+way\s+to\s+(?:ask|say|raise|tell|bring\s+(?:it\s+)?up|mention)\b"
    r"|\bhow\s+(?:do\s+i\s+|to\s+|can\s+i\s+|should\s+i\s+)(?:bring\s+(?:it\s+|this\s+|that\s+)?up"
    r"|raise\s+(?:it|this|that))\s*(?:\?|$)"
    r"|\b(?:not\s+sure|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+know|no\s+idea)\s+how\s+to\s+(?:say|raise"
    r"|ask|tell|word|mention|bring\s+(?:it|this|that|up)|put\s+(?:it|this|that)\b(?!\s+up))\b"
    r"|\bhow\s+(?:do\s+i|to)\s+even\s+(?:say|raise|ask|bring\s+(?:it|this|that|up))\b"
    r"|\bcomo\s+(?:eu\s+)?(?:falar|dizer|pedir|abordar|tocar\s+no\s+assunto)\b(?!\s+(?:ingl|espanh|franc))"
    r"|\bc[oó]mo\s+(?:decírselo|decirselo|decírsela|planteárselo|abordarlo|sacarlo)\b"
    r"|\bc[oó]mo\s+(?:le\s+)?saco\s+(?:lo\s+de|el\s+tema|esto|eso)\b"
    # and in Hindi as the notes type it: "Rohit se kaise uthaun?", "kaise bolun"
    r"|\bkaise\s+(?:uthaun|uthau|uthaoon|bolun|boloon|kahun|kahoon|bataun|batau|puchhun|poochun)\b"
    r"|\bwie\s+ich\s+(?:das|es)\s+(?:ihm\s+|ihr\s+)?(?:anspreche|sage|formuliere)\b"
    r"|\bcomment\s+(?:le\s+|lui\s+)?(?:en\s+)?(?:parler|aborder|le\s+dire|formuler)\b"
    # Turkish "how do I ask/say it" and Japanese "want to put it so that …", "how to say it"
    # (round 57: "bunu sefi kizdirmadan nasil sorarim",
    # "主任を飛び越える感じにならないように伝えたい")
    r"|\bnas[ıi]l\s+(?:sorar[ıi]m|s[öo]yler[ıi]m|derim|anlat[ıi]r[ıi]m|iletirim)\b"
    r"|ように(?:伝え|言い|話し)たい|どう(?:伝え|言え|言う|切り出)"
    # Vietnamese: "báo sự cố tủ lạnh 2 thế nào" (how to report it), "nói thế nào" (round 60)
    r"|\b(?:b[áa]o(?!\s+c[áa]o)|n[óo]i\s+v[ớo]i)\b[^.?!]{0,30}\bth[ếe]\s+n[àa]o\b"
)
#: An offer of a job from elsewhere, as the notes say it: "offer from", "offered me", "Bodrum
#: Lagün Resort'tan teklif", "me ofrecieron", "proposta de emprego", "Jobangebot", "oferta pracy",
#: "オファー" (round 57: a Turkish offer's deadline became the day to settle a pay rise by).
OUTSIDE_OFFER = re.compile(
    r"(?i)\b(?:offered me|(?:an|the|a job|their|job) offer|offer from|recruit(?:er|ers|ment)"
    # an offer named by who makes it: "the Welly offer. tell him or not??" (round 62) — not a
    # sale's ("the Black Friday offer for customers")
    r"|(?-i:the\s+[A-Z][a-z]+\s+offer)\b(?!\s+(?:for|to)\s+(?:customers?|clients?|buyers?))"
    r"|headhunt\w*|approached me|i[sş]\s+teklif\w*"
    # "teklif" is any offer, a supplier's quote too: a job's, where pay or a post is near, or
    # one the user weighs telling them of ("Bodrum teklifini söyleyeyim mi??")
    r"|teklif\w*(?=[^.!\n]{0,60}\b(?:maa[sş]\w*|pozisyon\w*|m[üu]d[üu]r\w*|kadro\w*|job|role)\b)"
    r"|teklif\w*\s+(?:s[öo]yle\w*|bahset\w*)"
    # "proposta da Agrivale: +40% e carro": an offer with pay or a post beside it (round 57)
    # — not one the user makes to a candidate or gets from a supplier ("oferta de Lucía
    # (candidata backend): sueldo 42k", "proposta da Ambev: +12% no volume")
    r"|(?:proposta|oferta)\s+(?:da|do|de|del)\s+[A-Z]\w*(?![^\n]*\b(?:candidat\w*|clientes?|client"
    r"|volume|flota|fleet|pre[çc]o|precio|price|aprovar|firmar|approve|sign)\b)"
    r"(?=[^.!\n]{0,50}(?:\+\s?\d+\s?%|sal[áa]ri\w*|sueldo|carro|coche|cargo|vaga|puesto))"
    r"|me\s+ofrecieron\s+(?:un\s+)?(?:trabajo|puesto|empleo)|me\s+ofereceram\s+(?:um\s+)?(?:emprego"
    r"|trabalho|cargo)|oferta\s+de\s+(?:trabajo|empleo|emprego)|proposta\s+de\s+(?:emprego|trabalho)"
    r"|jobangebot\w*|ofert\w*\s+pracy|offre\s+d['’]emploi|on\s+m['’]a\s+propos[ée]\s+un\s+poste)\b"
    r"|からオファー|オファーが(?:来|き)|オファーをもら|引き抜き|内定"
)
#: Using it to move someone: "so he moves faster", "as leverage", "push", "match it",
#: "pazarlık kozu" (a bargaining chip), "para negociar", "zum Verhandeln".
LEVERAGE = re.compile(
    r"(?i)\b(?:leverage|moves? faster|speed (?:it|things) up|push|counter|match|might help|"
    r"mention it|tell (?:him|her|them)|use it|pazarl[ıi]k\w*|koz(?:u|um|umu|lar\w*)?|negociar"
    r"|negocia[cç][aã]o"
    r"|verhandl\w*|negocjac\w*|n[ée]gocier)\b|交渉"
)
#: A question the user means to ask with care ("where does Liam fit next season?? ask
#: carefully"): never the one to open with (round 46: "Raise this first" on the owner's son).
HANDLE_WITH_CARE = re.compile(
    r"(?i)\?[^.!]*\b(?:(?:ask|say|raise)\s+(?:it\s+)?(?:carefully|gently|delicately|tactfully)"
    r"|tread\s+carefully|careful\s+how)\b"
    r"|\b(?:ask|raise)\s+(?:it\s+)?(?:carefully|gently|delicately|tactfully)\b[^.!]*\?"
)
#: What a point says it must not do or seem while it is raised, by kind, each with the clause
#: that says so: "w/o sounding like a moaner", "sem queimar o Sérgio", "sans trahir Karim",
#: "ohne dass ich fliege", "żeby się nie obraził", "kızdırmadan", "bila kuonekana nashtaki",
#: "名前出さずに" — the commonest shape of a delicate point in the blind sets (97 of their
#: points; round 62). Only such clauses: "without taking annual leave", "sin costo", "ohne zu
#: warten", "bila kuchelewa", "忘れずに" are work, not how it comes across (a fresh-eyes review).
_W = r"\b(?:without|w/o|w/out)\s+"
_AVOIDS = (
    # the user's own word against someone's
    (
        "word",
        r"\bword\s+(?:vs\.?|v\.?|against)\s|\bmi\s+palabra\s+contra\b|\bminha\s+palavra\s+contra\b"
        r"|\bparole\s+contre\b",
    ),
    # going round someone in the line
    (
        "head",
        r"\b(?:over|behind|around)\s+[\w']+(?:\s+[\w']+)?\s+(?:head|back)\b|飛び越え|\bpelas\s+costas"
        r"|\ba\s+espaldas|\bpar-dessus|\bpassar\s+por\s+cima|\bpasar(?:le|les)?\s+por\s+encima|\bsaltarme\s+a|\bin\s+den\s+R[üu]cken"
        r"|\b(?:dr|dari)\s+belakang\b",
    ),
    # the reason for a request, or the thing itself, which is the user's own
    (
        "why",
        _W + r"(?:saying|telling\s+(?:anyone\s+)?(?:why|the\s+reason)|explaining"
        r"|giving\s+(?:a\s+|the\s+)?reasons?|going\s+into\s+(?:the\s+)?details?|telling\s+(?:her|him|them|anyone|my\s+\w+)"
        r"|(?:him|her|them|anyone)\s+knowing)"
        r"|\b(?:sin|sem)\s+(?:dar\s+explica\w+|explicar|decir\s+(?:el\s+)?(?:porqu|por\s+qu|motivo)"
        r"|dizer\s+(?:o\s+)?(?:porqu|por\s+qu|motivo))|\bsans\s+(?:dire|expliquer)\s+pourquoi"
        r"|\bsans\s+donner\s+(?:de\s+)?raison|\bbez\s+(?:podawania\s+powodu|t[lł]umaczenia)"
        r"|\bohne\s+(?:Grund|Begr[üu]ndung|zu\s+sagen\s+warum)|理由を?(?:言わ|話さ)ずに"
        r"|\bbila\s+kusema\s+sababu",
    ),
    # the user's own job
    (
        "job",
        _W + r"(?:getting\s+(?:myself\s+)?(?:fired|sacked|in\s+trouble)|losing\s+(?:my|the)\s+job"
        r"|being\s+(?:fired|sacked))|\bohne\s+dass\s+ich\s+(?:raus)?flieg\w*|\bsin\s+que\s+me\s+despid"
        r"|\bsem\s+(?:perder\s+o\s+emprego|ser\s+demitid\w*)|\b(?:żeby|zeby)\s+mnie\s+nie\s+zwolni"
        r"|\btanpa\s+dipecat|\bbila\s+kufukuzwa|\bkovulmadan|\bmandad[oa]\s+embora"
        r"|\bit\s+coming\s+back\s+on\s+me\b|\bretombe\s+sur\s+moi",
    ),
    # keeping it off someone else: naming, exposing, getting them in trouble
    (
        "others",
        r"\bunder\s+the\s+bus\b|"
        + _W
        + r"(?:\w+\s+){0,2}?(?:burning\s+(?!out\b|(?:any\s+|the\s+|my\s+|a\s+)?bridges?\b)\w+"
        r"|naming\b|getting\s+(?!myself\b|me\b)[\w']+(?:\s+[\w']+)?\s+(?:in(?:to)?\s+(?:trouble"
        r"|the\s+shit)|fired|sacked)|betraying|blaming|mentioning\s+(?!the\b|it\b)\w+|dobbing"
        r"|ratting|snitching|exposing\s+\w+|breaking\s+(?:his|her|their)\s+confidence|names?\b"
        r"|it\s+landing\s+on)|\breinzureiten\b"
        r"|\bsin\s+(?:quemar(?:l[oa])?\b|exponer(?:l[oa]\b|\s+a\b)|nombrar|delatar|nombres?\b)"
        r"|\bsin\s+que\s+(?:parezca|suene)\s+(?:a\s+)?(?:que\s+)?(?:(?:lo|la|los|las)\s+)?(?:acus\w+"
        r"|estoy\s+quem\w+|quem\w+|voy\s+a\s+por)"
        r"|\bsem\s+(?:queimar|expor|dedurar|entregar|citar|nomear)\s+(?:[oa]s?\b|nomes?\b|ningu[eé]m\b)"
        r"|\bsem\s+(?:citar|dar)\s+nomes?\b|\bsem\s+parecer\s+(?:q|que)\s+(?:estou\s+a\s+|t[oô]\s+)?acus"
        r"|\bsans\s+(?:trahir|griller|balancer|d[ée]noncer|nommer|accuser)\b"
        r"|\bohne\s+(?:\w+\s+){0,3}(?:anzuschw[äa]rzen|zu\s+verpetzen|bloßzustellen|zu\s+nennen)"
        r"|\bohne\s+Namen\b|\bbez\s+(?:podawania\s+)?nazwisk|\b(?:żeby|zeby)\s+nie\s+wysz\w+\s+(?:że|ze)"
        r"\s+donosz|\b\w*(?:yakmadan|ispiyonlamadan|ad[ıi]n[ıi]\s+vermeden)\b|\bbila\s+(?:kum?choma"
        r"|kumtaja|kutaja|kuonekana\s+nashtaki)|\btanpa\s+(?:menyebut|nyebut)|\bbina\s+naam\b"
        r"|名前(?:を)?出さず",
    ),
    # how it comes across
    (
        "image",
        _W + r"(?:it\s+)?(?:sounding|looking|seeming|coming\s+across|appearing|being\s+(?:seen|rude"
        r"|the\s+\w+|a\s+\w+)|making\s+it\s+\w+|turning\s+into|it\s+being\s+\w+|annoying|offending"
        r"|upsetting|killing\s+the|wrecking|losing\s+(?:her|him|them|his|their)\b"
        r"|burning\s+(?:any\s+|the\s+|my\s+|a\s+)?bridges?)"
        r"|\bnot\s+as\s+(?:a\s+)?(?:complaint|accusation|attack|threat|dig)\b"
        r"|\bsin\s+que\s+(?:\w+\s+){0,2}?(?:parezca|suene|se\s+note|piense)|\bsin\s+(?:parecer"
        r"|ofender|quemarme)\b|\bsem\s+(?:parecer|soar|ofender|magoar|chatear)\b"
        r"|\bsans\s+(?:avoir\s+l'air|para[iî]tre|passer\s+pour|vexer|froisser)"
        r"|\bohne\s+dass\s+(?:es|das)\s+(?:\w+\s+){0,3}(?:klingt|wirkt|aussieht|r[üu]berkommt)"
        r"|\bnicht\s+als\s+(?:vorwurf|druckmittel|kritik|angriff)\b"
        r"|\b(?:żeby|zeby|aby)\s+(?:się\s+|sie\s+)?nie\s+(?:obrazi\w*|wkurzy\w*|wysz\w*|wygl[aą]da\w*"
        r"|zabrzmia\w*|pomy[sś]la\w*)|\b\w*(?:k[ıi]zd[ıi]rmadan|incitmeden|k[ıi]rmadan|[üu]zmeden"
        r"|su[çc]lamadan|g[öo]stermeden)\b|\bbila\s+ku(?:onekana|sound|mkosea|haribu|umiza|vunja"
        r"|poteza)|\btanpa\s+(?:terkesan|kesan|kelihatan|menyinggung|menyalahkan|bikin)"
        r"|角(?:を)?立てず|責めずに|ように聞こえない|聞こえないように|(?:と|に)思われない"
        r"|感じにならないように",
    ),
)
_AVOID_KINDS = tuple((kind, re.compile("(?i)" + words)) for kind, words in _AVOIDS)
#: ... said of saying or asking something: not "wo kürzen ohne dass es billig wirkt" (where to
#: cut costs without the food looking cheap).
#: "How", in the notes' languages: a point asking how to do something, not whether.
ASKS_HOW = re.compile(
    r"(?i)\b(?:how|c[oó]mo|comment|wie|jak|nas[ıi]l|vipi|gimana|bagaimana|kaise|kaese)\b|どう"
)
_SAYING = re.compile(
    ASKS_HOW.pattern + r"|言い方"
    r"|\b(?:say\w*|rais\w*|ask\w*|tell\w*|bring\w*|flag\w*|mention\w*|chas\w*|remind\w*"
    r"|explain\w*|answer\w*|handl\w*|decir|pedir|pregunt\w*|falar|dizer|levantar|levar|pergunt\w*"
    r"|parler|dire|demander|ansprechen|anspreche|sagen|sage|fragen|powiedzie\w*|zapyta\w*"
    r"|poprosi\w*|zg[lł]osi\w*|sorar\w*|s[öo]ylerim|niongee|kumkumbusha|nitaombaje|nimwambie"
    r"|angkat|bilang|ngomong\w*|bolu|bolun|poochu)\b|伝え|言う|聞|頼む"
)
#: The point admits a mistake of the user's own: owned, never kept off the person.
_OWN_MISTAKE = re.compile(
    r"(?i)\bi\s+(?:made|make)\s+a\s+mistake|\bi\s+(?:messed|screwed)\s+up|\bmy\s+(?:mistake|error"
    r"|fault)\b|\bi\s+got\s+(?:it|the\s+\w+)\s+wrong|\berrei\b|\bme\s+equivoqu[eé]|\bcomet[ií]\s+un"
    r"\s+error|\bj'ai\s+fait\s+une\s+erreur|\bje\s+me\s+suis\s+tromp|\bmein\s+fehler|\bich\s+habe"
    r"\s+(?:mich\s+vertan|einen\s+fehler)|\bpomyli[lł]\w*|\bhata\s+yapt[ıi]m|\bnilikosea|\bsaya"
    r"\s+salah|ミスした|間違えた"
)


@line_memo(TEXT)  # read of every open point by its note
def avoiding(text: str) -> str | None:
    """What a point says it must not do while it is raised, when it asks how to say something
    (`_SAYING`): a mistake of the user's own ("own"), their word against someone's ("word"),
    going round someone ("head"), the reason for a request ("why"), their own job ("job"),
    keeping it off someone else ("others") or how it comes across ("image"); None without
    such a clause."""
    if not _SAYING.search(text):
        return None
    kind = next((kind for kind, words in _AVOID_KINDS if words.search(text)), None)
    if kind is not None and _OWN_MISTAKE.search(text):
        return "own"
    return kind


#: A matter the user has not yet put into words, marked as unresolved: "lo de Dani ?? pensar
#: como", "darek thing?? or leave it", "Dr K thing?? maybe", "the agency nurse thing??" (round
#: 47: these were the points users most wanted help with, and got none).
UNFORMED = re.compile(
    # a matter named, not said: "the agency nurse thing??", "the thing with Darek??", "el tema
    # de Dani??", "sprawa z nowym grafikiem??" — not "one more thing??"
    r"(?i)(?:(?<!more )(?<!last )(?<!another )\bthing(?:\s+with\s+\w+(?:\s+\w+)?)?|\bstuff"
    r"|\bsituation|\bbusiness|\bissue|\bproblem|^\W*(?:lo|el\s+tema)\s+de\s+[^?]{1,30}"
    r"|^\W*(?:o\s+lance|a\s+quest[aã]o|o\s+caso)\b[^?]{0,30}|\bsprawa\s+z?\s*(?:\w+\s+){0,3}\w+"
    r"|\bdie\s+sache\s+mit\s+(?:\w+\s+){0,3}\w+|\bl'histoire\s+(?:de|avec)\s+(?:\w+\s+){0,3}\w+)"
    r"\s*[.…]*\s*\?{2,}"
    # a bare label, then doubt: "darek?? or leave it", "Dee?? not sure" — not a question ("when
    # is the rota out?? idk"), a request's odds ("WFH fridays?? not sure she'll go for it") or
    # a Spanish "no se ha pagado"
    r"|^\W*(?!(?:when|what|whats|what's|how|who|where|why|is|are|can|could|do|does|did|will|would"
    r"|should|any)\b)[^?\s]+(?:\s+[^?\s]+){0,3}\s*\?{2,}\s*(?:pensar|think(?:ing)?\s+(?:it\s+)?(?:through"
    r"|about\s+it|how)|maybe\s*(?:$|[.,!…])|or\s+leave\s+it|or\s+drop\s+it|idk|dunno"
    r"|no\s+s[eé]\s*(?:$|[.,!…]|c[oó]mo|qu[eé]|si\b)|not\s+sure\s*(?:$|[.,!…]|how|what|if|whether)"
    r"|nie\s+wiem|keine\s+ahnung|sei\s+l[aá]|je\s+sais\s+pas)"
)


#: A point weighing whether to name someone: "falar sem nomear ninguem?? ou nomear?",
#: "小林さんの件どう伝えるか（名前出す？出さない？）", "name him or not?", "z nazwiskiem czy
#: bez?" (round 61: both got "if neither, it can wait", or nothing).
NAMING = re.compile(
    r"(?i)\b(?:sem|sin|without|ohne|sans|bez)\s+(?:nomear|nombrar|naming|(?:den\s+)?namen"
    r"|nommer|nazwisk\w*|imion\w*)\b"
    # whether, not whom to appoint: "nomear ou não?", "¿nombrarlo o no?", not "nomear um
    # substituto", "nombrar a un responsable"
    r"|\b(?:nomear|nome[áa]-?l[oa]|nombrarl[oae]s?|nombrar)\s+(?:ou|o)\s+n[ãao]o?\b|\bou\s+nomear\b"
    r"|\bname\s+(?:him|her|names|anyone|no\s*one|nobody|the\s+(?:person|guy|girl|colleague))\b"
    r"[^.!]*\?|\bnaming\s+(?:names|him|her|anyone)\b|\bname\s+names\b"
    r"|\b(?:z\s+nazwiskiem|poda[cć]\s+nazwisk\w*|wymieni[cć]\s+nazwisk\w*)\b"
    r"|\bnommer\s+(?:qui|quelqu\w*|la\s+personne|le\s+coll\w*)"
    r"|名前(?:を|は)?(?:出す|出さ|出し|伏せ)|\bisim\s+(?:vermeden|vereyim\s+mi|versem)\b"
    r"|\bnêu\s+tên\b"
)


@line_memo(FLAG)
def weighs_telling(text: str) -> bool:
    """Whether a point weighs telling them something (`TELL_OR_NOT`): read once per line, as
    the flags, the point's notes and the asks all ask it, and the pattern is a long one."""
    return bool(TELL_OR_NOT.search(text))


def unformed(text: str) -> bool:
    """Whether a point names a matter not yet put into words (`UNFORMED`); every form of it
    doubles its question mark, so most lines are answered without the pattern."""
    return "??" in text and bool(UNFORMED.search(text))


#: An ask that this person vouch for the user: "asked Deb to be my reference for the CNE
#: post", "asked for a reference from him", "could you write me a recommendation?".
ASKED_TO_VOUCH = re.compile(
    r"(?i)\bto\s+be\s+(?:my|a)\s+(?:reference|referee)\b"
    r"|\b(?:reference|referee|recommendation(?:\s+letter)?)\s+(?:from\s+(?:you|her|him|them)|for\s+me)\b"
    r"|\bwrite\s+(?:me\s+)?(?:a\s+)?(?:reference|recommendation)"
)
#: A reference or referee, named anywhere in a line.
REFERENCE = re.compile(
    r"(?i)\b(?:references?|referees?|recommendation letter|letter of recommendation)\b"
)
#: A point that is itself an ask of them: "could I shadow the late shift?", "will you sign off
#: my form", "ask her if she'd be a reference", "ask sipho to back me for co-lead", "NEBOSH -
#: can I do it on day release?", "… please". One rule for the whole card (`asks_them`): the
#: points' count, the asks' favour, the goal's ask, the balance line's tally and the note that
#: an over-giver's own ask is owed all read it.
_REQUEST = re.compile(
    r"(?i)^\s*ask\s+(?:(?:\w+\s+)?(?:if|whether|for|about|to)\b|her\b|him\b|them\b)"
    r"|(?:^|[-–—:;,]\s*)(?:(?:could|can|may|might)\s+(?:i|we)|(?:could|would|can|will)\s+you)\b"
    r"|\bplease\b"
)


#: A point that asks for its answer, in the notes' languages: "brauch jetzt ja/nein", "contract
#: $/t - when??", "nadgodziny X - dalej nic", "大西さんの件、その後どうなったか", "tayin meselesi -
#: net cevap lazım" — not a point that only shares a word with the ask ("cambio de proveedor -
#: quién decide?", "大西さんの送別会、幹事どうする?": a fresh-eyes review of this rule).
_CHASING = re.compile(
    r"(?i)\b(?:answer|antwort\w*|respuesta|resposta|r[ée]ponse|odpowied\w*|cevap\w*|jawab|jibu"
    r"|jawaban|decision|decyzj\w*|decis[ãa]o|decisi[oó]n|entscheidung|news|update|yes\s*(?:/|or)\s*no"
    r"|ja\s*(?:/|oder)\s*nein|s[ií]m?\s*(?:/|o|ou)\s*n[ãa]o|s[ií]\s*o\s*no|oui\s*ou\s*non"
    r"|tak\s*czy\s*nie|o\s+no\b|ou\s+n[ãa]o\b|when|wann|kiedy|quand|cu[aá]ndo|quando|kab|lini"
    r"|kapan|zaman|again|znowu|jeszcze\s+raz|de\s+novo|otra\s+vez|encore|nochmal|wieder|tekrar"
    r"|igen|lại|still|ainda|todav[ií]a|toujours|immer\s+noch|dalej|h[âa]l[âa]|abhi\s+bhi"
    r"|sinal|chase|relanc\w*|nachhak\w*|follow[\s-]?up|voltar\s+a\s+perguntar|preciso\s+saber"
    r"|necesito\s+saber|need\s+to\s+know|nothing\s+since|nada\s+ainda|sigue\s+sin|prazo|plazo"
    r"|deadline|termin|finally|endlich|enfin|por\s+fin|wreszcie)\b"
    r"|\?\?|どうなった|返事|結局|もう一度|もう一回|再度|確認|いつ"
)


@line_memo(FLAG)  # read of every open point by the chases a point may carry
def asks_for_answer(point: str) -> bool:
    """A talking point that asks for the answer to something asked before (`_CHASING`)."""
    return bool(_CHASING.search(point))


@line_memo(FLAG)  # read of every point by the points' count, the favour and the notes
def asks_them(point: str) -> bool:
    """Whether a talking point asks the counterpart for something (a favour, a yes, a hand),
    rather than asking for information ("does the post need the ticket?") or naming a topic."""
    return bool(_REQUEST.search(point))


_APPLICATION = re.compile(
    r"(?i)\bappl(?:y|ying|ication)(?: for| to)? (?P<what>(?:the|a|an|this|that) [^?.,;]+?)"
    r"(?: (?:in|by|before|this|next) (?:\w+))?\s*[?.!]*$"
)
_HOW_TO = re.compile(
    r"(?i)^\s*how (?:do|would|should) (?:you|i|we) (?P<verb>write|run|prepare|build|plan|present"
    r"|design|draft|structure|test|automate|price|pitch|set up|put together|scope|estimate)"
    r" (?P<what>(?:a|an|the|your) [^?.,;]+?)\s*\?*$"
)
_FIRST_WORDS = 3
_TOPIC_WORDS = 8
_ABOUT_ME = re.compile(r"(?i)\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")


@dataclass(frozen=True)
class Points:
    """The user's open, non-personal talking points for this 1:1, as the asks read them."""

    texts: tuple[str, ...] = ()

    @property
    def questions(self) -> int:
        """Points that ask the counterpart something: each is already one request."""
        return sum(1 for t in self.texts if t.rstrip().endswith("?") or asks_them(t))

    def request(self) -> str | None:
        """The first point that asks a favour ("Could I shadow ...?"), if any."""
        return next((t for t in self.texts if asks_them(t)), None)

    def application(self) -> str | None:
        """What a point weighs applying for: "the second-in-department post"."""
        for text in self.texts:
            found = _APPLICATION.search(text)
            if found and len(found.group("what").split()) <= 6:
                return found.group("what")
        return None

    def practice(self) -> str | None:
        """A "how do you write a positioning doc?" point as something to try: "write a
        positioning doc"."""
        for text in self.texts:
            found = _HOW_TO.match(text)
            if found and len(found.group("what").split()) <= 5:
                what = re.sub(r"(?i)^your ", "a ", found.group("what"))
                return f"{found.group('verb').lower()} {what}"
        return None

    def statements(self) -> tuple[str, ...]:
        """Points that name a work topic rather than ask ("the audit timeline for January"):
        short, and not about the user ("I", "my"), which a topic to own never is."""
        return tuple(
            t
            for t in self.texts
            if not t.rstrip().endswith("?")
            and len(t.split()) <= _TOPIC_WORDS
            and not _ABOUT_ME.search(t)
        )

    def issues(self) -> tuple[str, ...]:
        """Points that raise something rather than ask for it ("near miss on the scaffold, want
        to talk about the exclusion zone"): no question mark, no request."""
        return tuple(
            t
            for t in self.texts
            if not t.rstrip().endswith("?") and not asks_them(t) and not _ASKS_FOR_ME.search(t)
        )

    def repeats(self, wording: str) -> bool:
        """Whether an ask opens like one of the points ("how did you ..."): saying it twice
        reads as if nobody looked at the agenda."""
        opening = _opening(wording.split(", ", 1)[-1])
        return bool(opening) and opening in self._openings

    @cached_property
    def _openings(self) -> frozenset[tuple[str, ...]]:
        """Each point's opening words, read once: every phrasing of every ask is checked
        against all of them (a long agenda read them again for each)."""
        return frozenset(_opening(t) for t in self.texts)


#: A question about the user's own part, anywhere in a point: "donor mtg - will I present
#: Jalna part? confirm" asks for something, however the line ends (round 50 offered to fix it).
#: Not "am I the only one doing Xmas nights?": a complaint put as a question.
_ASKS_FOR_ME = re.compile(r"(?i)\b(?:will|can|could|may|might|shall|should|do)\s+i\b[^?]*\?")


def _opening(text: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z']+", text.lower())
    return tuple(words[:_FIRST_WORDS]) if len(words) >= _FIRST_WORDS else ()


def points_of(texts: Sequence[str]) -> Points:
    return Points(tuple(t for t in texts if t.strip()))


__all__ = ["Points", "points_of"]
