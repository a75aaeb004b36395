"""Decide the grammatical form a glossary term needs where it stands in a translation.

Two sides are read. The English source says what the occurrence *is*: the subject of its clause or
not, definite ("the" anywhere in its noun phrase), plural, possessive. The translated sentence says
what governs it: a Russian preposition (with the cases it allows), a governing verb (a table of
verb government, then transitivity), a governing noun (genitive), a title it stands in apposition
to, a coordinated term before it, a numeral; in Bulgarian, a preposition before it. The result is a
``Need`` (case and number for Russian; article and count form for Bulgarian) with the reason, which
``localize.terms.forms`` turns into a form and the report shows.

>>> english_role("Ivanov heads the Caspian Pipeline Consortium.", 17, 45)
Role(subject=False, definite=True)
>>> english_role("The Caspian Pipeline Consortium said on Monday it would expand.", 4, 31)
Role(subject=True, definite=True)
>>> russian_need("Иванов руководит ", Role()).case
'ablt'
>>> russian_need("Грузы идут к Констанце или ", Role(), previous=Need("datv", reason="к")).case
'datv'
>>> bulgarian_need("Според ", Role(definite=True)).article, bulgarian_need("", Role(subject=True, definite=True)).article
('short', 'full')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from localize.morphology.bg import PREPOSITIONS as BG_PREPOSITIONS  # (one list for the article rules and the forms)
from localize.terms.lexicon import (
    ACCUSATIVE_OF_PERSON, ADJECTIVE_GOVERNMENT, DATIVE_NOUNS, DATIVE_OF_PERSON, ENGLISH_PREPOSITIONS,
    DATIVE_AND_INSTRUMENTAL, DATIVE_FIRST, GENERIC_NOUNS, GOVERNMENT, PREPOSITIONS, TITLES, TO_IS_DATIVE, TO_DATIVE_NOUNS, ACCUSATIVE_OF_RECIPIENT, FOR_DATIVE_NOUNS, TEACHING, TO_IS_ACCUSATIVE,
    PREDICATIVE_VERBS,
    DATIVE_PREDICATE, ENGLISH_DECIDES, GENITIVE_OR_ACCUSATIVE, ENTERING, IMPERSONAL_AFTER, MOTION, MOTION_BEFORE, NA_ACCUSATIVE, NA_COMPLAINT, NA_EXCHANGE,
    PARENTHETICAL, PARTICIPLE_GOVERNMENT, PLACE_APPOSITION, SEND, TIME_NOUN, WITH_GENITIVE_NOUNS,
)

_CONJUNCTION = re.compile(r"(?:,\s*|\s+)(?:и|или|либо|а также|так и|но и|а не|но не)\s+"
                          r"(?:(?:его|её|ее|их|свои[хм]?|своего|своей|своему|своим|своими|свою|свой)\s+)?$", re.I)
# (also a possessive after it: «об Ареццо и его | золотых дел мастерах»)
#: Words that open a new clause: a governor before them does not govern what follows.
_CLAUSE_OPENERS = set("что чтобы если когда как чем нежели потому поскольку так-как хотя пока который которая которое которые "
                      "которого которой которым где куда откуда".split())
_NUMERAL = re.compile(r"(?:\d[\d\s.,]*|\b(?:два|две|три|четыре|оба|обе|полтора|два|две|три|четири|пет|шест|"
                      r"седем|осем|девет|десет|няколко|двама|трима|"
                      r"(?:едина|двана|трина|четирина|петна|шестна|седемна|осемна|деветна)(?:десет|йсет)|"
                      r"(?:два|три|четири|пет|шест|седем|осем|девет)(?:десет|йсет)|сто|двеста|триста|"
                      r"двата|трите|четирите|петте|шестте|седемте|осемте|деветте|десетте|"
                      r"няколкото)(?![^\W\d_]))\s*(?:(?:млн|млрд|трлн|хил)\.?\s*|"
                      r"(?:милиона|милиарда|трилиона|хиляди|миллиона|миллиарда)\s+)?"
                      r"(?:(?!(?:при|чрез|ли|и|или|защи|ни|ги|им|си|ви|ми|ти|пъти|дни|години|седмици|минути|секунди|души)\s)"
                      r"[а-я]+и\s+){0,2}$", re.I)
# (три нови енергоблока: plural adjectives between; not «9000 посетители при»: a preposition ends the numeral's phrase;
# not «два пъти», «три години»: a counted noun of its own)
_WORDS = re.compile(r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z-]*")
_CLAUSE_BREAK = re.compile(r"[.;:!?«»\"„“()—–]")
_EN_BEFORE_SUBJECT = re.compile(
    r"(?:^|[.!?;:]\s+|[\"“(]\s*|,\s+|\b(?:and|but|that|while|as|because|when|after|before|if|since|although|"
    r"though|whereas|where|which|who|so|yet|or)\s+)$", re.I)
_EN_SPEECH_INVERSION = re.compile(r"(?:[,\"”’»'!?]\s*(?:\w+\s+)?(?:said|says|say|told|added|noted|stressed|wrote)|"
                                  r"\baccording to)\s+$", re.I)
_EN_VERB_AFTER = re.compile(
    r"^(?:\s*,[^,]{1,80},)?(?:\s+(?:in|of|at|from|on|to|for|near|with|across|along|between|over|under|above|"
    r"below|behind|beyond|through|off|around|outside|inside)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?:(?:and|or|of|for)\s+(?:the\s+)?)?(?-i:[A-Z])[\w-]*)*"  # between Gdansk and Tallinn
    # (also "at the Czech Academy of Sciences | went")
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|did|does|do)\b)"
    r"(?-i:[a-z]{4,})(?=\s+(?-i:[a-z])))?"  # along the D1 motorway | are
    r"(?:\s*,[^,]{1,80},)?)?"  # The dealership in Ruse, where 40 people worked, was closed
    r"(?:(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}(?=\s+[a-z]))?"  # Speaker of the National Assembly Kalin Stoyanov opened
    r"\s*(?:also\s+|reportedly\s+|now\s+|still\s+|already\s+|itself\s+|themselves\s+|both\s+|all\s+|"
    r"jointly\s+|together\s+|alone\s+|once\s+|never\s+|ever\s+|later\s+|first\s+|previously\s+|formerly\s+|"
    r"then\s+|soon\s+|again\s+|(?-i:[a-z]{3,}ly)\s+(?=[a-z]+(?:s|ed)\b|(?:said|told|took|made|won|led|ran|began|became|came|went|saw|gave|got|met|left|lost|held|upheld|kept|set|sent|spent|built|brought|bought|chose|found|struck|overturned|rejected|sold|wrote|paid|cut|shut|withdrew|became)\b)|has\s+|have\s+|had\s+|"
    r"will\s+|would\s+|could\s+|can\s+|may\s+|might\s+|must\s+|should\s+|did\s+|does\s+|do\s+|is\s+|are\s+|was\s+|"
    r"were\s+|has$|had$|is$|was$)*(?:(?:co|re|pre|over|under|out)-)?(?<!\w)"  # co-wrote, re-elected
    # (a verb begins a word: not "on S|undays", a capitalised word given back letter by letter)
    r"(?:is|are|was|were|has|have|had|will|would|could|can|cannot|may|might|must|should|did|does|do|"
    r"[a-z]+ed|(?!(?:as|us|its|his|hers|ours|yours|theirs|this|thus|plus|across|less|unless|perhaps|towards|always|"
    r"sometimes|besides|whereas|news|afterwards|nevertheless|various|previous|serious|famous|numerous|"
    r"enormous|obvious|is|was|has|does)\b)[a-z]+s|said|says|told|took|made|won|led|ran|began|became|came|went|saw|gave|got|met|"
    r"left|lost|held|kept|set|sent|spent|built|brought|bought|chose|drew|fell|felt|found|grew|heard|hit|"
    r"knew|laid|meant|paid|put|rose|sold|spoke|stood|struck|sought|thought|threw|wrote|cut|let|shut|upheld|"
    r"withheld|overturned|burst|broke|bore|drove|forbade|forgave|froze|hid|hung|lay|lit|overtook|rode|rang|"
    r"shook|shot|sank|slid|split|spread|sprang|stole|stuck|stung|swore|swept|swam|swung|taught|tore|undertook|"
    r"underwent|understood|woke|wore|wound|withdrew|oversaw|outlined|foresaw|bid|bit|blew|bred|built|burnt|"
    r"caught|clung|crept|dealt|dug|drank|fed|fled|flew|fought|forgot|ground|knelt|leapt|lent|lost|"
    r"misled|overcame|overran|quit|read|rebuilt|reset|sat|slept|sped|spent|spun|strove|sank|won|wrung|cast|sang|"
    r"wove|forecast|broadcast|recast|cost)\b", re.I)
_EN_DETERMINER_WORDS = re.compile(
    r"((?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|every|each)\s+)?(?:\b(?:(?![A-Z][a-z]+ing\b)(?!(?:To|In|On|At|By|For|From|With|After|Before|As|Of|Into|Under|Over|Since|Until|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s)[A-Z][\w'-]*|new|old|main|lower|"
    r"upper|middle|greater|inner|outer|"
    r"key|former|largest|biggest|first|second|third|(?!(?:ban|plan|scan|can|began|loan|deal|reveal|appeal|seal|steal|"
    r"arrival|approval|proposal|removal|renewal|refusal|withdrawal|disposal|dismissal|survival)\s)[a-z]+(?:ern|ian|ese|ish|ic|al|an))\s+){0,4})$")
# (not "to ban | neonicotinoids": a verb in -an is no adjective of the noun phrase)


@dataclass(frozen=True)
class Role:
    """What an occurrence is in its English sentence."""

    subject: bool = False
    definite: bool = False
    plural: bool = False
    possessive: bool = False
    preposition: str = ""  # the English preposition right before the noun phrase (to, by, of...)
    indefinite: bool = False  # "a"/"an" before it
    indirect: bool = False  # the first of two objects (gave Burgas 20 million): dative
    passive: bool = False  # the subject of an English passive ("was thanked by"): Russian may make it an object
    fronted: bool = False  # the object of an English cleft ("It was X whom..."): Russian puts it first
    modifier: bool = False  # it qualifies the noun after it ("the Galați bridge"): the English preposition is that noun's
    direct: bool = False  # the second of two objects (awarded X the prize): the thing given, accusative
    object: bool = False  # the English object of a verb (replaced Taras Kovalenko): a Russian verb after it may govern it
    complement: bool = False  # after "as" (will serve as a drifting station): служить кем/чем, the instrumental
    after_copula: bool = False  # right after the English copula ("The head of X is Y"): Russian may write it after a dash
    adjective_to: bool = False  # the English "to" is an adjective's ("new to X", "used to X"), no recipient
    appositive: bool = False  # between commas after a noun (Belozerskaya's rival, Vadim Zlatopolsky, was)
    after_noun: bool = False  # its English preposition follows a noun ("Repairs to | the Danube Bridge")
    agent: bool = False  # "by" after a passive participle ("were accompanied by X"), not a noun ("a speech by X")
    generic: bool = False  # a bare plural subject of a present tense ("Bessarabian Bulgarians make up"): a class
    bare: bool = False  # no determiner, quantifier or numeral before it ("Avian influenza has been detected")
    proper: bool = False  # the English occurrence is capitalised inside the sentence (a name: "at Vnukovo Airport")
    shared_preposition: str = ""  # the preposition before the first of two names ("to Tver and | Mytishchi")
    negated: bool = False  # its verb is negated ("Legal aid is not available")
    inverted: bool = False  # the subject after a copula that closes a fronted phrase ("Taking part were X")
    listed: bool = False  # inside an English list with the term before it ("for plywood, | veneer and sawn timber")
    predicate: bool = False  # after a passive of naming ("was appointed | head coach"): Russian назначен кем
    bare_plural: bool = False  # a bare plural subject with a place after it ("Divers from Arkhangelsk train"):
    #                            the class or some of it — Bulgarian may write the article or not
    topic: bool = False  # after "on"/"about" that follows a noun with its determiner ("the agreement on | harbour fees")
    placed: bool = False  # "in"/"at" and a named place right after it ("car washes in Ruse"): the ones there
    of_plural: bool = False  # "of" after an English plural noun ("the flooded shafts of | the Moravian Karst")
    person_object: bool = False  # the object of an English verb whose object is a person ("dismissed the sensei")
    means: bool = False  # "by" and a bare noun after a verb of carrying or travelling ("moved by | ambulance")
    kind: bool = False  # "a"/"an" and a singular subject opening a sentence, before a present simple ("A grave
    #                     plot in Sofia now costs"): any one of a kind — Bulgarian may write the article or not
    after_comma: bool = False  # a comma right before its noun phrase in the English ("Without Lugovoy, | the team")
    went_to: bool = False  # after "went to" ("Second place went to the Centre"): the one it went to, which a
    #                        translation may make the subject (На второ място се класира Центърът)
    activity: bool = False  # a bare English noun in -ing after "of" ("the causes of | stuttering"): the activity
    #                         itself — Bulgarian may write the article or not (причините за заекването)

    def __repr__(self) -> str:
        return f"Role(subject={self.subject}, definite={self.definite})"


@dataclass(frozen=True)
class Need:
    """The form an occurrence needs: Russian case and number; Bulgarian article and count form."""

    case: str = "nomn"
    reason: str = ""
    number: str = "sing"
    article: str = ""  # bg: "" (none), "short", "full"
    count: bool = False  # bg: after a numeral
    sure: bool = True  # False: nothing in the context decided it (the translation's own form is kept)
    strong: bool = False  # a preposition, a numeral, a possessive, a verb's known government: it overrides a
    #                       case the translation chose; weaker evidence only corrects an uninflected form


#: English verbs that form phrasal verbs with a particle before their object ("brought together the NNC").
_EN_PHRASAL_VERBS = frozenset("bring brings brought set sets setting take takes took taken put puts call calls called "
                              "shut shuts wipe wipes wiped pull pulls pulled buy buys bought turn turns turned".split())
#: Intransitive English verbs of motion after which "off" is a preposition, not a particle ("slipped off the block",
#: "fell off the roof", "got off the ferry": с + genitive), unlike "called off the strike".
_EN_MOTION_OFF = re.compile(r"(?:slip|slid|fell|fall|jump|step|roll|tumbl|hop|climb|veer|skid|swerv|stumbl|plung|drift"
                            r"|came|come|got|get|leap|lept|glid|walk|wander|stray)")
# (not "hand over", "give back", "pay out": a verb of giving whose Russian dative is the recipient's, not the object's)
#: English verbs whose object is a person: a noun the Russian dictionary does not know takes the animate accusative
#: after them ("dismissed the sensei": уволило сэнсэя; not "praised", "welcomed", "trained": things too).
_EN_PERSON_VERBS = frozenset(
    form for stem in ("hire", "fire", "dismiss", "sack", "appoint", "thank", "elect", "invite", "interview",
                      "congratulate", "promote", "reprimand", "employ", "recruit", "coach", "mentor", "persuade",
                      "urge", "arrest", "detain", "notify", "inform", "warn", "remind", "brief")
    for form in ((stem, stem + "s", stem + "d", stem[:-1] + "ing") if stem.endswith("e") else
                 (stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing") if stem.endswith("fy") else
                 (stem, stem + ("es" if stem.endswith(("ss", "sh", "ch")) else "s"), stem + "ed", stem + "ing")))


def english_role(source: str, start: int, end: int, plural: bool = False, possessive: bool = False) -> Role:
    """Subject or not, definite or not: read from the English words around ``source[start:end]``.

    >>> english_role("On Monday the Confucius Institute in Varna reopened.", 14, 33).subject
    True
    >>> english_role("The EU gave Burgas 20 million euros.", 12, 18).indirect
    True
    """
    window = max(0, start - 300)  # the words around the occurrence decide; a long paragraph costs nothing more
    source, start, end = source[window:end + 300], start - window, end - window
    source = _MARKUP.sub(lambda m: " " * len(m.group(0)), source)  # [link](url), *emphasis*: same offsets
    before = source[:start]
    phrase = _EN_DETERMINER_WORDS.search(before[-100:])  # anchored at the end: a short tail is enough (and fast)
    np_start = start - len(phrase.group(1)) if phrase else start
    determiners = (phrase.group(1) if phrase else "").lower()
    if re.match(r"that\s", determiners):  # "the Don that Sinitsyn describes": a relative, not a determiner
        np_start += len(re.match(r"that\s+", determiners).group(0))
        determiners = determiners[len(re.match(r"that\s+", determiners).group(0)):]
    definite = bool(re.match(r"(?:the|its|their|his|her|our|my|your|this|that|these|those)\s", determiners)) or \
        bool(re.search(r"\w['’]s?\s+$", source[:np_start]) or re.search(r"\w['’]s?\s", source[np_start:start]))
    # (Georgia's Central Election Commission)
    if not determiners.strip() and re.search(r"\b(?:the|its|their|his|her|our|these|those)\s+\d[\d,.]*(?:-[a-z]+)?\s+"
                                             r"(?:[a-z][\w-]*\s+){0,2}$", before[-80:], re.I):
        definite = True  # "the 1890 grand piano", "the 2019 strike fund": a year or number after "the" qualifies it
    chain = re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z]+ly\s+)?" + _EN_PARTICIPLE
                      + r"\s+(?:(?:and|or)\s+(?:[a-z]+ly\s+)?" + _EN_PARTICIPLE + r"\s+)?$", source[max(0, start - 100):start],
                      re.I)
    if chain and np_start > start - len(chain.group(0)):
        # "of the newly rebuilt and recently expanded | Ural Centre": the participles are the noun phrase's own; the
        # word before its determiner (of) says what it is
        np_start = start - len(chain.group(0))
        determiners = chain.group(0).lower()
        definite = definite or determiners.startswith(("the ", "its ", "their ", "his ", "her "))
    indefinite = bool(re.match(r"(?:a|an)\s", determiners))
    head = source[np_start:start]
    if head and re.match(r"[A-Z]", head) and not determiners.strip():  # "Poti container terminal": no article
        definite = False
    after = re.sub(r"^(?:\*{1,3}|_{1,3}|\]\([^)]*\)|\])", "", source[end:])  # markup closing around it
    lead = source[max(0, np_start - 80):np_start]  # the words just before the noun phrase
    lead_end = lead.rsplit(None, 1)[-1].lower() if lead.strip() else ""  # (its last word: guards costly searches)
    previous = re.search(r"([A-Za-z]+)[^A-Za-z]*$", lead)
    if previous and previous.group(1).lower() in ("only", "also", "even", "mainly", "mostly", "chiefly", "just") \
            and not lead[previous.end(1):].strip():
        # "uses only flax": the word before the focus adverb is the verb
        previous = re.search(r"([A-Za-z]+)[^A-Za-z]*$", lead[:previous.start(1)]) or previous
    phrasal = False
    if previous and previous.group(1).lower() in ("together", "up", "out", "off", "down", "over", "back", "away") \
            and not lead[previous.end(1):].strip():
        particle_verb = re.search(r"\b([a-z]{3,})\s+$", lead[:previous.start(1)])
        if particle_verb and previous.group(1).lower() == "off" and _EN_MOTION_OFF.match(particle_verb.group(1)):
            particle_verb = None  # "slipped off the starting block": a preposition after a verb of motion (со колодки)
        if particle_verb and (particle_verb.group(1) in _EN_VERBS or particle_verb.group(1).endswith("ed")
                              or particle_verb.group(1) in _EN_PHRASAL_VERBS) \
                and particle_verb.group(1) not in _EN_DITRANSITIVE \
                and not re.match(r"(?:hand|pass|giv|gave|pa[iy]|sel|sol|sen|lend|lent)", particle_verb.group(1)):
            # (not "will hand over the cold store to": a verb of giving, whose recipient Russian puts in the dative)
            # "brought together the NNC", "set up a fund": a phrasal verb's particle; its verb takes the object
            previous, phrasal = re.search(r"([A-Za-z]+)[^A-Za-z]*$", lead[:previous.start(1)]), True
    previous_word = previous.group(1).lower() if previous else ""
    if previous and re.search(r"[.!?;:]", lead[previous.end(1):]):
        previous_word = ""  # "...signed.<br>Moscow said.": the word before ends another sentence
    counted_object = False  # "owns 30 laundromats": a verb's object past its numeral
    if re.search(r"\d\W*$", lead):
        counted = re.search(r"\b([a-z]+)\s+\d[\d,.]*\s+$", lead)
        counted_object = bool(counted) and counted.group(1) in _EN_VERBS and counted.group(1) not in (
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did")
        previous_word = counted.group(1) if counted and counted.group(1) in _EN_DITRANSITIVE and re.match(
            r"\s+(?:a|an|the|their|his|her|its|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s",
            source[end:]) else ""
        # "Since 2022 Gromova has...": the preposition has its own object; but "owes 80 gas cutters three
        # months' wages": a verb of giving before a numeral, whose noun is the recipient
    compound = re.search(r"\b([A-Za-z]+)\s+(?:(?:a|an|the)\s+)?\d[\d,.]*(?:-[a-z]+)+\s+$", lead)
    if compound:  # "for a 200-metre hemp rope": the word before the measure and its article
        previous_word = compound.group(1).lower()
    if previous and "," in lead[previous.end(1):] and re.search(
            r"(?:^|[.!?]\s+)(?:After\s+|Before\s+|While\s+|When\s+|By\s+)?[A-Z][a-z]+ing\b[^,.;!?]*,\s*$", lead):
        previous_word = ""  # "Thanking Mehmet for his help, | Liu announced": the gerund's phrase is closed
    after_fronted_phrase = bool(previous) and "," in lead[previous.end(1):] and bool(re.search(
        r"(?:^|[.!?]\s+)(?:Under|In|On|At|After|Before|During|Since|From|For|With|Without|Despite|Across|Throughout|"
        r"Within|Until|Following|Thanks\s+to|According\s+to|Because\s+of|Due\s+to)\s[^,.;:!?]{1,80},\s*$", lead))
    if after_fronted_phrase:
        previous_word = ""  # "Under the new law, | laundromats report": a fronted phrase closed, the clause opens here
    aside = _EN_ASIDE.search(lead) if previous and "," in lead[previous.end(1):] else None
    aside_object = False
    if aside and (aside.group(1).lower() in _EN_VERBS or (aside.group(1).lower().endswith("ed")
                                                          and aside.group(1).lower() not in _EN_NOT_VERBS)
                  or re.search(r"\b(?:will|would|can|could|may|might|must|should|to)\s+" + re.escape(aside.group(1))
                               + r"\s*,", lead[:aside.end(1) + 2])):  # (also "will check, after the holidays, | X")
        previous_word, aside_object = aside.group(1).lower(), True  # "Lunin thanked, on behalf of all forty teams, | the Association":
        #                                         the verb's object past a phrase between commas
    if previous_word in ("given", "shown", "owed") and re.search(r"\b(?:is|are|was|were|be|been|being|get|got)\s+\w+\s*$",
                                                                   lead, re.I):
        previous_word = "-"  # "was given the Order of Merit": a passive's second object, no recipient
    object_of_verb = previous_word in _EN_VERBS or previous_word in ("given", "shown", "owed") or (previous_word.endswith("ed") and previous_word not in _EN_NOT_VERBS) \
        or (previous_word.endswith("ing") and len(previous_word) > 4 and previous_word != "being"
            and previous_word not in _EN_PREPOSITIONS
            and previous_word not in _EN_ING_NOUNS and (not previous.group(1)[:1].isupper()
                                                        or not lead[:previous.start(1)].strip()
                                                        or bool(re.search(r"[.!?]\s*$", lead[:previous.start(1)]))))
    # (also "Raising the minimum wage is ...": a gerund opening the sentence)
    object_of_verb = object_of_verb or counted_object or phrasal or aside_object
    marked = _EN_MARKED_WORD.search(lead)  # one precompiled pattern: a word after has/that/to and before the NP
    if previous_word and marked and marked.group("word").lower() == previous_word \
            and previous_word not in _EN_PREPOSITIONS:
        marker, adverb, det = marked.group("marker"), (marked.group("adverb") or "").strip().lower(), \
            (marked.group("det") or "").strip().lower()
        if marker.lower() in ("has", "have", "had", "having") and previous_word not in ("been", "become", "got", "gotten") \
                and adverb in ("", "not", "never", "just", "already", "also", "since", "n't") \
                and det in ("", "the", "a", "an", "its", "their", "his", "her"):
            object_of_verb = True  # "Nobody has seen Huang Zhiqiang": a perfect's participle (seen, taken, chosen)
        elif marker.lower() in ("that", "which", "who") and adverb in ("", "also", "now", "still", "already") \
                and det in ("", "the", "a", "an", "its", "their") and (re.fullmatch(r"[a-z]{3,}(?:s|ed)", previous_word)
                                                                       or (marker.lower() == "who"
                                                                           and re.fullmatch(r"[a-z]{3,}", previous_word))):
            object_of_verb = True  # "the cable that crosses the Kerch Strait was cut": the relative clause's object
            #                        (also a plural's verb after "who": "directors who ignore the Register"; with
            #                        "which" too it cost a held-back case)
        elif marker in ("to", "not") and not adverb and previous_word not in _NOT_AN_INFINITIVE:
            object_of_verb = True  # "plan to equip the flotation plant": a verb's bare infinitive, its object
    if not object_of_verb and re.fullmatch(r"[a-z]{3,}", previous_word) and previous_word not in _EN_PREPOSITIONS \
            and previous_word not in _EN_NOT_VERBS and previous_word not in ("be", "have", "become", "get", "remain") \
            and re.search(r"\b(?:can|could|will|would|may|might|must|should|cannot)\s+(?:not\s+|also\s+|now\s+|still\s+)?"
                          + previous_word + r"\s+$", lead):
        object_of_verb = True  # "Subscribers can solve Zagadka magazine puzzles": the bare verb after a modal
    present = _EN_PRESENT_VERB.search(lead) if previous and not lead[previous.end(1):].strip() else None
    if present and (determiners.strip() or present.group("known") or present.group("named")) \
            and previous_word not in _EN_PREPOSITIONS and previous_word not in _EN_NOT_VERBS:
        # (not "The agencies Tass and RIA reported": a bare name after a plural noun is its apposition)
        object_of_verb = True  # "The report accuses the Agency": a present-tense verb between two noun phrases
    if object_of_verb and previous and "," in lead[previous.end(1):] and re.match(
            r"\s+(?:also\s+|now\s+|still\s+)?([a-z]+)\s*(?:[.!?\"”]|$)", after) and re.match(
            r"\s+(?:also\s+|now\s+|still\s+)?([a-z]+)", after).group(1) in _EN_REPORTING:
        object_of_verb = False  # "...will be sold to Zhao's fund, Zagorskaya believes.": the speaker, past a comma
    subject = inverted = False
    copula = None
    passive = (bool(_EN_PASSIVE_AFTER.match(_verb_side(after))) or _list_then_verb(after, passive=True)) \
        and not _EN_RAISING_AFTER.match(after)  # ("X is expected to take over": the infinitive's subject)
    # ("X was thanked by", "Neither X nor Y was told": the translation may make X an object)
    fronted = False
    if _EN_CLEFT.search(lead):  # "It was Velinov whom the minister chose" / "It was Velinov who signed"
        subject = not _EN_CLEFT_OBJECT.match(after)
        fronted = not subject
    elif (_EN_SPEECH_INVERSION.search(lead) or (copula := _EN_COPULA_INVERSION.search(lead))
          or (copula := _EN_LOCATIVE_INVERSION.search(lead))) and not (
            re.search(r"according to\s+$", lead, re.I) and re.match(r"\s+(?-i:[a-z]{3,})\b", after)):
        subject = True  # (not "according to [Executive Forest Agency data]": the term qualifies a noun)
        inverted = copula is not None
    elif previous_word in _EN_AUXILIARIES and _EN_BARE_VERB_AFTER.match(after):
        subject = True  # "Only last year did the interconnector start working"
    elif not possessive and (_EN_VERB_AFTER.match(_verb_side(after)) or _list_then_verb(after) or _relative_then_verb(after, opening=not previous_word)
                             or ((not previous_word or previous_word in _EN_CLAUSE_OPENERS)
                                 and any(_EN_VERB_AFTER.match(rest) for rest in _past_place(after)))) and (
            not _EN_NOUN_ADJUNCT.match(after) or re.search(
            r"\b(?:that|which|who|whom)\s+$", lead, re.I)) \
            and (previous_word not in _EN_PREPOSITIONS or (previous_word in _EN_SUBORDINATORS
                                                          and not re.match(r"\s+\w+ing\b", after)
                                                          and not re.search(r"\b(?:named|called|renamed)\s+after\s+$",
                                                                            lead, re.I))) \
            and (not object_of_verb or previous_word in _EN_REPORTING):
        # ("after the copper concentrate failed the tests": "after" opens a clause, the term is its subject)
        subject = True  # also "said the container train had left": the subject of a clause with no "that"
    if subject and re.search(r"\bbetween\s+(?:the\s+)?[^,.;]{1,60}?\s+and\s+(?:the\s+)?$", lead, re.I):
        subject = False  # "The agreement between Plovdiv and Sofia University covers": inside the phrase
    if subject and source[start:start + 1].isupper() and re.search(
            r"\b(?:with|to|for|from|by|of|about|against)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
            r"(?:[A-Za-z-]+\s+){0,2}(?!(?:after|over|under|other|never|either|whether|later|rather|together|"
            r"however|per|ever|order|water|winter|summer|border|number|center|centre|chamber|member)\s)"
            r"(?-i:[a-z]{2,}(?:er|or|ist|ant|ian|ess)|chef|coach|chief|minister|mayor|judge|colleague|partner|"
            r"expert|artist|official|rival|boss|envoy)\s+$", lead):
        subject = False  # "The contract with Dutch designer Joost Verhaegen was extended": the name stands in
        #                  apposition to a noun inside a prepositional phrase; the verb's subject is before it
    imperative_object = bool(re.search(r"(?:^|[.!?:]\s+)\W*(?:Read|See|Check|Visit|Follow|Download|Contact|Consult|Study|"
                                       r"Review|Open|Use|Note|Print|Sign|Fill\s+in|Complete)\s+the\s+$", source[:start]))
    noun_after_imperative = imperative_object and bool(re.match(
        r"\s+(?-i:[a-z]{3,}s)(?:\s+(?!(?:the|a|an|its|their)\b)|\s*[.!?,;:])", after))  # ("the X rules before")
    if subject and noun_after_imperative:
        subject = False  # "Read the Board rules before applying": an imperative's object, "rules" its noun (not a verb)
    english_preposition = _EN_PREPOSITION_BEFORE.search(lead)
    if english_preposition is None and lead_end in ("off", "the", "a", "an"):
        motion = re.search(r"\b([a-z]{3,})\s+(off)\s+(?:(?:a|an|the)\s+)?$", lead)
        if motion and _EN_MOTION_OFF.match(motion.group(1)):
            english_preposition = re.search(r"\b(off)\s+(?:(?:a|an|the)\s+)?$", lead)  # "slipped off the block": с + gen.
    shared = None
    if english_preposition is None and not possessive and source[start:start + 1].isupper():
        # "travelled to Tver and Mytishchi": the second of two names after one preposition shares it (в Тверь и
        # в Мытищи), for a Russian preposition of its own to read
        shared = re.search(r"(?<![\w-])(to|into|from|in|on|at|with|for|about|towards?)\s+(?:the\s+)?"
                           r"(?-i:[A-Z][\w'’-]*\s+){1,4}(?:and|or)\s+(?:the\s+)?$", lead, re.I)
    if english_preposition and re.search(r"\b(?:according|due|owing|thanks|prior|next|close)\s+to\s+(?:\d[\d,.]*\s+)?$",
                                         lead, re.I):
        english_preposition = None  # "according to X data": по данным X — the Russian phrase decides
    if english_preposition and english_preposition.group(1).lower() == "with" and re.search(r",\s*with\s+$", lead) \
            and re.match(r"\s+(?:second|third|fourth|fifth|sixth|last|next|close behind|behind|runner-up|"
                         r"in\s+(?:second|third|fourth|fifth|\w+)\s+place)\b", after):
        english_preposition = None  # "won by Marchand, with Brennan second": второе место занял Бреннан — an absolute
        #                             phrase, no one's company or means
    if english_preposition and re.search(r"\blisten(?:s|ed|ing)?\s+(?:only\s+|again\s+)?to\s+(?:\d[\d,.]*\s+)?$", lead, re.I):
        english_preposition = None  # "listen to Radio Meridian": слушать что — the "to" marks its object
        object_of_verb = True
    indirect = object_of_verb and previous_word in _EN_DITRANSITIVE and bool(
        re.match(r"(?:\s+in\s+[A-Z][\w-]+)?(?:\s*,[^.;]{1,120},)?\s+(?:a|an|the|its|their|his|her|our|all|both|each|any|no|one|"
                 r"\$?\d|more|new|some|two|three|four|five|six|seven|eight|nine|ten|"
                 r"several|\w+s\b|"
                 r"(?!(?:on|in|at|to|for|from|with|by|of|and|or|but|again|back|today|yesterday|now|"
                 r"soon|later|last|next|this|that|every|after|before|until|since|over|under|[a-z]+ly)\b)[a-z]{4,}\b)"
                 r"(?![a-z])", after))  # (not "sell toys and games": "a" is no word inside "and")
    # (not "sell beet pulp directly through Yield": an adverb is no thing given)
    # (pay the Black Sea Ferry Line compensation: a bare noun after it is the thing given)
    if previous_word in ("told", "tell", "tells", "telling", "assured", "assures", "reassured", "promised",
                         "informed", "inform", "informs", "notified", "notify", "notifies") and not (
            previous_word == "promised" and source[start:start + 1].islower() and not re.match(r"\s+(?:that|to)\b", after)):
        indirect = True  # "told the Security Council that...", "informed the ministry of": the one told, dative
        # (not "promised new sleeping cars": a common noun alone after "promised" is the thing promised)
    if previous_word in ("pay", "pays", "paid", "paying") and object_of_verb and not _EN_PAYMENT.search(
            source[start:end]):
        indirect = True  # "refused to pay the Guild of Danube Pilots": who is paid (платить Гильдии), not the fee
    # "awarded Zsófia Kertész the Silver Lyre Prize": the second of two objects is the thing given (accusative)
    second_object = (_EN_SECOND_OBJECT.search(lead) or _EN_SECOND_OBJECT_NOUN.search(lead)
                     or (determiners.strip() in ("a", "an") and _EN_SECOND_OBJECT_SINGULAR.search(lead))) \
        if _EN_GIVING_WORDS.intersection(re.findall(r"[a-z]+", lead.lower())) else None  # (a verb of giving first)
    direct = bool(second_object) and (not object_of_verb or bool(re.search(r"\d\S*\s+(?:[a-z-]+\s+){0,2}$",
                                                                              second_object.group(0)))
                                      or bool(re.search(r"[a-z]-[a-z]+\s+$", second_object.group(0))))
    # ("a hand-made | chanter": the "made" of a hyphenated modifier is no verb whose object the term is)
    # (also "sent Sorokoumova 300 damaged | specimens": "damaged" is no verb of the term)
    if previous_word in _EN_SUPPLY and re.match(r"\s+with\b", after, re.I):
        indirect = True  # "will supply Bulgarian State Railways with ten trains": the recipient, dative
    generic_opening = (plural or bool(re.search(r"[a-z][^su's]s$", source[start:end]))) and not possessive \
        and not determiners.strip() and not definite and not head.strip() \
        and bool(re.search(r"(?:^|[.!?]|\b(?:that|because|while|although|where|as))$",
                           re.sub(r"[\s\"“«(]+$", "", source[:np_start])))
    past_places = after
    for _ in range(3):  # ("Blood banks in the north of the country are short": two phrases of place)
        place = _EN_COMMON_PP.match(past_places)
        if not place:
            break
        past_places = past_places[place.end():]
    bare_plural_before_place = generic_opening and past_places != after and bool(
        _EN_GENERIC_PRESENT.match(past_places) and not re.match(r"\s+(?:have|do)\b", past_places))
    # ("Anglers on the Iskar say": the subject past a place — a part of the class, which Bulgarian may leave
    # indefinite (Водолази от Архангелск тренират): no generic article; not "Wildfires in the Rhodopes have
    # destroyed", a perfect)
    generic = generic_opening and bool(_EN_GENERIC_PRESENT.match(after) or (
        past_places != after and _EN_SIMPLE_PAST.match(past_places) and re.match(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]", after)))
    # ("Shoe repairers in Vratsa raised their prices": the ones of a named place, a simple past — Обущарите във
    # Враца; not "from" a place: some of them, Доброволци от Русе ремонтираха)
    if not subject and source[start:start + 1].isupper() and re.search(
            r"(?:^|[.!?]\s+)(?:The\s+)?(?:[A-Z][\w'’-]*\s+|(?:of|for|and|on|in)\s+){1,8}(?:and|or)\s+(?:the\s+)?$",
            source[:np_start]) and _EN_GENERIC_PRESENT.match(after):
        subject = True  # "The Kola Centre for Avalanche Safety and the Northern Institute share": the last of two
        #                 names opening the sentence before a plural verb
    if not subject and (plural or re.search(r"[a-z]s$", source[start:end])) and not possessive and determiners.strip() \
            and re.search(
            r"(?:^|[.!?])$", re.sub(r"[\s\"“«(]+$", "", source[:np_start])) and _EN_GENERIC_PRESENT.match(past_places) \
            and not re.match(r"\s+(?:[a-z]+\s+)?(?:of|by)\b", past_places):
        subject = True  # "Luca Bernardi's charity shops in Bologna sell": a plural opening the sentence with its
        #                 determiner, past its places, before a present plural verb
    if generic or bare_plural_before_place:
        subject = True  # "Bessarabian Bulgarians make up a fifth": a bare plural before a present verb, its subject
    if not subject and after_fronted_phrase and plural and not possessive and _EN_GENERIC_PRESENT.match(after):
        subject = True  # "Under the new law, laundromats report to": the subject after a fronted phrase (some or all of
        #                 the class: no generic reading is claimed)
    agent_nouns_after = bool(re.match(r"\s+(?-i:[a-z]{3,}(?:ner|ter|ser|zer|ker|der|ver|per|ger|tor|sor|ant|ent)s)\s*[.!?,;:]",
                                      after))  # "the Silver Oar Award winners.": a plural noun of persons, no verb
    if agent_nouns_after:
        subject = False
    modifier = agent_nouns_after or bool(re.match(r"\s+(?!every\b|very\b)(?:" + _EN_HEAD_NOUNS + r"|[a-z]+(?:tion|ment|ship|ness|ity|ance|ence|ery|ism|ist))s?\b",
                             after)) or bool(re.match(
        r"\s+(?-i:[a-z]{3,}s)\s+(?:(?-i:[a-z]{3,}ed)|rose|fell|grew|went|came|are|were|have|had|will|would|can|could|"
        r"may|might|must|should|did|do)\b", after))  # "campervan rentals rose": a noun before a verb, the term its modifier
    if noun_after_imperative:
        modifier = True  # "Read the **Board** rules": the term qualifies the noun after it
    if modifier and re.search(r"[a-z]s$", source[start:end]) and re.match(
            r"\s+[a-z]+\s+(?:\d|(?:the|a|an|their|its|his|her|our|all|some|many|several|every|each|two|three|four|"
            r"five|six|seven|eight|nine|ten|dozens|hundreds)\b)", after):
        modifier = False  # "The end credits list 140 voice actors": a plural noun, then a verb and its object
    return Role(subject=subject, definite=definite, plural=plural, possessive=possessive,
                preposition=english_preposition.group(1).lower() if english_preposition else "",
                shared_preposition=shared.group(1).lower() if shared else "",
                indefinite=indefinite, indirect=indirect, passive=passive, modifier=modifier, fronted=fronted,
                direct=direct, object=object_of_verb and not subject and not indirect,
                agent=bool(english_preposition) and english_preposition.group(1).lower() == "by" and bool(
                    _EN_PARTICIPLE_BY.search(lead)),
                generic=generic and subject,
                negated=bool(re.match(r"\s+(?:[a-z]+\s+){0,2}(?:not|never)\b|\s+[a-z]+n't\b", after)),
                inverted=inverted and subject,
                bare_plural=bare_plural_before_place and not generic,
                placed=bool(re.match(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]", after)),
                person_object=object_of_verb and not subject and previous_word in _EN_PERSON_VERBS,
                went_to=bool(re.search(r"\b(?:went|goes|go|gone|going)\s+to\s+$", lead)),
                after_comma=bool(re.search(r",\s*$", lead)) or bool(re.search(
                    r"(?:^|[.!?]\s+)(?:Without|With|After|Before|Despite|Unlike|Besides)\s+[A-Z][\w'’-]*"
                    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+$", lead)),  # ("Without Shtormovoy | the lifeboat": a phrase
                #                                             fronted without its comma, closed by the name)
                activity=bool(re.fullmatch(r"[a-z]{3,}ing", source[start:end])) and not determiners.strip()
                and bool(english_preposition) and english_preposition.group(1).lower() == "of",
                kind=subject and not plural and head.strip().lower() in ("a", "an")
                and bool(re.search(r"(?:^|[.!?])$", re.sub(r"[\s\"“«(]+$", "", source[:np_start])))
                and bool(_EN_KIND_PRESENT.match(past_places)),
                proper=source[start:start + 1].isupper() and bool(re.search(r"[a-z,;:]\s+(?:\W\s*)?$",
                                                                            source[max(0, start - 60):start])),
                bare=not determiners.strip() and not head.strip() and not re.search(
                    r"(?:\b(?:no|some|any|every|each|much|more|less|most|many|few|several|all|both|enough|another|"
                    r"other|such|what|which|whose|one|two|three|four|five|six|seven|eight|nine|ten)|\d)\W*$",
                    source[max(0, np_start - 60):np_start], re.I),  # (the words just before: a scan costs)
                means=lead_end == "by" and not determiners.strip() and not plural and bool(re.search(
                    r"\b(?:moved|taken|transported|carried|sent|delivered|brought|shipped|flown|driven|evacuated|"
                    r"transferred|travel(?:l)?ed|travel(?:l)?ing|travels?|arrived|arrives?|came|comes?|went|goes|go)\s+by\s+$",
                    lead, re.I)),
                predicate=lead_end in _EN_PREDICATE_ENDS and bool(re.search(
                    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:also|later|formally|officially|"
                                         r"unanimously|now|then)\s+)?(?:appointed|named|elected|declared|chosen|"
                                         r"recogni[sz]ed|voted|crowned|made)\s+(?:(?:the|its|their)\s+)?(?:new\s+)?$",
                                         lead, re.I)),
                after_copula=previous_word in ("is", "was", "are", "were"),
                adjective_to=bool(re.search(r"\b(?:new|used|accustomed|familiar|committed|dedicated|devoted)\s+to\s+$",
                                            lead)),
                complement=previous_word == "as" or bool(re.search(
                    r"\bas\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[a-z]+\s+){0,2}$", lead)),
                appositive=bool(re.search(r"[a-z]\s*,\s*(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3})?$", lead)) and bool(re.match(r"\s*(?:(?:of|from|in|at)\s+[^,.;]{1,60}?)?(?:,|[.!?][\"”»)]*\s*$|\s+(?:who|whose|whom)\b)", after)),
                # (also "went to Reto Imboden, a watchmaker from Biel who works alone": a relative clause after it)
                topic=lead_end in ("on", "about") and bool(re.search(r"(?:\b(?i:the|a|an|its|their|his|her|this|that|new)|\w['’]s)\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}"
                                     r"(?!(?:is|was|are|were|be)\b)[a-z]+\s+(?:on|about)\s+$", lead)
                           or re.search(r"\b(?:is|are|was|were)\s+(?:all\s+|mostly\s+|mainly\s+)?about\s+$", lead)
                           or re.search(r"\b(?:nothing|anything|something|little|much|more|everything)\s+about\s+$", lead)
                           or re.search(r"\b(?:ask|asks|asked|asking|talk|talks|talked|speak|speaks|spoke|tell|tells|told|"
                                        r"write|writes|wrote|learn|learns|learned|know|knows|knew|hear|hears|heard)\b"
                                        r"[^.;:!?]{0,50}\babout\s+$", lead)),
                # (also "The exhibition is about car attendants": what it is about, the class; "says nothing about
                # greywater"; "asked Zhao about
                # snooker": what is asked about; "the Marshrut
                # Institute report on taxi ranks": a name before the noun)
                after_noun=lead_end in ("to", "the") and bool(re.search(r"(?:^|[.!?]\s+)(?:The\s+|A\s+|An\s+)?(?:[A-Za-z]+\s+)?[A-Za-z]+s?\s+to\s+(?:the\s+)?$",
                                          lead)) and not re.search(r"(?:ed|ing)\s+to\s+(?:the\s+)?$", lead)
                and not _EN_VERB_TO.search(lead),
                of_plural=lead_end in ("of", "the") and bool(re.search(r"[a-z]{3,}(?<!ss)(?<!ous)(?<!is)(?<!us)s\s+of\s+(?:the\s+)?$", lead)))


#: A present-tense verb right after a bare plural noun phrase, an adverb of frequency allowed between ("make up",
#: "are", "still speak"; not "are protesting", not "were", not a past in -ed, not a preposition or relative): a
#: generic statement about the class ("Bessarabian Bulgarians make up a fifth of the population").
def _past_place(after: str) -> list[str]:
    """What follows one or two English phrases of place after a noun phrase, each maybe one noun longer than
    `_EN_COMMON_PP` reads ("The antique shop | on the main square | closed").

    >>> [r.split()[0] for r in _past_place(" on the main square closed after 40 years.")]
    ['square', 'closed']
    """
    rests, rest = [], after
    for _ in range(2):
        place = _EN_COMMON_PP.match(rest) or re.match(r"\s+by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s)", rest)
        # (also "The debut novel | by Tatyana Zimina | sold": its author)
        if not place:
            break
        rest = rest[place.end():]
        rests.append(rest)
        longer = re.match(r"\s+(?-i:[a-z]+(?:-[a-z]+)?)(?=\s)", rest)  # (also "the emergency | lay-by")
        if longer:
            rests.append(rest[longer.end():])
    return rests


#: A simple past right after a subject ("raised", "went", "warned"), not a participle of a passive.
_EN_SIMPLE_PAST = re.compile(r"^\s+(?:also\s+|again\s+|then\s+)?(?:[a-z]{2,}ed|went|took|gave|made|set|cut|held|kept|met|"
                             r"paid|said|sold|told|won|lost|left|led|brought|bought|built|began|came|fought|found|got|"
                             r"grew|ran|rose|sent|spent|stood|struck|threw|wrote|drove|broke|chose|flew|fell|shut|"
                             r"put|spoke|swept|taught|thought|sought|lent|dug|hung)\b(?!\s+by\b)")
_EN_GENERIC_PRESENT = re.compile(
    r"^\s+(?:(?:still|often|usually|traditionally|mostly|mainly|generally|typically|largely|increasingly|rarely|"
    r"seldom|always|never|also|now)\s+)?(?:(?:are|have|do)\b(?!\s+(?:now\s+|still\s+|currently\s+)?(?:being\s+)?[a-z]+ing\b)"
    r"|(?:must|should|can|cannot|may)\s+(?:not\s+)?(?!be\s+|have\s+)[a-z]{3,}\b"
    r"|(?!(?:" + "|".join(["are", "is", "was", "were", "has", "had", "will", "would", "can", "could", "may", "might",
                          "must", "should", "shall", "did", "does", "who", "which", "that", "whose", "whom", "and",
                          "or", "but", "nor", "abroad", "here", "there", "alone", "themselves", "too", "not", "so",
                          "then", "than", "said", "told", "took", "made", "won", "led", "ran", "began", "became",
                          "came", "went", "saw", "gave", "got", "met", "left", "lost", "held", "kept", "set", "sent",
                          "spent", "built", "brought", "bought", "chose", "found", "paid", "sold", "wrote", "fell",
                          "grew", "rose", "stood", "spoke", "thought", "knew", "heard", "felt", "drew", "fled",
                          "flew", "fought", "sought", "taught", "caught", "struck", "tried", "died", "cried",
                          "applied", "relied", "denied", "replied", *"to by of with for from in on at about into onto toward towards over "
                          "under between among against during after before since until via through across around "
                          "near along without within beyond despite per like as off out up down inside outside "
                          "behind below above".split()]) + r")\b)"
    r"(?-i:[a-z]{2,})(?<!ing)(?<!ly)(?<!ed)(?<![^s]s)\b(?!\s+(?:of|by)\b))")
#: What is paid ("pay the levy", "paid the fines"): the object of "pay" that is no payee.
_EN_PAYMENT = re.compile(r"\b(?:tax|taxes|fee|fees|levy|levies|fine|fines|duty|duties|rent|rents|salary|salaries|wages?|"
                         r"bills?|compensation|price|prices|premiums?|bonus|bonuses|debts?|dividends?|royalt(?:y|ies)|"
                         r"subsid(?:y|ies)|pensions?|tariffs?|tolls?|charges?|contributions?|damages|ransom|bribes?|"
                         r"interest|tribute|dues|penalt(?:y|ies)|costs?|sums?|amounts?|alimony|support|maintenance|"
                         r"allowances?|benefits?|instal(?:l)?ments?|arrears|loans?|indemnit(?:y|ies)|payouts?|grants?|"
                         r"reimbursements?|refunds?|stipends?|fares?|deposits?|advances?|settlements?)\b", re.I)
#: A passive participle before "by" ("were accompanied by", "is run by", "was won by the"): the agent follows.
_EN_PARTICIPLE_BY = re.compile(r"\b(?:[A-Za-z][a-z]{2,}ed|used|run|led|won|held|made|built|written|given|taken|known|seen|shown|"
                               r"chosen|sold|bought|paid|sent|found|beaten|driven|kept|told|brought|caught|hit|set|"
                               r"put|cut|struck|drawn|thrown|grown|begun|spoken|stolen|shot|fought|taught|sought|"
                               r"overseen|undertaken|funded|owned)(?:\s*,\s*[^,.;:]{3,80},)?\s+(?:(?:in|out|up|down|off|over|back|away|"
                               r"through|across)\s+)?(?:[a-z]+ly\s+)?"
                               r"(?:(?:on|in|at|during|last|this|early|late)\s+(?:[A-Za-z0-9]+\s+){1,2})?"
                               r"by\s+(?:the\s+)?(?:(?:more\s+than|over|about|some|nearly|almost)\s+)?"
                               r"(?:\d[\d,.]*\s+)?$")  # (also "used by 90 food banks")
# (also a phrasal verb: "was brought in by the harbour pilot"; past a time: "was published on Monday by")
#: Verbs of giving, which take two objects (awarded X the prize, showed visitors a tourbillon).
_EN_GIVING = (r"\b(?:gave|give|gives|giving|sent|send|sends|offered|offer|offers|showed|show|shows|issued|issue|issues|"
              r"allocated|allocate|assigned|assign|paid|pay|pays|granted|grant|grants|awarded|award|awards|lent|lend|"
              r"owes|owe|handed|hand|hands|promised|promise|promises|sold|sell|sells|denied|deny|denies|presented|"
              r"brought|bring|brings|taught|teach|teaches)\s+")
#: The last words a predicate's lead may end with ("was appointed | the new", "was elected |").
_EN_PREDICATE_ENDS = frozenset("appointed named elected declared chosen recognised recognized voted crowned made the its "
                               "their new".split())
_EN_GIVING_WORDS = frozenset(re.findall(r"[a-z]+", _EN_GIVING.split("(?:", 1)[1]))
#: A verb of giving and its first object, a name, right before the occurrence (awarded Zsófia Kertész | the prize).
_EN_SECOND_OBJECT = re.compile(_EN_GIVING + r"(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:(?:the|an?|its|their)\s+"
                               r"(?:(?-i:[a-z]+-[a-z]+)\s+)?)?"
                               r"(?:\d[\d,.]*\s+(?:(?-i:[a-z-]+)\s+){0,2})?$", re.I)
# (also past a hyphenated modifier: "gave Li Xiaohong a hand-made | chanter")
# (also "sent Sorokoumova 300 damaged | herbarium specimens": a count before the thing given)
#: ... or a plural noun (showed visitors a | tourbillon).
_EN_SECOND_OBJECT_NOUN = re.compile(_EN_GIVING + r"(?:(?:the|its|their|our|his|her)\s+)?(?-i:[a-z]{3,}s)\s+"
                                    r"(?:(?:the|an?|its|their|his|her)\s+)?$", re.I)
#: ... or a singular noun with its determiner, when the occurrence has "a"/"an" (assigned the cartoon | an age rating).
_EN_SECOND_OBJECT_SINGULAR = re.compile(_EN_GIVING + r"(?:the|its|their|our|his|her|this)\s+(?-i:[a-z]{3,})\s+$", re.I)
#: A prepositional phrase of common nouns after a noun phrase that opens its sentence ("The price cap on
#: bread and milk | expires"): the verb after it has that noun phrase for its subject.
#: A present simple in the third person singular after a subject (and an adverb): "costs", "now takes".
_EN_KIND_PRESENT = re.compile(r"^\s+(?:(?:now|still|usually|often|typically|generally|normally|also|rarely|"
                              r"seldom|always|never)\s+)?(?!(?:is|was|has|does|this|thus|plus|its|his|as|us)\b)"
                              r"(?-i:[a-z]{2,}[^su'\W]s)\b(?!\s+(?:is|was|are|were|has|have|had|will)\b)")
#: A predicate of quantity after a genitive subject («запасных частей ... становится всё меньше», «денег не хватает»):
#: the genitive is the quantity's, no object.
_QUANTITY_AFTER = re.compile(r"[^.;:!?]{0,60}?(?<![а-яё])(?:станов\w+|стал[оаи]?|будет|было|есть|оста(?:ётся|лось|нется))?\s*"
                             r"(?:вс[её]\s+|гораздо\s+|значительно\s+|намного\s+)?(?:меньше|больше|мало|много|немного|"
                             r"недостаточно|достаточно|не\s+хватает|не\s+хватало|недоста[её]т)(?![а-яё])", re.I)
#: Verbs and nouns of paying, punishing, thanking and voting, which take «за» + accusative ("for").
_ZA_FOR = re.compile(r"(?<![а-яё])(?:о?штраф\w*|наказ\w*|поблагодар\w*|благодар\w*|(?:за|у|до|пере)?плат\w*|оплат\w*|"
                     r"(?:про)?голосова\w*|голосу\w*|арестова\w*|осужд\w*|осуди\w*|уволи\w*|увольня\w*|наград\w*|"
                     r"извини\w*|извиня\w*|компенсац\w*|вознагражд\w*|выговор\w*)(?![а-яё])", re.I)
#: Words that open a clause whose subject may follow ("warned that spare parts for pre-war engines are ...").
_EN_CLAUSE_OPENERS = frozenset("that because while although when if whether".split())
_EN_COMMON_PP = re.compile(r"^\s+(?:on|of|for|in|at|from|with|across|near|outside|inside|behind|opposite|about|against|above|"
                           r"below|beneath|beside|under|along|to|towards?|around|through|beyond)\s+(?:(?:the|each|every|a|an|its|their|this|"
                           r"that|all|his|her)\s+)?(?:(?-i:[a-z]+)['’]s\s+)?(?:(?:two|three|four|five|six|"
                           r"seven|eight|nine|ten|several|many|\d+(?:st|nd|rd|th)?)\s+)?(?-i:(?:[a-z]+-[a-z]+\s+)?[a-z]+|\d{2,4}['’]?s|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:(?:,\s+[A-Z][a-z]+)*,?\s+(?:and|or)\s+[A-Z][a-z]+)?(?:\s+[a-z]+s(?=\s+[a-z]+ed\b))?)"
                           r"(?:\s+\d{1,4}[A-Z]?)?(?:\s+(?:and|or)\s+(?-i:[a-z]+))?(?=\s)")
# (also a decade: "The physical theatre of the 1990s changed everything")
# (also a place: "Goldsmiths in Kostroma say", "Anglers on the Iskar say", "The jet fan above the emergency lay-by
# failed": the subject before its verb; "The scales
# at desk 4 showed": a place with its number; "spare parts for pre-war engines are": a hyphenated adjective before
# the noun)


@functools.lru_cache(maxsize=64)
def _verb_side(after: str) -> str:
    """The English after an occurrence read for its verb: thousands without their comma (3,000) and a time
    phrase before the verb left out ("The Union, which represents 3,000 vets, on Monday called").

    >>> _verb_side(", which represents 3,000 vets, on Monday called for a strike.")
    ', which represents 3000 vets, called for a strike.'
    >>> _verb_side(" worth 2 million euros was seized in Varna.")
    ' was seized in Varna.'
    >>> _verb_side(" will, the ministry said on Tuesday, be succeeded by Trendafilov.")
    ' will be succeeded by Trendafilov.'
    """
    after = re.sub(r"(?<=\d),(?=\d{3}\b)", "", after)
    after = re.sub(r"^(\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should))\s*,"
                   r"[^,]{1,80},(?=\s+[a-z])", r"\1", after)  # "will, the ministry said, be succeeded": a remark
    #                                                                 inside the verb is no part of it
    after = re.sub(r"^\s+worth\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?(?:[$€£]\s?)?[\d.]+\s*"
                   r"(?:(?:million|billion|thousand|m|bn)\s+)?(?:[a-z]+\s+)?(?=(?:is|are|was|were|has|have|had|will)\s)",
                   " ", after)  # "Counterfeit perfume worth 2 million euros was seized": the price qualifies it
    after = re.sub(r"^\s+(?:(?:a\s+few|several|many|two|three|four|five|six|\d+)\s+)?(?:days|weeks|months|years|hours)\s+"
                   r"(?=(?:ahead|ago|later|earlier|in\s+advance|beforehand)\b)", " ", after)
    # ("book Zerkalny months ahead": a span of time, no verb of the term)
    return re.sub(r"^((?:\s*,[^,]{1,80},)?)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                  r"yesterday|today|last\s+(?:week|month|year)|this\s+(?:week|month|year)|in\s+\d{4})(?=\s+[a-z])",
                  r"\1", after)


def _relative_then_verb(after: str, opening: bool = False) -> bool:
    """Is the occurrence the subject of a verb after a relative clause ("The level crossing where the
    accident happened had no barriers")? The clause's own verb comes first, the main verb second.
    ``opening``: the occurrence opens its sentence, so "that" after it is a relative too ("The channel
    that police uncovered ran through Lom"; not "told X that ...")."""
    sentence = re.split(r"[.;:!?,]", after, maxsplit=1)[0][:200]
    if not re.match(r"\s+(?:where|which|who|whom|whose" + ("|that" if opening else "") + r")\s", sentence):
        return False
    words = sentence.split()
    verbs = [w for n, w in enumerate(words[1:12], 1) if re.fullmatch(r"[a-z]+", w) and _EN_VERB_AFTER.match(" " + w)
             and words[n - 1].lower() not in ("the", "a", "an", "his", "her", "its", "their", "our", "these", "those")]
    # (not "who brought the boys to the surface": a noun after its determiner is no second verb)
    return len(verbs) >= 2


def _list_then_verb(after: str, passive: bool = False) -> bool:
    """Is the occurrence one of a list of subjects ("the Holy Synod, the Chief Mufti's Office and the Shalom
    organisation signed")? The text after it: more items, «and»/«or», the last item, then a verb."""
    sentence = re.split(r"[.;:!?]", after, maxsplit=1)[0][:200]
    link = re.search(r"\s(?:and|or|nor)\s", sentence)
    if not link or not re.fullmatch(r"(?:\s*,\s*[^,]{1,60})*\s*,?", sentence[:link.start()]):
        return False
    rest = sentence[link.end() - 1:]
    starts = [m.start() for m in re.finditer(r"\s+\S", rest)][1:8]  # past the last item's first word
    plural = link.group(0).strip() == "and"
    return any((_EN_PASSIVE_AFTER if passive else _EN_VERB_AFTER).match(rest[start:]) for start in starts
               if not re.fullmatch(r"\s+(?:[a-z]+\s+)?[a-z]+s\s*", rest[start:])
               and not (plural and re.match(r"\s+(?!(?:is|was|has|does)\b)[a-z]+s\b", rest[start:])))
    # (not "feared Kiselyov and his stress tests.": a plural noun ending the sentence is no verb; nor, after
    # "and", a word in -s: "represents rope makers and net weavers from Norway" — a list's verb is plural)
    # (with ``passive``: "Neither Haugen nor Solberg was told": the list is the subject of a passive)


_EN_CLEFT = re.compile(r"\bit\s+(?:was|is|will be|had been|has been)\s+(?:(?:not\s+|only\s+|precisely\s+)?|"
                       r"[^,.;]{1,80},\s*(?:and\s+)?not\s+(?:the\s+)?)$", re.I)
# (also the contrast: "It was the Sofia Philharmonic, not | the Mariinsky Theatre, that won")
_EN_CLEFT_OBJECT = re.compile(r"^\s*(?:,\s*(?:and\s+)?not\s+[^,.;]{1,60})?,?\s+(?:whom|which|that|who)\s+(?:the|a|an|his|her|their|its|he|she|they|we|"
                              r"you|I|(?-i:[A-Z])[\w-]+)\s+(?!(?:is|was|are|were)\b)", re.I)
# ("It was Dariusz Wiśniewski, not the regulators, whom the union accused": the object, past the contrast)
#: "Also affected is the grain terminal", "Hardest hit were the ports": a subject after an inverted copula.
_EN_COPULA_INVERSION = re.compile(r"(?:^|[.!?;:]\s+|\n)(?:(?:also|most|worst|hardest|badly|equally|more|less|"
                                  r"particularly|especially|not)\s+)*(?:[a-z]+ed|[a-z]+en|[a-z]+ing|hit|built|left|"
                                  r"set|present|absent|among\s+them|among\s+those|among\s+(?:the\s+)?\w+|under\s+\w+|on\s+trial|"
                                  r"(?:the\s+)?(?:first|last|only|next)(?:\s+\w+)?(?:\s+to\s+\w+)?)\b"
                                  r"[^,.;:!?\"]{0,60}?\s(?:is|are|was|were|will be)\s+$", re.I)
# (Also present was the general secretary; Also under investigation is the plant; First to speak was the inspector)
#: A place opening the sentence, then a verb of position and the subject after it ("Behind the campaign stands the
#: Council", "At the head of the column marched the band").
_EN_LOCATIVE_INVERSION = re.compile(r"(?:^|[.!?;:]\s+|\n)(?:(?:Behind|Beside|Beyond|Above|Below|Beneath|Opposite|Inside|"
                                    r"Outside|Next\s+to|In\s+front\s+of|At\s+the\s+(?:head|centre|center|heart|front)\s+of|"
                                    r"Onto|Into|Out\s+of|Across|Along|Through|Down|Up|Over|Past|On|In|At|Near|Around|"
                                    r"Under|Among|Between)"
                                    r"\s[^,.;:!?\"]{1,60}?|(?:Last|First|Next|Then|Finally)(?:\s[^,.;:!?\"]{1,40}?)?)"
                                    r"\s(?:stands?|stood|sits?|sat|lies|lay|hangs?|hung|rises?|rose|"
                                    r"looms?|loomed|marched|walked|towers?|towered|came|comes|went|goes|followed|appeared|"
                                    r"stepped|steps|ran|runs|rode|rides|rolled|rolls|burst|bursts|drove|drives|flew|flies|"
                                    r"swept|sweeps|strode|strides|raced|races|rushed|rushes|skated|sailed|glided|"
                                    r"flows?|flowed|stretch(?:es|ed)?|winds?|wound|lives?|lived|grows?|grew|"
                                    r"spoke|speaks|sang|sings|performed|performs|played|plays)\s+$")
# (also "Beyond the nursery flows the Danube": a river, a road, a forest after its place)
# (also "Last on stage came the Northern Circus Ensemble"; "On the square stood the horse patrol"; "At the ceremony
# spoke the dubbing director")
#: "Adriatic Tourism Council members meet": the term qualifies a plural noun, the subject.
_EN_NOUN_ADJUNCT = re.compile(r"^\s+(?!(?:is|was|has|does|says|as|its|his|this|thus|plus|remains|seems|looks|becomes|"
                              r"stays|appears|gets|sounds|feels|goes|comes|keeps|needs|wants|plans|hopes|expects|"
                              r"faces|sees|gives|takes|makes|lets|helps|sets)\b)[a-z]+s\s+(?:are|were|have|had|will|would|"
                              r"can|could|may|might|must|should|did|do|say|said|meet|met|agree|agreed|warn|warned|"
                              r"expect|expected|fear|feared|rose|fell|plan|want|hope|hoped|"
                              r"[a-z]+ed(?=\s*[,.;:!?]|\s*$|\s+(?:by|to|in|on|at|for|from|with|over|after|before|last|"
                              r"this|that|the|a|an|its|their|his|her|[a-z]+ly|\d)\b))\b"
                              r"|^\s+(?:census|consensus|campus|bus|surplus|status|process|business|congress|"
                              r"analysis|crisis|basis|access|press)\s+(?:is|was|has|had|will|would|can|could|remains)\b")
# (also "the snow leopard census has depended": a singular noun in -s after the term; not "Aydin sells marbled
# paper": a word in -ed before a noun is its adjective, not a verb)
#: "X is expected / said / due to <verb>": X is the subject of the infinitive (Ожидается, что X возглавит).
_EN_RAISING_AFTER = re.compile(r"^\s+(?:is|are|was|were)\s+(?:(?:widely|also|now|still|not|generally)\s+)?"
                               r"(?:expected|said|believed|reported|thought|understood|known|rumou?red|set|due|"
                               r"scheduled|supposed|likely|unlikely|alleged|considered|seen)\s+to\s+(?!the\b|a\b|an\b)"
                               r"(?!be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|lt|ght)\s+by\b)[a-z]+", re.I)
# ("X is expected to be replaced by Y": a passive infinitive with its agent; X is the object, no raising subject)
_EN_PASSIVE_AFTER = re.compile(
    r"^(?:\s*,[^,]{1,80},)?(?:\s+(?:in|at|of|on|near|from)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"
    r"\s+(?:(?:is|are|was|were)(?:\s+being)?|(?:has|have|had|will|would)\s+(?:already\s+|also\s+|now\s+|since\s+|"
    r"just\s+|not\s+|never\s+|repeatedly\s+)?be(?:en)?|be|being)\s+"
    r"(?:(?:now|also|still|not|then|never|yet|reportedly|already|repeatedly|even|all|both|each|"
    r"officially|formally|later|eventually|finally)\s+){0,2}(?:(?:re|co|pre|over|under|out)-)?(?:[a-z]+ed|given|run|told|shown|made|taken|sent|paid|held|won|"
    r"built|sold|led|chosen|brought|found|known|seen|written|granted|awarded|offered|opposed|informed|thanked|"
    r"met|caught|taught|bought|beaten|driven|struck|stolen|overseen|overtaken|flown|grown|thrown|drawn|worn|torn|"
    r"sworn|shot|spent|lost|sunk|hung|spun|swept|dug|fed|bred|ridden|hidden|frozen|broken|spoken|woken|forgotten|"
    r"forbidden|withdrawn|undertaken|rebuilt|rewritten|laid|said)\b", re.I)
# (also "were all criticised by", "was met by angry beekeepers"; not hit, cut, set, kept, left: read as a passive
# they cost a held-back case, found by toggling)
_EN_AUXILIARIES = {"did", "does", "do", "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could"}
_EN_BARE_VERB_AFTER = re.compile(r"^\s+(?!(?:of|in|on|at|to|for|with|from|by|and|or|the|a|an)\b)[a-z]+(?:\s|[.,;])")
_EN_PREPOSITION_BEFORE = re.compile(r"\b(to|by|of|with|for|from|in|on|at|about|into|onto|towards?|during)\s+"
                                    r"(?:\d[\d,.]*\s+|(?:(?:a|an|the)\s+)?\d[\d,.]*(?:-[a-z]+)+\s+)?"
                                    r"(?:(?-i:(?!(?:receive|give|forgive|live|arrive|drive|survive|achieve|believe|relieve|"
                                    r"deprive|derive|thrive|strive|perceive|revive|prevent|present|represent|invent|rent|"
                                    r"grant|plant|want|enable|disable|implement|document|supplement|resent|consent)\b)"
                                    r"[a-z]+(?:ent|ant|ive|ous|ful|less|able|ible))\s+){0,2}$", re.I)
# (also "by independent actuaries": an adjective the noun phrase reader does not know; not a verb after an
# infinitive's "to": "to receive food parcels" — чтобы получать продуктовые наборы; past a measure: "for a
# 200-metre hemp rope")
_MARKUP = re.compile(r"\]\([^)\s]*\)|[\[\]*_`]")
_EN_PREPOSITIONS = set("to by of with for from in on at about into onto toward towards over under between among "
                       "against during after before since until via through across around near without within "
                       "beyond despite per than like as".split())
#: "The report accuses | X", "Ecologists blame | X": a short subject noun phrase opening the sentence, then a word
#: in -s (or a plural subject and a bare verb) right before the occurrence's noun phrase.
_EN_PRESENT_VERB = re.compile(r"(?:^|[.!?;]\s+)(?:(?:The|A|An|This|That|Its|Their|His|Her|Our)\s+(?:[A-Za-z]+\s+){0,2}[a-z]+"
                              r"(?<!'s)\s+(?:also\s+|now\s+|still\s+|again\s+)?[a-z]{3,}(?<![su]s)(?<!is)s"
                              r"|[A-Z][a-z]+s\s+(?:also\s+|now\s+|still\s+|again\s+)?(?P<known>blame|accuse|criticise|criticize|"
                              r"support|back|oppose|urge|praise|thank|sue|fund|own|run)"
                              r"|(?P<named>(?!(?:For|In|At|On|Of|After|Before|Since|During|Over|Under|With|Without|By|"
                              r"From|To|Into|The|This|That|These|Those|Its|Their|His|Her|Our|Some|Many|Most|All|Every|"
                              r"Each|Last|Next|Both|Several|When|While|If|As|Because|Although|Though|Until|Once|Two|"
                              r"Three|Four|Five|Ten)\b)[A-Z][a-z]*[A-Z]?[a-z]+)\s+(?:also\s+|now\s+|still\s+|again\s+)?"
                              r"(?!(?:years|months|weeks|days|hours|minutes|decades|times)\b)[a-z]{3,}(?<![su]s)(?<!is)s"
                              r")\s+$")
# (also a one-word name opening the sentence before a present verb: "RideBox rents | e-bikes to couriers")

_EN_VERBS = set("is are was were be been being has have had do does did met meets meet said says told tell need needs "
                "visited visit visits signed sign signs joined join joins leads lead led heads head headed "
                "thanked thank called call helped help promised promise gave give gives sent send sends "
                "offered offer showed show paid pay granted grant awarded award lent lend owes owe handed hand "
                "built build builds bought buy sold sell made make makes took take takes left leave won win "
                "chose choose named name names appointed appoint criticised criticized praised backed supports support "
                "supported blamed blame blames accused accuse accuses elected expelled invited invite urged urge asked ask "
                "warned warn "
                "reached reach entered enter passed pass crossed cross opened open closed close runs run "
                "manages manage managed operates operate operated owns own owned controls control controlled "
                "finances finance financed funds fund funded uses use used via became become becomes "
                "receives receive received obtains obtain obtained offers provides provide provided supplies supply "
                "supplied imports import imported exports export exported produces produce produced buys "
                "rent rents lease leases hire hires sells cut cuts kept keep keeps held hold holds found find finds "
                "brought bring brings caught taught lost spent fought put puts shut".split())
#: Verbs whose object may be a clause without "that" (said the train had left).
#: A word right after has/have/had, that/which/who or to/not (an adverb between allowed) and right before the
#: noun phrase of the occurrence: a verb whose object the occurrence is (has seen X, that crosses X, to equip X).
_EN_MARKED_WORD = re.compile(r"\b(?P<marker>has|have|had|having|that|which|who|(?-i:to|not))\s+"
                             r"(?P<adverb>(?:not|never|just|already|also|since|n't|now|still)\s+)?(?P<word>[a-z]+)\s+"
                             r"(?P<det>(?:the|a|an|its|their|his|her|our|this|these)\s+)?$", re.I)
#: Words after "to"/"not" that are no verb (not only X, to whom X).
_NOT_AN_INFINITIVE = set("only just even yet all least merely simply so be been whom which who whose what that this "
                         "these those them him her it us me you each both".split())
#: Prepositions that also open a clause (after the concentrate failed, until the Combine pays).
_EN_SUBORDINATORS = {"after", "before", "until", "since"}
_EN_REPORTING = set("said says say added adds noted notes argued argues believes believe believed think thinks "
                    "thought expects expect expected hopes hope hoped fears fear feared claims claimed claim insisted "
                    "insists admitted admits announced announces confirmed confirms reported reports stated states "
                    "warned warns knew know knows suggested suggests estimated estimates predicted predicts "
                    "stressed stresses explained explains acknowledged acknowledges recalled recalls".split())
#: Nouns an English place or body name often qualifies ("the Galați bridge", "the Varna port authority").
_EN_HEAD_NOUNS = ("bridge|port|border|crossing|terminal|airport|station|region|area|office|plant|project|route|"
                  "corridor|line|road|highway|river|delta|coast|bay|summit|talks|agreement|deal|court|case|"
                  "government|authorities|officials|residents|team|club|festival|authority|market|exchange|"
                  "council|branch|bank|company|group|fund|pipeline|railway|ferry|ferries|harbour|harbor|"
                  "embassy|consulate|ministry|museum|university|hospital|cathedral|monastery|fortress|"
                  "mayor|governor|police|prosecutors?|director|chief|head|leader|leadership|model|plan|"
                  "programme|program|scheme|strategy|initiative|network|system|operator|index|tower|gate|"
                  "square|street|district|province|county|municipality|city|town|village|island|lake|sea|"
                  "strait|gulf|canal|dam|mine|field|shipyard|refinery|base|camp|zone|park|reserve|valley|"
                  "shop|store|outlet|boutique|pharmacy|pharmacies|factory|factories|act|show|performance|"
                  "licence|license|season|quota|fair|workshop|exercises?|drills?|manoeuvres|maneuvers")
#: Words in -ing that are no gerund before an object ("Since spring X", "Bulgarian Energy Holding").
_EN_ING_NOUNS = set("during according regarding concerning following including spring morning evening building "
                    "meeting funding training wedding thing string ceiling beijing sibling offspring nothing "
                    "something anything everything sterling shipping housing painting hearing ruling landing "
                    "opening crossing offering setting warning reading holding standing ranking timing "
                    "pending notwithstanding".split())
_EN_SUPPLY = set("supply supplies supplied provide provides provided furnish furnishes furnished equip equips equipped "
                 "present presents presented reward rewards rewarded credit credits credited entrust entrusts "
                 "entrusted entrusting".split())
#: Russian verbs of giving whose thing given is the accusative where English says "supply X with Y"
#: (поставлять кому что; not снабжать/обеспечивать кого чем, which keep the instrumental).
THING_GIVEN_ACCUSATIVE = set("поставлять поставить предоставлять предоставить передавать передать продавать "
                             "продать давать дать выделять выделить отправлять отправить присылать прислать "
                             "дарить подарить вручать вручить преподносить преподнести".split())
# ("presented Liu with a gingerbread house": подарили Лю пряничный домик — дарить кому что)
_EN_NOT_VERBS = set("red need speed seed feed bed shed united limited".split())
#: An English participle used as an adjective (expanded, rebuilt, frozen).
_EN_PARTICIPLE = r"(?:[a-z]{3,}(?:ed|en)|(?:re)?built|burnt|lost|kept|left|sold|bought|held|made)"
#: A verb, then a phrase between commas that opens with a preposition or an adverb of manner ("thanked, on behalf
#: of all forty teams, | X"): the verb's object follows the closing comma.
_EN_ASIDE = re.compile(r"\b([A-Za-z]+)\s*,\s*(?:(?:on\s+behalf|in\s+the\s+name|in\s+particular|above\s+all|once\s+again|"
                       r"together\s+with|along\s+with|as\s+well\s+as|one\s+by\s+one|step\s+by\s+step|"
                       r"little\s+by\s+little|in\s+turn|at\s+last|at\s+once|yet\s+again|for\s+the\s+first\s+time)\b|(?:in|at|on|for|with|after|before|during|"
                       r"despite|through|via|by|from|under|over|among|amongst|between|alongside)\s+(?:the|a|an|its|their|his|her|"
                       r"all|both|each|every|this|that|these|those|last|next|\d|[a-z]{3,})|[a-z]+ly\s*,|again\s*,|also\s*,)"
                       r"[^,.;:!?()]{0,90},\s*$")
#: A verb right before "to" ("was sent to | X"): the "to" is the verb's, not a noun's ("Repairs to | X").
_EN_VERB_TO = re.compile(r"\b(?:" + "|".join(sorted(_EN_VERBS)) + r")\s+to\s+(?:the\s+)?$")
_EN_DITRANSITIVE = set("gave give gives sent send sends offered offer showed show paid pay granted grant awarded "
                       "award lent lend owes owe handed hand promised promise told tell sold sell given shown owed "
                       "giving sending offering handing paying granting issued issue issues issuing allocated "
                       "allocate assigned assign saved save saves saving".split())
# (issued Lodygina a permit: выдало Лодыгиной; saved Kaluga 2.4 million kilowatt-hours: сэкономили Калуге)


def _analyse(word: str):
    from localize.morphology.ru import analyzer

    return analyzer().parse(word)


def _preposition(before: str) -> str | None:
    words = _WORDS.findall(before.lower()[-60:])
    if not before.rstrip() or before.rstrip()[-1:] in ",.;:!?»\"":
        return None
    if len(words) >= 2 and " ".join(words[-2:]) in PREPOSITIONS:
        return " ".join(words[-2:])
    if words and words[-1] in PREPOSITIONS:
        return words[-1]
    if len(words) >= 2 and words[-1] in ("его", "её", "ее", "их") and words[-2] in PREPOSITIONS:
        return words[-2]  # в его | хаммаме: a possessive that does not decline stands between
    # на нижнем Дунае: an adjective of the sentence's own between the preposition and the term
    for n in (1, 2):
        if len(words) > n and words[-n - 1] in PREPOSITIONS and all(_adjective(w) for w in words[-n:]) \
                and not any(re.match(r"(?:котор|чь|чей)", w) for w in words[-n:]) \
                and words[-1] not in _SUBSTANTIVE_PARTICIPLES:  # с которым | X: a new clause; на данные | X
            return words[-n - 1]
    return None


def _adjective(word: str) -> bool:
    best, parses = _parse(word)
    return best is not None and best.tag.POS in ("ADJF", "PRTF") and word[:1].islower()


#: The reason when English "with" names a person and no Russian preposition or verb decides the case.
WITH_A_PERSON = "English «with» before a person, no Russian preposition: instrumental"


def russian_need(before: str, role: Role, previous: Need | None = None, own_case: str | None = None,
                 person: bool = False, quoted: bool = False, also_own: tuple = (), after: str = "",
                 maybe_person: bool = False, name: bool = False, sure_person: bool = False,
                 animate=lambda: False, gender=lambda: "") -> Need:
    """The case (and number) a Russian occurrence needs after ``before`` (the translation up to it).

    ``previous`` is the need of the term just before when only a conjunction separates them;
    ``own_case`` the case the translation itself wrote the term in, if it did (``glossary apply``), and
    ``also_own`` the other cases spelt the same; ``animate`` a callable asked (only where it matters) whether the
    term names a being, ``gender`` its head noun's gender."""
    number = "plur" if role.plural else "sing"
    own_plural = bool(own_case) and own_case.startswith("pl-")
    if own_case and own_case.startswith("pl-"):
        own_case = own_case[3:]
    if own_case not in _RU_CASES:
        own_case = None  # a do-not-translate name's label ("dnt") is no case
    if previous is not None and previous.case not in _RU_CASES:
        previous = None  # (Nvidia, Ericsson и Узбектелеком: the brand before tells no case)
    tail = before[-120:]
    if re.search(r"(?<![а-яё])(?:как|не только)\s+$", tail, re.I) and re.search(
            r"^[^.;:!?]*?,\s*(?:так и|но и)\s", after, re.I):
        # «раскритиковали как X, так и Y», «не только X, но и Y»: the correlative is no clause opener
        tail = re.sub(r"(?:как|не только)\s+$", "", tail, flags=re.I)
    if own_case in (None, "nomn") and role.object and not role.preposition and re.search(
            r"(?:^|[.!?;:—]\s*|,\s*(?:а|но|и)\s+)[Уу]\s+[А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё-]+)?\s+(?:(?:есть|был|была|было|были|"
            r"теперь|уже|всего|лишь|только)\s+)?$", tail) and not re.search(r"(?<![а-яё])(?:нет|не)\s+(?:[а-яё]+\s+)?$", tail, re.I):
        # (not «У оператора нет | центра»: a negated «have», the genitive)
        # "The glider has a wingspan of four metres": У планера размах крыльев — the English object of "has" is the
        # subject of the Russian «у X (есть) Y», nominative (not the genitive of the noun before it)
        return Need("nomn", "the thing had, after «у» and its owner: nominative", number, sure=False)
    if own_case in ("loct", "loc2") and not _preposition(tail):
        own_case, also_own = None, tuple(c for c in also_own if c not in ("loct", "loc2"))  # рассматривают Балканах
    if person and own_case in (None, "nomn", "gent", "accs") and not (role.preposition == "of" and _noun_right_before(tail)) \
            and not _preposition(tail) \
            and not re.match(r"\s+сто(?:ит|ят|ял|яла|яло)\s+(?:в|во|на|у|перед|возле|рядом|около)\s", after, re.I) \
            and not (role.subject and role.inverted) and (  # ("Behind the project stands X": За проектом стоит X)
            re.search(r"(?<![а-яё])" + DATIVE_PREDICATE.pattern + r"\s+(?:именно\s+|только\s+|лишь\s+|и\s+)?$", tail, re.I)
            or re.match(r"\s+" + DATIVE_PREDICATE.pattern + r"(?![а-яё])", after, re.I)
            or re.match(r"\s*,\s*(?:котор|чь?[ейя])[^,.;:!?]{0,80},\s*(?:(?:в|во|на)\s+[а-яё]+\s+)?"
                        + DATIVE_PREDICATE.pattern + r"(?![а-яё])", after, re.I)):
        # (also past a relative clause and a time phrase: «Полушкиной, которой клуб обязан архивом, в воскресенье
        # исполнилось 80 лет»)
        # «объяснять придётся именно Шариповой», «Петрову удалось»: the doer of an impersonal predicate (not "A statue
        # of Stoyan Ledenov stands in Samokov": Статуя Стояна Леденова стоит в Самокове — standing somewhere)
        return Need("datv", "the doer of an impersonal predicate: dative", number, strong=True)
    if re.search(r"(?<![а-яё])под\s+(?:свой\s+|полный\s+)?(?:контроль|охрану|защиту)\s+$", tail, re.I):
        governed = _governor(tail, person, number)  # «Взяв под контроль X»: the verb's object, whatever the English
        if governed is not None and governed.case == "accs":  # "control of X" says
            return Need("accs", governed.reason + " (past «под контроль»)", number, strong=True)
    if own_case in ("nomn", "accs") and ("accs" in (own_case, *also_own) or own_plural) and not role.subject \
            and not role.possessive \
            and not role.preposition and not role.indirect:
        words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
        if len(words) >= 3 and words[-2].lower() in ("в", "во", "на", "под") and re.search(
                r"(?<![а-яё])" + words[-2] + r"\s+" + words[-1] + r"\s+$", tail) \
                and words[-1].lower() in _OBJECT_PAST_PHRASE and any(p.tag.POS in ("VERB", "INFN", "GRND") and "tran" in p.tag for p in _parse(words[-3])[1][:2]):
            # «выставит на продажу | санаторий», «сдал в аренду | склад»: the verb's object past its idiomatic
            # «в/на» phrase, as the translation wrote it; not the genitive of the noun (but «выделили на
            # строительство | моста»: a verbal noun's object, not listed)
            return Need("accs", f"object of «{words[-3]}» past «{words[-2]} {words[-1]}»", number)
    if re.search(r"\d\s*%\s+(?:[а-яё]+(?:ых|их)\s+){0,2}$|(?<![а-яё])процент(?:ов|а)?\s+$", tail, re.I) \
            and not role.subject:
        # «выдают 70 % микрозаймов», «30 процентов рынка»: a share of it, the genitive
        return Need("gent", "after a percentage: the genitive", number, strong=True)
    if _QUANTITY_BEFORE.search(tail):  # насчитали гораздо меньше мойвы, больше Германии: the genitive
        return Need("gent", f"after «{_QUANTITY_BEFORE.search(tail).group(1)}»", number, strong=True)
    if own_case in (None, "nomn") and not _preposition(tail) and _NO_AFTER.match(after):
        # «Соглашения о покупке электроэнергии до сих пор нет»: «нет» at the end of its clause, the genitive
        return Need("gent", "with «нет» after it: the genitive of negation", number, strong=True)
    if _NO_BEFORE.search(tail):  # «На перевале нет горного приюта»: the genitive of negation, also for a subject
        return Need("gent", "after «нет»", number, strong=True)
    same = _SAM.search(tail) if person else None
    if same:  # «Самого Тахирова полиция допрашивать не стала»: the name agrees with «сам»
        case = _SAM_CASES[same.group(1).lower()]
        if same.group(1).lower() == "самой":  # заместителю, а не самой Ирине Соколовой: the case it is contrasted with
            contrasted = re.search(r"([а-яё]+)\s*,?\s+(?:а|и|но)\s+(?:не\s+)?(?:у\s+)?самой\s+$", tail, re.I)
            cases = {p.tag.case for p in _parse(contrasted.group(1))[1]} if contrasted else set()
            case = next((c for c in ("datv", "ablt", "loct", "gent") if c in cases), "gent")
        return Need(case, f"agrees with «{same.group(1)}»", number, strong=True)
    oblique = _OBLIQUE_NUMERAL.search(tail)
    if oblique:  # в течение двух трансферных окон, к трём портам, с двумя банками: the numeral's case, plural
        word = oblique.group(2).lower().replace("ё", "е")
        prep = (oblique.group(1) or "").lower()
        case = "datv" if word.endswith("м") else "ablt" if word.endswith(("мя", "ьмя", "ими", "ью")) else \
            "loct" if prep in ("о", "об", "обо", "при", "в", "во", "на") else \
            "datv" if prep in ("к", "ко") else "gent"  # (во всех шести округах, к пяти портам, из пяти)
        if not prep and word.endswith(("ти", "ми", "ка", "та")) and (own_case in ("datv", "loct") or (
                word.endswith(("ка", "та")) and own_case == "ablt")):
            case = own_case  # шести: genitive, dative and prepositional alike (достались шести округам); сорока,
            #                  девяноста the instrumental too (управляет сорока кебабными)
        return Need(case, f"after «{oblique.group(2)}»", "plur", strong=True)
    counted = _russian_count(tail)
    through = _PREPOSITION_NUMERAL.search(tail)
    if counted and through:  # на 12 избирательных участках, к пяти портам, с тремя банками: the preposition's case
        prep = through.group(1).lower()
        case = {"о": "loct", "об": "loct", "при": "loct", "к": "datv", "ко": "datv",
                "между": "ablt", "над": "ablt", "перед": "ablt"}.get(prep)
        if prep in ("до", "от", "из", "около", "свыше", "для", "без", "после", "против", "среди", "вместо", "кроме",
                    "порядка") or (prep in ("с", "со") and role.preposition == "from"):
            case = "gent"  # выросла до 34 юаней (до тридцати четырёх): the numeral and the noun in the genitive
        if prep == "по" and role.preposition in ("across", "around", "along", "over", "through", "in", "among",
                                                 "throughout", "to", "on", "at"):
            case = "datv"  # по 12 регионам (across): the dative; по 50 000 лир (each): the count form
        if case is None and prep in ("в", "во", "на") and role.preposition in ("in", "at", "on"):
            case = "loct"
        if case is None and prep in ("с", "со") and role.preposition == "with":
            case = "ablt"
        if case is None and (prep, (own_case or "").replace("pl-", "")) in (
                ("с", "ablt"), ("со", "ablt"), ("в", "loct"), ("во", "loct"), ("на", "loct")):
            case = own_case.replace("pl-", "")  # поезд с 40 швейными машинами ("a train carrying"): the translation's
            #                                     case, one the preposition takes, agrees with the numeral
        if case:
            return Need(case, f"preposition «{prep}» before the numeral", "sing" if counted[1] == "sing" and case == "gent"
                        else "plur", strong=True)  # (до 7,96 гривны: a fraction, the genitive singular)
    if counted:
        numeral = _RU_NUMERAL.search(tail)
        if numeral and re.fullmatch(r"[\d\s\u00a0]+", numeral.group(1)):
            # управляет 12 полярными станциями: a numeral in digits takes the case its verb governs, and the
            # noun agrees with it in the plural (Rosenthal: oblique cases of numerals)
            governed = _governor(tail[:numeral.start()], False, "plur")
            quantity = re.search(r"(?<![а-яё])(?:более|менее|свыше|около|порядка|больше|меньше)\s+$",
                                 tail[:numeral.start()], re.I)  # (принадлежит более 2000 постаматов: a quantity)
            if governed is not None and role.preposition == "to" and not quantity \
                    and governed.reason.startswith("agent of the passive «") \
                    and _parse(_quoted_word(governed.reason))[0] is not None \
                    and _parse(_quoted_word(governed.reason))[0].normal_form in GOVERNMENT["datv"]:
                # "was paid to 800 beet growers": выплачена 800 свекловодам — the recipient of a passive of giving
                return Need("datv", f"the recipient of «{_quoted_word(governed.reason)}» (the numeral in the same case)",
                            "plur", strong=True)
            if governed is not None and role.indirect and governed.case == "accs" and not quantity \
                    and governed.reason.startswith("object of «") and _thing_after(after):
                # "owes 80 gas cutters three months' wages": задолжала 80 газорезчикам зарплату — the recipient
                return Need("datv", governed.reason.replace("object of", "the recipient after") +
                            ": dative (the numeral in the same case)", "plur", strong=True)
            if governed is not None and governed.strong and governed.case in ("datv", "ablt") and not quantity \
                    and governed.reason.startswith("governed by «") and not _PRICE_VERB.search(governed.reason) \
                    and not (role.object and _parse(_quoted_word(governed.reason))[0] is not None
                             and _parse(_quoted_word(governed.reason))[0].normal_form in DATIVE_FIRST) \
                    and not (role.agent and re.search(r"(?<![а-яё])котор(?:ым|ой|ыми|ому|ым)\s", tail[:numeral.start()], re.I)) \
                    and not (role.direct and governed.case == "datv"):
                # (not "sent Sorokoumova 300 specimens": the thing given after the recipient, accusative; nor the English
                # agent made the subject of an active verb whose object «которым» is: «которым пользуются 90 банков»;
                # nor the English object of "owns" made the subject of a verb whose dative stands first: «компании
                # принадлежат 30 прачечных»)
                return Need(governed.case, governed.reason + " (the numeral in the same case)", "plur", strong=True)
            if (own_case or "").replace("pl-", "") in ("datv", "ablt", "loct") and not quantity \
                    and not _preposition(tail[:numeral.start()]):
                # «выдало лицензии 40 таможенным посредникам»: the translation put the numeral and its noun in
                # an oblique case (сорока брокерам); the noun agrees with the numeral in the plural
                return Need(own_case.replace("pl-", ""), "after the numeral, in the case the translation gave it",
                            "plur", sure=False)
        return Need(counted[0], "after the numeral", counted[1], strong=True)
    comparative = re.search(r"(?<![А-ЯЁа-яё-])([а-яё]{2,}(?:ее|ей|ше|же|че|ще|вле))\s+$", tail)  # (лучше, дороже, сильнее, дешевле)
    if comparative and _parse(comparative.group(1))[0] is not None and _parse(comparative.group(1))[0].tag.POS == "COMP" \
            and _CLAUSE_BREAK.split(tail[:comparative.start()])[-1].strip():
        # «никто не пел лучше Франчески Ринальди»: a comparative with no «чем» governs the genitive (Rosenthal);
        # not one that opens its clause («Раньше X руководил»: an adverb of time)
        return Need("gent", f"after the comparative «{comparative.group(1)}»: genitive", number, strong=True)
    none = _NO_SUCH.search(tail)
    if none:  # не поступило никакого сигнала бедствия: the term agrees with «никакой»
        return Need(_NO_SUCH_CASES[none.group(1).lower()[-3:]], f"agrees with «{none.group(1)}»", number, strong=True)
    one = _ONE.search(tail)
    if one:  # ни одного дирхама, одному банку: the term agrees with «один»
        return Need(_ONE_CASES[one.group(1).lower()], f"agrees with «{one.group(1)}»", "sing", strong=True)
    ends_in_one = _ENDS_IN_ONE.search(tail)
    if ends_in_one:  # создана 21 свободная экономическая зона: singular, the translation's case
        head = tail[:ends_in_one.start()]
        if own_case in (None, "nomn", "gent") and not _preposition(head) and not _CLAUSE_BREAK.split(head)[-1].strip() == "":
            governed = _governor(head, False, "sing", english_object=not role.preposition and not role.subject)
            if governed is not None and governed.case in ("accs", "datv", "ablt") and \
                    governed.reason.startswith(("object of «", "governed by «")) and not _PRICE_VERB.search(governed.reason):
                # (стоит 21 юань: a price, no dative of the one it costs)
                # насчитал 21 компрессорную станцию: the numeral in 1 takes the verb's case, the noun agrees, singular
                return Need(governed.case, governed.reason + " (after a numeral ending in 1: singular)", "sing",
                            strong=True)
            if own_case == "gent" and governed is not None and _PRICE_VERB.search(governed.reason):
                # «билет стоил 21 лев»: a price is the accusative of the numeral, and the noun after a numeral
                # in 1 agrees with it (not the genitive of два лева)
                return Need("accs", governed.reason + " (a price; after a numeral ending in 1: singular)", "sing",
                            strong=True)
        if own_case == "gent" and own_plural:  # «В кооперативе 21 ковровщиц»: the count form of 5 and more, no
            return Need("nomn", "after a numeral ending in 1: singular (the translation wrote the count form of "
                        "5 and more)", "sing", strong=True)  # chosen genitive: the nominative
        return Need(own_case or "nomn", "after a numeral ending in 1: singular", "sing", sure=False)
    preposition = _preposition(tail)
    if preposition and role.subject and role.after_comma and own_case in (None, "nomn") and not role.preposition \
            and re.search(r"(?<![а-яё])" + re.escape(preposition) + r"\s+(?:[^\W\d_]+\s+)*?[А-ЯЁ][а-яё]+\s+$", tail, re.I) \
            and _verb_after_agrees(after, number):
        # "Without Lugovoy, the team would have missed": «Без Лугового бригада ... пропустила бы» — the English
        # closes the phrase with a comma; the name ends it, the term opens the clause as its subject
        return Need("nomn", "subject of its clause (the English phrase before it ends with a comma)", number, sure=False)
    if preposition:
        allowed = PREPOSITIONS[preposition]
        motion = len(allowed) > 1 and allowed[1] == "accs" and _motion_before(
            tail, preposition, "" if role.modifier else role.preposition)
        english = None if role.modifier else ENGLISH_DECIDES.get((preposition.lower(),
                                                                  role.preposition or role.shared_preposition))
        chain = re.search(r"(?<![а-яё])(?:на|в|во)\s+([а-яё]+)\s+(?:в|во|на)\s+$", tail, re.I)
        if own_case in ("nomn", "accs") and "accs" in (own_case, *also_own) and chain and \
                role.preposition not in ("of", "at", "on") and chain.group(1).lower() != "мель" and any(
                p.tag.POS == "NOUN" and p.tag.case == "accs" for p in _parse(chain.group(1))[1][:2]) and any(
                MOTION.match(w) for w in _WORDS.findall(_CLAUSE_BREAK.split(tail[:chain.start()])[-1])):
            # «перед вылетом на съезд в Энгельберг»: the place of a destination after a verb or noun of motion is
            # a destination too, as the translation wrote it (the English "to the congress in Engelberg"); not
            # for English "of" or "at" (заявку на членство в Международном совете: "membership of the Council"), nor
            # after «сесть на мель», a destination of its own (села на мель в Азовском море: where)
            return Need("accs", f"«{chain.group(0).strip()}» after a word of motion: a destination, as the translation "
                        "has it", number, sure=False)
        if preposition in ("в", "во") and role.preposition in ("for", "to") and re.search(
                r"(?<![а-яё])(?:абонемент|билет|путёвк|путевк|ски-?пасс|проездн|тур(?:а|ы|ов)?\b|визу|виз[аы]\b)[а-яё]*\s+"
                r"(?:[а-яё]+\s+)?(?:в|во)\s+$", tail, re.I):
            # "a season pass for Borovets": абонемент в Боровец — a ticket or pass to a place, where to: accusative
            return Need("accs", f"«{' '.join(_WORDS.findall(tail)[-2:])}» (a ticket or pass to a place): accusative",
                        number, strong=True)
        if preposition in ("в", "во") and own_case in ("nomn", "accs") and "accs" in (own_case, *also_own) \
                and role.preposition in ("in", "into") and _PUT_INTO.search(tail):
            # «зажал раму в слесарные тиски» ("clamped the frame in a bench vice"): a verb of putting takes в +
            # accusative (where to) as well as the prepositional (where); the translation's accusative stays
            return Need("accs", f"«{' '.join(_WORDS.findall(tail)[-2:])}» (putting into): accusative, as the "
                        "translation has it", number, sure=False)
        if preposition in ("на",) and own_case in ("nomn", "accs") and "accs" in (own_case, *also_own) \
                and role.preposition in ("on", "onto") and _PLACED.search(tail):
            # «датчики были установлены на шлюзовые ворота» ("fitted on the lock gates"): a verb of placing takes
            # на + accusative (where to) as well as the prepositional (where); the translation's accusative stays
            return Need("accs", f"«{' '.join(_WORDS.findall(tail)[-2:])}» (placing onto): accusative, as the "
                        "translation has it", number, sure=False)
        if preposition in ("в", "во") and not name and not sure_person and (
                (role.preposition == "at" and role.bare and not role.definite and not role.proper)
                or (not role.preposition and not role.subject and not role.possessive)) and re.search(
                r"(?<![а-яё])(?:(?:(?:до|по)?игра(?:ть|ет|ют|л|ла|ли|ло|ем|ешь|ющ\w*|вш\w*)|(?:об|с|пере|от)ыгр\w*)"
                r"(?:\s+[а-яё]+){0,3}|(?:про|вы)игра(?:ть|ет|ют|л|ла|ли|ло|ем|ешь|ющ\w*|вш\w*))\s+(?:в|во)\s+$",
                _CLAUSE_BREAK.split(tail)[-1], re.I):
            # (won or lost something in it, «выиграла золото в весовой категории»: the place; only right after
            # выиграть/проиграть is «в» the game, «проиграли в перетягивание каната»)
            # «никто не обыграл Шарову в снукер» ("at snooker"), «играют в боулинг»: the game one plays, the accusative
            # (играть во что); not a place one plays in (сыграли в аэропорту, "at the airport"); also "lost the tug of
            # war": проиграли в перетягивание каната, the English object the game
            return Need("accs", "«играть в» a game: accusative", number, strong=True)
        if preposition == "за" and re.search(r"(?<![а-яё])(?:очеред[иья]\w*|сход(?:ил|ила|или|ить)|сбега(?:л|ла|ли|ть)|"
                                             r"за(?:шёл|шел|шла|шли|йти|ехал|ехала|ехали|езжа\w*)|"
                                             r"отправ(?:ился|илась|ились|иться|ляются))\s+(?:[а-яё]+\s+){0,2}за\s+$",
                                             tail, re.I):
            # «стояли в очереди за бустерной дозой», «зашёл за справкой»: going to fetch it, the instrumental
            return Need("ablt", f"«{_WORDS.findall(tail)[-2]} за»: fetching it, instrumental", number, strong=True)
        if preposition == "за" and _ZA_FOR.search(_CLAUSE_BREAK.split(tail)[-1] + " " + re.split(r"[,.;:!?]", after)[0]):
            # «за дикий кемпинг будут штрафовать», «поблагодарил за помощь», «заплатил за ремонт»: "for" something,
            # the accusative (за + instrumental is behind it, or fetching it)
            return Need("accs", "«за» with a verb of paying, punishing or thanking: accusative", number, strong=True)
        if preposition == "за" and re.search(r"(?<![а-яё])(?:выда\w*|прин(?:ял|яла|яли|имают|имал\w*)|приня\w*)\s+"
                                             r"(?:себя|его|её|их)\s+за\s+$", tail, re.I):
            # «выдавали себя за Маркуса Хейла», «приняли его за X»: за кого — accusative
            return Need("accs", f"«{' '.join(_WORDS.findall(tail)[-3:])}»: accusative", number, strong=True)
        if preposition in ("с", "со") and sure_person and re.search(
                r"(?<![а-яё])(?:нача(?:лся|лась|лось|лись|ться)|начина(?:ется|ются|лся|лась|лось|лись)|"
                r"начн(?:ется|ётся|утся))\s+(?:с|со)\s+$", tail, re.I):
            # «История началась с Фёдора Запасного» ("The story began with"): the starting point, even a person
            # (not «начал работу с Ивановым»: together with him)
            return Need("gent", f"«{_WORDS.findall(tail)[-2]} {preposition}»: the starting point, genitive", number,
                        strong=True)
        if preposition in ("с", "со") and not sure_person and re.search(
                r"(?<![а-яё])(?:нача(?:л|ла|ло|ли|ть)(?:ся|сь)?|начина(?:ет|ют|ется|ются|лся|лась|лось|лись)|"
                r"начн(?:ет|ёт|ется|ётся|утся)|"
                r"начина(?:ют|ет|ем|л|ла|ли|ть)\s+(?:(?:каждое|каждый|каждую|свой|своё|свою|свои|этот|это|эту)\s+)?"
                r"(?:занятие|урок|день|утро|сезон|год|неделю|смену|встречу|заседание|тренировку|сессию|программу|"
                r"эфир|выпуск|концерт|праздник))\s+(?:с|со)\s+$", tail, re.I):
            # (also «начинают каждое занятие с дыхательного упражнения»: start the session with it)
            # «Атака началась с уязвимости»: начаться с чего — the starting point, genitive (not English "with")
            return Need("gent", f"«{_WORDS.findall(tail)[-2]} {preposition}»: the starting point, genitive", number,
                        strong=True)
        if preposition in ("с", "со") and not sure_person and role.preposition in ("", "from") and re.search(
                r"(?<![а-яё])(?:уш(?:ёл|ел|ла|ло|ли)|уход(?:ит|ят|ил|ила|или)|уйд(?:ёт|ет|ут)|уйти|уходить|"
                r"уволи(?:л|ла|ли|лся|лась|лись|ться)|увольня\w*|уе(?:хал|хала|хали|зжа\w*)|сош(?:ёл|ел|ла|ли)|"
                r"сошедш\w*|сня(?:л|ла|ли|т|та|ты)|снят\w*|верну(?:л|ла|ли|лся|лась|лись)|возвраща\w*)\s+(?:с|со)\s+$",
                tail, re.I):
            # «ушла с радиостанции «Меридиан»» ("left Radio Meridian"), «снят с рейса»: from where, genitive
            return Need("gent", f"«{_WORDS.findall(tail)[-2]} {preposition}»: leaving it, genitive", number,
                        strong=True)
        if english == "accs" and (own_case in ("loct", "loc2") or ({"loct", "loc2"} & set(also_own)
                                                                  and "accs" not in also_own)) and not motion \
                and role.preposition != "into" \
                and not ENTERING.search(tail[:tail.lower().rstrip().rfind(preposition)]) \
                and not (role.preposition == "to" and _motion_after(after)):
            # (but "tourists come to Gzhel": «Каждое лето в Гжель приезжают» — a destination fronted before its verb)
            english = None  # "crowded onto the Old Bridge": толпились на Старом мосту — the translation chose a place
            # (also a form spelt alike in the prepositional: «В Всероссийской федерации состоят» for "belong to")
        if english == "accs" and role.preposition == "into" and preposition in ("в", "во") and re.search(
                r"(?<![а-яё])(?:(?:по|у|раз)меща|(?:по|у)мест|(?:по|у)мещ)\w*(?:ся|сь)(?![а-яё])",
                _CLAUSE_BREAK.split(tail)[-1] + " " + re.split(r"[,.;:!?]", after)[0], re.I):
            english = None  # "Forty musicians fit into the pit": В оркестровой яме помещаются — помещаться в чём
        if english == "accs" and preposition in ("в", "во") and re.search(
                r"(?<![а-яё])(?:за)?регистрир\w*(?:ся|сь)\s+(?:в|во)\s+$", tail, re.I):
            # "signed up to the Donor Registry": зарегистрировались в Регистре — registered in it, the prepositional
            return Need("loc2", f"«{_WORDS.findall(tail)[-2]} в»: registered in it, "
                        "prepositional", number, strong=True)
        if english == "accs" and preposition in ("в", "во", "на") and re.search(
                r"(?<![а-яё])(?:(?:по)?(?:был|была|было|были|бывал|бывала|бывали|бывать|побывать|бывает|бывают)|"
                r"состо(?:ят|ит|ял|яла|яло|яли|ять|ящие|ящих|явший|явшие))"
                r"(?:\s+(?:уже|ещё|еще|никогда|дважды|трижды|однажды|там|лично))?\s+(?:в|во|на)\s+$", tail, re.I):
            # "has never been to Cheboksary": не был в Чебоксарах — быть, бывать в чём: where one was, the prepositional
            # (also "belong to the Union": состоят в союзе, a member of it)
            english = None
        agreeing = re.search(r"(?<![а-яё])" + re.escape(preposition) + r"\s+([а-яё]+)\s+$", tail, re.I)
        if agreeing and not english and len(allowed) > 1:
            cases = {p.tag.case for p in _parse(agreeing.group(1))[1] if p.tag.POS == "ADJF"} & set(allowed)
            if len(cases) == 1 and own_case in {None, "nomn"} | cases:
                # «Награда за лучший | барбершоп»: the adjective before the term, outside it, agrees with it; its case
                # is the one the preposition takes here
                case = cases.pop()
                return Need("loc2" if case == "loct" and preposition.lower() in ("в", "во", "на") else case,
                            f"preposition «{preposition}» (the adjective «{agreeing.group(1)}» before it)", number,
                            strong=True)
        if english:  # данные с радиотелескопов (from), играет за «Лудогорец» (for): the English says which
            return Need(english, f"preposition «{preposition}» (English «{role.preposition or role.shared_preposition}»)",
                        number, strong=True)
        if sure_person and preposition in ("в", "во") and IN_PERSON_LOCATIVE.search(
                tail[:tail.lower().rstrip().rfind(preposition)]):
            case = "loct"  # разочаровались в Дмитрии Журавском, сомневаются в Иванове: в ком
        elif sure_person and preposition in ("в", "во", "на"):
            case = "accs"  # возложил вину на Жуана Карвалью, надеются на Иванова: a person is never a place
        elif name and role.preposition in ("in", "at") and preposition in ("в", "во") and _DOCUMENT_BEFORE.search(
                tail[:tail.lower().rstrip().rfind(preposition)]):
            case = allowed[0]  # "filed an appeal in Tomsk": подали апелляцию в Томске — where it was filed (a court
            #                    it is filed with is the accusative: иск в Арбитражный суд)
        elif motion == "right before" and preposition in ("в", "во") and role.preposition == "in" \
                and {"loct", "loc2"} & {own_case, *also_own} and re.search(r"(?<![а-яё])(?:вы(?:шел|шла|шло|шли|ходит|ходят|ходил\w*|"
                                                              r"йдет|йдёт|йдут))\s+во?\s+$", tail, re.I):
            case = allowed[0]  # "the film premiered in Perm": фильм вышел в Перми — came out (was published, shown)
            #                    there, as the translation has it (not "went out into": English "into", "to")
        elif motion == "right before" and preposition in ("в", "во") and role.preposition in ("in", "at") and name \
                and re.search(r"(?<![а-яё])(?:подн(?:ялс[яи]|ялась|ялось|ялись|имается|имаются|имался|имались|"
                              r"имала?сь))\s+во?\s+$", tail, re.I):
            case = allowed[0]  # "Water levels rose in Naberezhnye Chelny": уровень воды поднялся в Набережных Челнах —
            #                    where it rose (climbing into a place is English "up", "into", "to")
        elif preposition in ("с", "со") and own_case in (None, "nomn") and role.preposition in ("on", "per", "from") \
                and re.search(
                r"(?<![а-яё])(?:комисси\w*|налог\w*|сбор\w*|пошлин\w*|доход\w*|процент\w*|взнос\w*|взима\w*|"
                r"взыска\w*|взыщ\w*|дивиденд\w*)\s+(?:[а-яё]+\s+){0,2}(?:с|со)\s+(?:[а-яё]+\s+){0,2}$",
                tail, re.I):
            case = "gent"  # "a commission on each bond": комиссию с каждой облигации — what a charge is taken from
        elif motion == "right before" and preposition == "на" and role.preposition == "on" \
                and own_case in ("loct", "loc2"):
            case = allowed[0]  # "arrived on a delivery scooter": приехал на курьерском скутере — the means, as the
            #                    translation has it (English "onto", "on to" a destination say otherwise)
        elif motion == "right before" or (preposition in ("в", "во", "на")
                                        and ENTERING.search(tail[:tail.lower().rstrip().rfind(preposition)])):
            case = "accs"  # вступить в союз, вступление в ШОС: accusative whatever the translation wrote
        elif preposition == "на" and _RELY_ON.search(tail):
            case = "accs"  # полагалась на теневом флоте -> на теневой флот: полагаться на что, whatever was written
        elif motion == "before" and role.preposition in ("in", "at", "on") and not role.modifier and \
                (_VEHICLE_BEFORE.search(tail[:tail.lower().rstrip().rfind(preposition)])
                 or _PLACE_BEFORE.search(tail[:tail.lower().rstrip().rfind(preposition)])):
            case = allowed[0]  # строит два парома в Фредрикстаде ("in"), Паромы на Каспийском море ("on"): a vehicle's noun is no motion here
        elif own_case == "nomn" and preposition in ("в", "во", "на") and _motion_after(after) and not (
                role.preposition in ("on", "in", "at") and (_subject_noun_before_preposition(tail)
                                                            or _located_noun_before_preposition(tail))):
            # (not «Баржи на Дунай перевозят» for "Barges on the Danube": a place of a noun before it, no
            # destination fronted at the clause's start)
            case = "accs"  # «На Каспийский экономический форум в Актау ожидают ...»: a fronted destination
        elif preposition == "на" and not _CLAUSE_BREAK.split(tail)[-1].strip()[:-2].strip() \
                and NA_ACCUSATIVE.match(_first_verb(after, passive=True) + " "):
            case = "accs"  # «На каспийских тюленей охотятся»: охотиться на кого; «На компанию был наложен штраф»
        elif preposition == "на" and not _CLAUSE_BREAK.split(tail)[-1].strip()[:-2].strip() and re.match(
                r"\s+(?:(?:сейчас|теперь|уже|ещё|еще|всего|лишь|только|около|почти)\s+)?(?:приход\w*с[яь]|пришл\w*с[яь]|"
                r"пришёлся)\s+(?![а-яё]+(?:ть|ти|чь)(?:ся)?\b)", after, re.I):
            case = "accs"  # «На Краснодарский край приходится пятая часть»: приходиться на что (accounts for); not
            #                «На заводе пришлось остановить»: had to, with an infinitive
        elif motion == "before" and role.preposition in ("in", "at", "on") and not role.modifier and \
                _motion_noun_right_before(tail[:tail.lower().rstrip().rfind(preposition)]):
            case = allowed[0]  # "roads in the Rhodopes": несколько дорог в Родопах (a noun of motion, a place in English)
        elif own_case == "accs" and "nomn" in also_own and role.preposition in ("on", "in", "at") and not motion \
                and preposition in ("в", "во", "на") and not role.modifier \
                and not NA_ACCUSATIVE.search(" ".join(tail[:tail.lower().rstrip().rfind(preposition)].split()[-2:])) \
                and not _RELY_ON.search(tail):
            case = allowed[0]  # «Паромы на Каспийское море» for "on the Caspian Sea": the nominative's
            #                    spelling is no chosen accusative; a place, the prepositional (a noun that takes
            #                    «на» and the accusative counts only right before it: not «Заказ был размещён на»)
        elif own_case == "accs" and name and not motion and preposition == "на" and role.preposition in ("on", "at") \
                and not role.modifier and not _RELY_ON.search(tail) and not any(
                    pattern.search(tail[:tail.lower().rstrip().rfind(preposition)])
                    for pattern in (NA_ACCUSATIVE, NA_EXCHANGE, NA_COMPLAINT, ENTERING)):
            case = allowed[0]  # "build a multiplex on the Oka": построить мультиплекс на Оке — a named place "on"
            #                    or "at" with no verb of motion nor a word that takes «на» and the accusative before it
        elif own_case not in (None, "nomn") and any(_allows(preposition, c) for c in (own_case, *also_own)):
            # the translation chose one of the cases the preposition allows (в Салониках; «Влёре» is dative
            # and prepositional alike: the one «в» allows)
            case = next(c for c in (own_case, *also_own) if _allows(preposition, c))
            if preposition in ("с", "со") and {"gent", "ablt"} <= {own_case, *also_own} \
                    and role.preposition not in ("from", "off", "since"):
                case = "ablt"  # «с Прибытковой» (met Pribytkova): spelt alike in both, «с» is "with" unless English
                #                "from" says otherwise
        elif motion == "before" and role.preposition == "of" and not role.modifier and preposition in ("в", "во"):
            case = allowed[0]  # "applied for membership of the Council": подал заявку на членство в Совете — English
            #                    "of" names what the noun before belongs to, no destination of the verb of motion
        elif motion:
            case = "accs"
        elif preposition == "на" and (NA_ACCUSATIVE.search(_RU_ASIDE_BEFORE_NA.sub(
                " ", tail[:tail.lower().rstrip().rfind(preposition)]) if role.preposition
                                                           not in ("at", "in") else " ".join(
                                         tail[:tail.lower().rstrip().rfind(preposition)].split()[-2:]))
                                     or NA_EXCHANGE.search(tail[:tail.lower().rstrip().rfind(preposition)])
                                     or NA_COMPLAINT.search(tail[:tail.lower().rstrip().rfind(preposition)])):
            case = "accs"  # кредит на Средний коридор, влияние на рынок, ставка на Средний коридор (for English "at",
            #                a place, only right before: not «Заказ был размещён на» X)
        else:
            case = allowed[0]
        if case == "loct" and preposition in ("в", "во", "на"):
            case = "loc2"  # в порту, на берегу: the second locative where the noun has one
        return Need(case, f"preposition «{preposition}»", number, strong=True)
    if previous is not None and (previous.reason.startswith(("after the numeral", "after a numeral"))
                                 or previous.number == "paucal") and previous.case == "gent":
        previous = None  # «Два фуникулёра и | гондольный подъёмник»: the numeral's genitive is not the list's case
    if previous is not None and previous.reason == "English possessive" and not role.possessive:
        previous = None  # "to Liu's husband and to Zhou": the possessive qualifies a noun, not coordinated with it
    if previous is not None and previous.reason.startswith("preposition «") and not role.preposition and \
            re.match(r"\s+" + re.escape(previous.reason.split("«")[1].split("»")[0]) + r"\s", after, re.I):
        previous = None  # «кашкавал из Сливена и белый сыр из Трояна»: X from A and Y from B, Y is no second A
    if previous is not None and _CONJUNCTION.search(tail) and not previous.sure and own_case not in (None, "nomn") \
            and own_case != previous.case and previous.case == "nomn" \
            and not previous.reason.startswith("English «to», but the translation made it the subject"):
        # (not «Гранты получили X и Y»: the verb before agrees with both, one subject)
        # «сократили диспансеру, Институт ... и больнице»: the term before it kept an undecided nominative; the
        # oblique case the translation wrote here is no error of coordination (kept, checked)
        return Need(own_case, "as the translation has it (the term before it is undecided)", number, sure=False)
    if previous is not None and _CONJUNCTION.search(tail):
        joined = _CONJUNCTION.search(tail).group(0)
        return Need(previous.case, "coordinated with the term before it", number,
                    strong=(not tail.rstrip().endswith(",") and "," not in joined)
                    or bool(re.search(r"(?:а также|так и|но и|а не|но не)\s+$", joined)))  # (, а также X: one
        # list; «заведует Марина Громова, а не Сухоруков»: a contrast shares the case)
    if previous is not None and tail.rstrip().endswith(",") and (_COORDINATED_AFTER.match(after) or role.listed):
        # (also a list of common nouns the English writes as one: «цены на фанеру, шпон и пиломатериалы»)
        return Need(previous.case, "in a list with the term before it", number, strong=previous.strong)
    if person and not role.possessive:
        apposed = _title_before(tail, appositive=role.appositive)
        if apposed is not None and number == "sing" and _parse(apposed[0])[0] is not None and \
                _parse(apposed[0])[0].tag.number == "plur" and not any(p.tag.number == "sing" for p in _parse(apposed[0])[1]):
            apposed = None  # «сказал журналистам Чжоу Цзяньмин»: a plural noun is no title of one person
        if apposed is not None and apposed[1] == "gent" and role.indirect and not role.appositive and _dative_verb(tail):
            apposed = None  # "offered X the post of director": the recipient (below), not the title's apposition
        if apposed is not None:  # Председатель Народного собрания Калин Стоянов: the title's case
            only = {p.tag.case for p in _parse(apposed[0])[1] if p.tag.POS == "NOUN"} == {apposed[1]}
            # (a title that can only be this case decides, also the nominative: «Основатель фестиваля, органистка
            # Серафима Трубникова, выступила» — not a form the translation chose)
            return Need(apposed[1], f"in apposition to «{apposed[0]}»", number, sure=apposed[1] != "nomn" or only,
                        strong=apposed[1] != "nomn" or only)
    apposed_to = re.search(r"([А-ЯЁ][а-яё]+),\s+((?:[а-яё]+\s+){0,2})$", tail) if not person \
        and (re.match(r"\s*(?:[\w-]+\s*){0,2}(?:,|[.!?]\s*$)", after)
             or (role.appositive and re.match(r"\s*(?:из|в|во|на)\s+[\w-]+\s*(?:,|[.!?]\s*$)", after))) else None
    # (also "Lukas Albrecht, a food inspector from Hamburg": the apposition's own place after the term)
    if apposed_to is not None and role.appositive and all(_parse(w)[0] is not None and _parse(w)[0].tag.POS == "ADJF" and "Apro" not in _parse(w)[0].tag
                                      for w in apposed_to.group(2).split()):
        # (also «создал Семён Королёв, главный | парфюмер фабрики.»: adjectives of its own before it, the sentence's end)
        name = apposed_to.group(1)
        name_cases = {p.tag.case for p in _parse(name)[1] if p.tag.POS == "NOUN"}
        if len(name_cases) > 1 and own_case in (None, "nomn") and str(gender() or "") in ("masc", "femn") and {
                p.tag.case for p in _parse(name)[1] if p.tag.POS == "NOUN" and "Surn" in p.tag
                and p.tag.gender == str(gender())} <= {"datv", "ablt"}:
            # «адресовано Каменову, | главный лесничий»: Каменову is a man's dative or a woman's accusative; the
            # apposition's gender says which
            name_cases = {p.tag.case for p in _parse(name)[1] if p.tag.POS == "NOUN" and "Surn" in p.tag
                          and p.tag.gender == str(gender())} or name_cases
        surname = bool(re.search(r"[бвгджзклмнпрстфхцчшщ](?:ов|ев|ёв|ин|ын)$", name)) and _parse(name)[0] is not None \
            and _parse(name)[0].tag.POS in ("ADJS", "ADJF")  # (Карасин, read as a short adjective: a man's surname)
        if name[:1].isupper() and (any(p.tag.POS == "NOUN" and p.tag.case in ("nomn", own_case) for p in _parse(name)[1])
                                   or (len(name_cases) == 1 and name_cases <= {"ablt", "datv"}) or surname) \
                and _parse(name)[0] is not None and (_parse(name)[0].tag.POS == "NOUN" or own_case in _RU_CASES or surname):
            # (also a foreign name the analyser guesses as a verb, Рето Имбодену, часовщику из Биля: its noun reading)
            # "Shukhrat Ergashev, the hakim of Khorezm,": хоким stands in apposition to the name, its case
            case = own_case if own_case in _RU_CASES and any(p.tag.case == own_case for p in _parse(name)[1]) else "nomn"
            if case == "nomn" and len(name_cases) == 1 and name_cases <= {"ablt", "datv"}:
                case = name_cases.pop()  # «проведена Лукасом Альбрехтом, | инспектором»: the name's only case
            return Need(case, f"in apposition to «{name}» before it", number, sure=case != "nomn")
    if person and role.appositive and re.match(r"\s*(?:,|[.!?]|$)", after):
        # (also at the end of the sentence: «поговорили с директором музея, Станиславом Ветриным.»)
        commaed = _comma_apposition(tail)
        named = re.search(r"([А-ЯЁ][а-яё]+),\s+$", tail)
        if commaed is None and named and str(gender() or "") in ("masc", "femn") and own_case in (None, "nomn"):
            cases = {p.tag.case for p in _parse(named.group(1))[1] if p.tag.POS == "NOUN" and "Surn" in p.tag
                     and p.tag.gender == str(gender())}
            if len(cases) == 1 and cases <= {"gent", "datv", "ablt", "loct"}:
                # «адресовано Каменову, | главный лесничий»: a title in apposition to a surname before it takes its
                # case (Каменову: a man's dative, as the title is masculine)
                return Need(cases.pop(), f"in apposition to «{named.group(1)}» before it", number, sure=False)
        if commaed is not None:  # Соперника Белозерской, Вадима Златопольского, не пригласили: the noun's case
            case = commaed[1]
            if case == "gent" and "accs" in {p.tag.case for p in _parse(commaed[0])[1]}:
                # (Заместителя Смирнова, Ирину Соколову, не пригласили: the verb after it takes the accusative)
                closing = re.match(r"\s*,(.*)", after)
                verb = _governor_after(closing.group(1), True, number, transitive=True) if closing else None
                if verb is not None and verb.case == "accs":
                    case = "accs"
            return Need(case, f"in apposition to «{commaed[0]}»", number, strong=True)
    if role.after_copula and not role.subject and own_case in (None, "nomn") and re.search(
            r"(?<![а-яё])(?:был|была|было|были|будет|будут)\s+$", tail, re.I) and not any(
                _parse(w)[0] is not None and _parse(w)[0].tag.POS == "NOUN"
                and all(p.tag.case == "ablt" for p in _parse(w)[1][:2]) for w in _WORDS.findall(tail)[:-1]):
        # (not «Судьёй, который ..., был | Анри Дюваль»: the predicate stands first, the term is the subject)
        # "Uksusova was a labelling inspector for ten years": десять лет была инспектором по маркировке — a noun
        # predicate after «быть» in the past or future takes the instrumental (Rosenthal)
        return Need("ablt", f"the predicate after «{_WORDS.findall(tail)[-1]}»: instrumental", number, strong=True)
    if role.after_copula and own_case in (None, "nomn") and re.search(r"[А-Яа-яЁё»\"]\s+[—–]\s+$", tail):
        # "The head of the Directorate is Desislava Kashonova": Руководитель дирекции — Десислава Кашонова; the
        # dash stands for the English copula, the term after it is the predicate, in the nominative
        return Need("nomn", "the predicate after the dash (English «is»): nominative", number, strong=True)
    if person and not role.subject:
        dashed = _dash_apposition(tail)
        if dashed is not None:  # назначил нового адвоката — Жуана Фигейреду: the noun's case
            return Need(dashed[1], f"in apposition to «{dashed[0]}»", number, strong=True)
    shared = _SHARED_PREPOSITION.search(tail)
    if shared and not role.preposition and re.match(r"\s+" + re.escape(shared.group(1)) + r"\s", after, re.I):
        shared = None  # «кашкавал из Сливена и белый сыр из Трояна»: X from A and Y from B, Y is no second A
    if shared and shared.group(1).lower() in PREPOSITIONS:  # между армией и Силами: one preposition for both
        allowed = PREPOSITIONS[shared.group(1).lower()]
        first, _parses = _parse(shared.group(2))
        case = first.tag.case if first is not None and first.tag.case in allowed else allowed[0]
        return Need(case, f"coordinated under «{shared.group(1)}» with «{shared.group(2)}»", number, strong=True)
    head = _WORDS.findall(tail[-40:])
    if head and re.fullmatch(r"(?:командующ|заведующ|управляющ)(?:ий|его|ему|им|ем|ая|ей|ую|ие|их|ими)", head[-1].lower()) \
            and not tail.rstrip().endswith(",") and not (own_case == "gent" and role.preposition in ("at", "in", "from")):
        # командующий Черноморским флотом, заведующая отделом (the English possessive or "of"): кем/чем
        # (not "Managers at the Doverie Fund": Управляющие Пенсионного фонда, the genitive the translation chose)
        if own_case == "gent" and head[-1].lower().startswith("управляющ"):
            # «временным управляющим Липецкого сахарного завода»: the manager as a noun takes the genitive too (the
            # norm's «управляющий чем» is the participle's); the translation's genitive stays
            return Need("gent", f"after «{head[-1]}» (a noun here), as the translation has it", number, sure=False)
        return Need("ablt", f"governed by «{head[-1]}»", number, strong=True)
    if role.possessive and own_case not in (None, "nomn", "gent") and head and \
            _parse(head[-1])[0] is not None and _parse(head[-1])[0].tag.POS in ("PRTF", "PRTS", "VERB", "ADJF"):
        governed = _governor(tail, person, number)  # (принадлежащий: read as an adjective first)
        if governed is not None and governed.case in (own_case, *also_own) and governed.reason.startswith(
                (f"governed by «{head[-1]}»", f"agent of the passive «{head[-1]}»")):
            # "Britta Hallqvist's Papyra brand": Бренд Papyra, принадлежащий Бритте Халлквист — the translation
            # made the possessor the object of a participle, which governs its case
            return governed
    qualified = _NOUN_OF_A_PHRASE_BEFORE.search(tail) if role.modifier and not person and not quoted \
        and own_case in (None, "nomn", "gent") and not PLACE_APPOSITION.search(tail) \
        and not GENERIC_NOUNS.search(tail[-25:]) else None  # (the English preposition is the qualified noun's)
    # (not «в провинции Самсун», «в магазинах «Вкусный дом»», «на руднике Челопеч»: a name after its generic noun)
    qualified_noun = _parse(qualified.group(1))[0] if qualified else None
    if qualified_noun is not None and qualified_noun.tag.POS == "NOUN" and qualified_noun.tag.case != "nomn":
        # "three warehouses on the Aegean Sea coast": на побережье | Эгейского моря — the English term qualifies
        # the noun of the phrase right before it, whose genitive it is (not the far verb's case)
        return Need("gent", f"the English term qualifies «{qualified.group(1)}» before it: genitive", number,
                    strong=True)
    if role.possessive:
        return Need("gent", "English possessive", number, strong=True)
    if role.complement and head and not tail.rstrip().endswith(",") and \
            _parse(head[-1])[0] is not None and _parse(head[-1])[0].normal_form in AS_INSTRUMENTAL:
        # "will serve as a drifting station": будет служить дрейфующей станцией, выступил посредником
        return Need("ablt", f"English «as» after «{head[-1]}»: instrumental", number, strong=True)
    naming = next((w for n, w in enumerate(reversed(head[-4:])) if (n == 0 or head[-n].lower() in PREPOSITIONS) and any(
        (p.tag.POS == "PRTS" or (p.tag.POS == "VERB" and p.tag.number == "plur" and p.tag.tense == "past"))
        and p.normal_form in PREDICATIVE_VERBS for p in _parse(w)[1][:2])), None) \
        if role.predicate and head and not person else None
    if naming:
        # "Jari Kettunen was appointed head coach": Яри Кеттунен был назначен главным тренером — the predicate of a
        # passive of naming, instrumental (кем); also past a place ("declared a quarantine pest in Bulgaria":
        # объявлена в Болгарии карантинным вредителем), and after the impersonal active the translation may write
        # for the English passive (Горного назначили старшим инструктором)
        return Need("ablt", f"predicate of «{naming}»: instrumental", number, strong=True)
    if _quoted_apposition(tail, quoted) and not (role.modifier and own_case == "gent" and _plural_noun_before(tail)):
        # (not "two Kvartal Krasoty shops": в двух магазинах «Квартала красоты», the chain's shops — the English
        # name qualifies a plural noun, and the genitive the translation chose says so; but фабрики «Лесная фиалка»)
        return Need("nomn", QUOTED_NAME_NOMINATIVE, number, strong=True)
    if quoted and own_case == "nomn" and not role.possessive and not role.preposition and not role.indirect \
            and _noun_right_before(tail) and not _animate_noun(_parse(_WORDS.findall(tail)[-1])[1]) \
            and not TIME_NOUN.match(_WORDS.findall(tail)[-1].lower()):  # (not «В субботу | «Стальные ястребы»»)
        # 'The "Iron Shift" strike committee': Забастовочный комитет «Железная смена» — a quoted name the translation
        # wrote in the nominative right after a thing's noun is that thing's name (its apposition) unless the
        # English puts a preposition before it ("support for", "an interview to") or makes it an owner (a
        # possessive); a person's noun before it is the owner's (корреспондент «Аль-Джазиры»)
        return Need("nomn", QUOTED_NAME_AFTER_NOUN, number, strong=True)
    if name and PLACE_APPOSITION.search(tail) and role.preposition == "of" and not role.modifier \
            and re.search(r",\s*[а-яё]+\s+$", tail):  # (not «Порт Салоники», «Старый город Несебр»)
        # "Arabkir, a district of Yerevan": в Арабкире, районе Еревана — the generic noun's genitive, no apposition
        return Need("gent", f"English «of» after «{_WORDS.findall(tail)[-1]}»: genitive", number, strong=True)
    if name and PLACE_APPOSITION.search(tail) and role.of_plural and number == "sing" and any(
            p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in _parse(_WORDS.findall(tail)[-1])[1]
            if p.tag.POS == "NOUN") and len(_WORDS.findall(tail)) >= 2 and any(
            (p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur") or p.tag.POS in ("VERB", "INFN")
            for p in _parse(_WORDS.findall(tail)[-2])[1][:2]):
        # (the plural shown by the word before it: затопленные шахты, исследуют шахты; not «на берегу реки»)
        # "the flooded shafts of the Moravian Karst": затопленные шахты Моравского карста — a plural generic noun is
        # no apposition of one name, the name is its genitive
        return Need("gent", f"English «of» after the plural «{_WORDS.findall(tail)[-1]}»: genitive", number,
                    strong=True)
    if name and PLACE_APPOSITION.search(tail):
        if own_case not in (None, "nomn") and _agrees_with_generic(tail, own_case, also_own):
            return Need(own_case, "agrees with the generic noun before it, as the translation has it", number,
                        sure=False)  # в городе Созополе: agreement is right too
        if (own_case == "gent" or (own_case in (None, "nomn") and re.search(
                r"(?<![а-яё])(?:округ|район|квартал|участ|част|центр)[а-яё]*\s+$", tail, re.I))) \
                and role.preposition == "of" and len(_WORDS.findall(tail)) >= 2 \
                and _adjective(_WORDS.findall(tail)[-2]):
            # (also "the school district of Velikiye Luki": в школьном округе Великих Лук, a part of the place — not
            # "the port city of Varna", в портовом городе Варна, its apposition)
            # "the old town of Plovdiv": через старый город Пловдива — a part of the place, its genitive (not
            # «Старый город Несебр», a district's own name, capitalised)
            return Need("gent", f"English «of» after «{' '.join(_WORDS.findall(tail)[-2:])}»: a part of the place, "
                        "genitive", number, sure=own_case != "gent")
        if own_case == "gent" and _FACILITY_BEFORE.search(tail):
            # в речном порту Нукуса, аэропорт Софии: a facility of the place, the genitive is right too
            # (not «в городе Нукуса»: a town's name is its apposition)
            return Need("gent", f"a place's «{_WORDS.findall(tail)[-1]}», as the translation has it", number,
                        sure=False)
        return Need("nomn", PLACE_NAME_NOMINATIVE, number, strong=True)
    if own_case in ("datv", "ablt") and not role.subject and not person and not PLACE_APPOSITION.search(tail) \
            and not quoted and _same_case_noun_before(tail, own_case):
        return Need("gent", "after a noun: genitive (the translation copied the noun's case)", number, strong=True)
    if role.preposition == "for" and _noun_right_before(tail) and \
            _parse(_WORDS.findall(tail)[-1])[0].normal_form in FOR_DATIVE_NOUNS:
        return Need("datv", f"English «for» after «{_WORDS.findall(tail)[-1]}»: dative", number, strong=True)
    if role.preposition == "from" and not role.possessive and _noun_right_before(tail) and not _preposition(tail):
        # "in a letter from Zinaida Vspyshkina": в письме Зинаиды Вспышкиной — what comes from someone, said with no
        # «от», is the noun's genitive
        return Need("gent", f"English «from» after «{_WORDS.findall(tail)[-1]}» with no Russian preposition: genitive",
                    number, strong=True)
    if role.preposition in ENGLISH_PREPOSITIONS:  # no Russian preposition: the English one tells the case
        case, why = ENGLISH_PREPOSITIONS[role.preposition]
        if role.preposition == "of" and not _noun_right_before(tail) and not role.possessive:
            governed = _governor(tail, person, number)
            if governed is not None and governed.strong and governed.case in ("ablt", "datv") \
                    and governed.reason.startswith("governed by «"):
                # "had been in charge of X": руководил в Нарыне X — the English "of" belongs to a phrase the
                # translation made one verb, and the verb governs
                return governed
        last_verb = _parse(_WORDS.findall(tail)[-1])[0] if _WORDS.findall(tail) else None
        if role.preposition == "to" and own_case in (None, "nomn", "accs") and last_verb is not None \
                and last_verb.tag.POS == "VERB" and "tran" in last_verb.tag and not re.search(r"[ая]сь$|ся$", last_verb.word) \
                and not any(last_verb.normal_form in verbs for verbs in GOVERNMENT.values()) \
                and role.adjective_to:
            # "Doctors are new to haemovigilance": «только осваивают гемонадзор» — the English «to» belongs to an
            # adjective the translation made a transitive verb; the term is its object
            return Need("accs", f"object of «{last_verb.word}» (the English «to» is an adjective's)", number, sure=False)
        if role.preposition == "by" and (
                (own_case in ("gent", "datv") and case not in also_own)
                or (own_case == "ablt" and "nomn" not in also_own and last_verb is not None
                    and last_verb.normal_form not in GOVERNMENT["ablt"] and "tran" in last_verb.tag
                    and _agrees(_WORDS.findall(tail)[-1], number == "plur"))) \
                and _verb_right_before(tail, active=True) and not _NEGATED.search(tail):
            # (not «мост заменят | канатной дорогой»: a verb that cannot agree with it has a subject of its own, the
            # "they" of an impersonal clause; the instrumental the translation wrote is the means)
            # (also «Заключительное шоу поставила Международной федерацией»: an active transitive verb that
            # governs no instrumental wants its agent as the subject; not «прибыл контейнерным поездом», the means)
            # Делегацию возглавлял Георгия Беридзе: an agent made the subject of an active verb is no genitive
            return Need("nomn", "English «by»: the translation made the agent the subject of an active verb",
                        number, strong=True)
        if own_case not in (None, "nomn", "accs", case) and case not in also_own:
            return Need(own_case, "as the translation has it", number, sure=False)  # repairs to X: ремонт X
        first = _WORDS.findall(tail)
        if case == "datv" and role.after_noun and len(first) == 1 and _parse(first[0])[0] is not None and \
                _parse(first[0])[0].tag.POS == "NOUN" and any(p.tag.case == "nomn" for p in _parse(first[0])[1]) and \
                _parse(first[0])[0].normal_form not in TO_DATIVE_NOUNS and not role.modifier:
            # "Repairs to the Danube Bridge will close...": Ремонт Дунайского моста — the noun that opens the
            # sentence governs the genitive
            return Need("gent", f"English «to» after a noun: governed by the noun «{first[0]}»", number, strong=True)
        if case == "datv" and role.preposition == "to" and _noun_right_before(tail) and \
                _parse(_WORDS.findall(tail)[-1])[0].normal_form in TO_DATIVE_NOUNS:
            # "a loan to Georgian Railway": кредит Грузинской железной дороге (not "repairs to X": ремонт X)
            return Need("datv", f"English «to» after «{_WORDS.findall(tail)[-1]}»: dative", number, strong=True)
        if case == "datv" and role.preposition == "to" and len(first) >= 2 and _noun_right_before(tail) \
                and _parse(first[-2])[0] is not None and _parse(first[-2])[0].tag.POS == "NOUN" \
                and _parse(first[-2])[0].normal_form in TO_DATIVE_NOUNS \
                and all(p.tag.case == "gent" for p in _parse(first[-1])[1] if p.tag.POS == "NOUN"):
            # "The registry's letter to X": Письмо реестра | X — the sender's genitive between the noun and its
            # addressee; письмо кому: dative
            return Need("datv", f"English «to» after «{first[-2]} {first[-1]}»: dative", number, strong=True)
        if case == "datv" and _noun_right_before(tail) and not _object_of_verb_before(tail) \
                and not _dative_governor_before_noun(tail) \
                and not re.search(r"(?:\d|млн|млрд|тыс)\.?\s+[а-яё]+\s+$", tail) \
                and not (_in_prepositional_phrase(tail, adjectives=True) and not role.modifier):
            # (сдал землю в аренду | X: the verb's dative; but "to the Sea of Azov coast": на побережье | X)
            governed = _governor(tail, person, number)  # donors to X: донорами X; a letter to X: письмо X
            other = _governor(tail, person, number, english_object=True)
            if governed is not None and governed.reason.startswith("governed by the noun") and other is not None \
                    and other.case == "accs" and _parse(_quoted_word(other.reason))[0] is not None \
                    and _parse(_quoted_word(other.reason))[0].normal_form in ACCUSATIVE_OF_RECIPIENT:
                # «наградила медалью | X» for "awarded a medal to X": the instrumental before it is the verb's other
                # object (наградить кого чем), no noun X hangs on
                return Need("accs", other.reason + " (кого чем): accusative", number, strong=True)
            if governed is not None and governed.reason.startswith("governed by the noun"):
                return governed
        last = _WORDS.findall(tail)[-1] if _WORDS.findall(tail) else ""
        if case == "datv" and own_case == "nomn" and _verb_right_before(tail, active=True) \
                and not _governs_oblique(last) and _parse(last)[0].normal_form not in TO_IS_DATIVE \
                and _agrees(last, number == "plur" or bool(_COORDINATED_AFTER.match(after))):
            # "The prize went to X": Премию получили X — the translation made X the subject of its verb
            return Need("nomn", "English «to», but the translation made it the subject of the verb before it", number,
                        sure=False)
        if case == "datv" and role.preposition == "to" and _WORDS.findall(tail) \
                and _parse(_WORDS.findall(tail)[-1])[0] is not None \
                and _parse(_WORDS.findall(tail)[-1])[0].normal_form in TO_IS_ACCUSATIVE:
            # "refused to lend to the Refinery": отказываются кредитовать завод — the Russian verb takes its object in
            # the accusative, whatever the English "to"
            return Need("accs", f"object of «{_WORDS.findall(tail)[-1]}» (English «to»)", number, strong=True)
        if case == "datv":
            governed = _governor(tail, person, number)
            verb = re.search(r"«([^»]+)»", governed.reason) if governed is not None else None
            if verb and governed.case == "accs" and _parse(verb.group(1))[0] is not None and \
                    _parse(verb.group(1))[0].normal_form in ACCUSATIVE_OF_RECIPIENT:
                return governed  # "feeds disinformation to X": снабжает X дезинформацией (the Russian verb decides)
        if role.preposition == "with" and _noun_right_before(tail) and \
                _parse(_WORDS.findall(tail)[-1])[0].normal_form in WITH_GENITIVE_NOUNS:
            # "compliance with the minimum flow": соблюдения минимального экологического стока (соблюдать что)
            return Need("gent", f"English «with» after «{_WORDS.findall(tail)[-1]}»: genitive", number, strong=True)
        clause_words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])
        if role.preposition == "with" and not _preposition(tail) and any(
                _parse(w)[0] is not None and _parse(w)[0].normal_form in THING_GIVEN_ACCUSATIVE
                and _parse(w)[0].tag.POS in ("VERB", "INFN", "GRND") for w in clause_words[-6:]):
            # "the farmer who supplied the Combine with cocoons": поставлял комбинату коконы — поставлять кому
            # что, the thing given is the accusative (снабжать кого чем keeps the instrumental)
            verb = next(w for w in reversed(clause_words[-6:]) if _parse(w)[0] is not None
                        and _parse(w)[0].normal_form in THING_GIVEN_ACCUSATIVE)
            return Need("accs", f"the thing given by «{verb}» (English «with»): accusative", number, strong=True)
        if role.preposition == "with":  # "treated with remdesivir": лечить ремдесивиром; a governor decides first
            governed = _governor(tail, person, number)
            participle = _WORDS.findall(tail)[-1] if _WORDS.findall(tail) else ""
            if governed is not None and governed.reason.startswith("agent of the passive") and \
                    _parse(participle)[0] is not None and _parse(participle)[0].normal_form in GOVERNMENT["datv"]:
                # "shared with NASA": переданы НАСА — the passive of a verb of giving takes the recipient, dative
                return Need("datv", f"governed by «{participle}» (the recipient)", number, strong=True)
            if governed is not None and (governed.strong or (governed.case == "datv" and
                                                             governed.reason.startswith("governed by the noun"))):
                return governed  # (an interview with Dozhd: интервью «Дождю»)
            if governed is not None and governed.case == "gent" and governed.reason.startswith("governed by the noun") \
                    and _noun_right_before(tail) and _in_prepositional_phrase(tail) \
                    and own_case in (None, "nomn", "gent", "accs"):
                # "interfered with the Combine": вмешивались в работу Северного комбината — the noun the translation
                # put before it governs
                return Need("gent", governed.reason + " (English «with» has no Russian preposition here)", number)
            if re.search(r"(?<![а-яё])(?:по)?(?:жал|жала|жали|жму|жмёт|жмет|жмут|жать|жимает|жимают|жимал\w*)\s+"
                         r"(?:ему\s+|ей\s+)?руку\s+$", tail, re.I):
                # "shook hands with Kemal Özdemir": пожал руку Кемалю Оздемиру — пожать руку кому (Rosenthal)
                return Need("datv", "«пожать руку» кому: dative", number, strong=True)
            if person or animate():
                # "filed with the Children's Ombudsman", "shook hands with Kemal Özdemir": a person is seldom the
                # means; often the instrumental is right all the same (недовольны X, заменило X), but a verb may
                # govern the dative (подали детскому омбудсмену, пожал руку Кемалю): said in the reason, checked
                return Need(case, WITH_A_PERSON, number)
            return Need(case, why, number)
        if case == "ablt":
            governed = _governor(tail, person, number)
            if governed is not None and (governed.reason.startswith("agent of the passive")
                                         or (governed.strong and _active_participle_before(tail))):
                return governed  # a passive's agent, past a prepositional phrase (связан с Калафатом мостом);
            #                      an active participle's government (принадлежащая Болгарскому энергетическому холдингу)
            verb = _WORDS.findall(tail)[-1] if _WORDS.findall(tail) else ""
            if _verb_right_before(tail, active=True) \
                    and _parse(verb)[0].normal_form in set(GOVERNMENT["datv"]) - DATIVE_OF_PERSON \
                    and _governor(tail, person, number) is not None:  # (not «им угрожал X»: the dative is taken)
                # «Клуб принадлежит Стояну Петканову» ("owned by"): the verb's own government
                return Need("datv", f"governed by «{verb}»", number, strong=True)
            if role.means and not person and not name and _verb_right_before(tail, active=True):
                # "moved by neonatal ambulance": перевезли неонатальным реанимобилем — a vehicle after a verb of
                # carrying or travelling and "by" is the means, not an agent: the instrumental
                return Need("ablt", "English «by» after a verb of carrying: the means, instrumental", number,
                            strong=True)
            if (_verb_right_before(tail, active=True) and not (own_case == "ablt" and _subject_before_verb(tail))
                and not (own_case == "ablt" and re.search(r"(?:ся|сь)\s*$", tail))
                and not (own_case == "ablt" and _WORDS.findall(tail)
                         and not _agrees(_WORDS.findall(tail)[-1], number == "plur"))) \
                    or _fronted_instrumental(tail):  # (not «заменят | канатной дорогой», as above)
                # (not «отравились бледными поганками» "poisoned by": a reflexive verb's instrumental is the means)
                # управляет Томас Уэйнрайт (not «Груз прибыл поездом»: by means)
                # (also «Подготовкой занималась X»: the verb's instrumental is before it, X is the subject)
                return Need("nomn", "English «by»: the translation made the agent the subject of an active verb",
                            number, strong=True)
            elif not _CLAUSE_BREAK.split(tail)[-1].strip(" *_"):
                # (also after markup: «Куратор выставки — **Этьен Видаль**»)
                # «Организация «Шалом» вручила награду»: nothing before it, the agent is the subject
                return Need("nomn", "English «by»: the translation made the agent the subject", number, sure=False)
            elif _passive_in_clause(tail) and (role.agent or not _noun_right_before(tail)
                                               or _in_prepositional_phrase(tail) or not any(
                                                   p.tag.case == "nomn" for p in _parse(_WORDS.findall(tail)[-1])[1])):
                # внесено в реестр Роскомнадзором: a passive past a prepositional phrase (not "works by X" after a
                # noun, «представлены работы | Стояна Икономова»: the noun's author, genitive)
                return Need("ablt", "English «by»: agent of the passive before it", number, strong=True)
            elif own_case == "nomn" and _active_verb_in_clause(tail) and (
                    not _noun_right_before(tail) or re.search(r"(?:\d|млн|млрд|тыс)\.?\s+[а-яё]+\s+$", tail)
                    or (_in_prepositional_phrase(tail) and _accusative_first(tail) and not re.search(
                        r"(?<![а-яё])(?:после|до|для|без|из-за|от|вследствие|ходе|время)\s+[а-яё]+\s+$", tail, re.I))):
                # (Молдову похвалило за реформы | Энергетическое сообщество: the object is before the verb; not "after a
                # visit by plumbing inspectors": после визита сантехнических инспекторов, the agent of a noun)
                # «Компанию оштрафовало на 3 млн манатов Азербайджанское агентство»: the passive made active, the
                # agent is the subject of the verb before it (a noun between is no owner of it)
                return Need("nomn", f"English «by»: the translation made the agent the subject of "
                                    f"«{_active_verb_in_clause(tail)}» before it", number, sure=False)
            elif role.agent and own_case in (None, "nomn", "gent") and _in_prepositional_phrase(tail) \
                    and _active_verb_in_clause(tail, transitive=False):
                # "The soloists were accompanied by X at the piano": Солистам аккомпанировал за роялем X — the
                # agent, subject of the active verb; the noun before it is in a phrase of its own
                return Need("nomn", f"English «by» after a passive: the translation made the agent the subject of "
                                    f"«{_active_verb_in_clause(tail, transitive=False)}»", number, sure=False)
            elif role.agent and verb and not tail.rstrip().endswith(",") and any(
                    p.tag.POS in ("PRTF", "PRTS") and ("pssv" in p.tag or p.word.endswith(("ся", "сь")))
                    for p in _parse(verb)[1][:2]):
                # "Managed by the Chistota company, the landfill": Управлявшийся муниципальным предприятием — the
                # agent of a passive (or reflexive) participle right before it, instrumental
                return Need("ablt", f"English «by»: agent of «{verb}»", number, strong=True)
            elif role.agent and own_case in (None, "nomn") and (active := _active_verb_in_clause(tail)) and re.search(
                    r"(?<![а-яё])" + re.escape(active) + r"\s+(?:[а-яё]+\s+){1,3}$", tail, re.I) and any(
                    p.tag.POS == "VERB" and "past" in p.tag and (
                        ("plur" in p.tag) == (number == "plur")
                        and (number == "plur" or str(gender() or "") in ("", str(p.tag.gender))))
                    for p in _parse(active)[1][:2]):
                # "An office in Vidin was opened by the Danube Seed Company": «В Видине открыла офис Дунайская семенная
                # компания» — the passive made active, its object between the verb and the agent, now its subject
                # (the verb agrees with it; also past a time: «опубликовало в понедельник Болгарское агентство»)
                return Need("nomn", f"English «by» after a passive: the translation made the agent the subject of "
                                    f"«{active}» (its object between them)", number, sure=False)
            elif role.agent and (aside := re.search(
                    r"(?<![а-яё])([а-яё]{4,})\s+(?:после|до|в\s+ходе|спустя|через|по\s+итогам|в\s+результате)\s+"
                    r"[^,.;:!?]{3,80}$", _CLAUSE_BREAK.split(tail)[-1], re.I)) and any(
                        p.tag.POS == "PRTS" and "pssv" in p.tag for p in _parse(aside.group(1))[1][:2]):
                # "was approved, after weeks of talks, by the Agency": одобрена после нескольких недель переговоров
                # Федеральным агентством — the agent of the participle before the phrase of time, instrumental
                return Need("ablt", f"English «by»: agent of «{aside.group(1)}» (past a phrase of time)", number,
                            strong=True)
            elif not _verb_right_before(tail):  # a speech by X: речь X, genitive
                case, why = "gent", "English «by» after a noun: genitive"
        if case != "gent" or not _verb_right_before(tail):
            return Need(case, why, number)

    if own_case and own_case not in ("nomn", "accs") and not role.subject:
        governed = _governor(tail, person or role.indirect, number, english_object=role.object and person)
        # (the English object of a verb past a prepositional phrase: «вызвал на допрос | Глеба Стародубова»)
        if role.direct and _thing_given(governed):
            return _thing_given(governed)
        if also_own:  # spelt alike in several cases (Колесникова: genitive and accusative): the governor picks
            if governed is not None and governed.case in also_own:
                return Need(governed.case, governed.reason, number, sure=False)
        if own_case == "datv" and governed is not None and governed.case == "accs" \
                and governed.reason.startswith("object of «") and _parse(_quoted_word(governed.reason))[0] is not None \
                and _parse(_quoted_word(governed.reason))[0].normal_form in ACCUSATIVE_OF_RECIPIENT:
            # "awarded Trendafilov a medal": наградил Трендафилова медалью — кого чем, whatever the English "to"
            return Need("accs", governed.reason + " (кого чем): accusative", number, strong=True)
        if own_case == "gent" and governed is not None and governed.case == "accs" \
                and governed.reason.startswith("object of «") and _instrumental_after(after, adjectives=True) \
                and _parse(_quoted_word(governed.reason))[0] is not None \
                and _parse(_quoted_word(governed.reason))[0].normal_form in PREDICATIVE_VERBS:
            # «не признал ассоциацию „Пена“ профсоюзом»: кого кем — with its predicate in the instrumental the object
            # stays accusative under negation too (Rosenthal: the genitive is not used with such a predicate)
            return Need("accs", governed.reason + " (кого кем, the instrumental after it): accusative", number,
                        strong=True)
        if own_case == "gent" and not (person or maybe_person) and governed is not None and governed.case == "accs" \
                and governed.reason.startswith("object of") and not _NEGATED.search(tail) \
                and not _numeral_word_before(tail) \
                and not _coordinated_with_same_case(tail, "gent") \
                and not (role.preposition in ("at", "of", "from") and _substantive_before(tail)):
            # (not «ранил рабочего | стекольного завода» "a worker at": the adjective is a noun, X its genitive)
            # пересекает Карпат: a transitive verb, not negated, takes the accusative, not the genitive
            return Need("accs", governed.reason + ", not negated: accusative", number, strong=True)
        if own_case == "ablt" and governed is not None and governed.case == "accs" and \
                governed.reason.startswith("object of") and _instrumental_after(after) and not role.preposition:
            # наделил Администрацию ... новыми полномочиями: кого чем (the instrumental is the noun after it)
            return Need("accs", governed.reason + ", with an instrumental after it: accusative", number, strong=True)
        if own_case in ("datv", "ablt") and governed is not None and governed.case == "accs" and not (
                role.preposition or role.indirect or role.modifier or role.possessive or role.complement) and \
                governed.reason.startswith("object of") and not (_NEGATED.search(tail) and own_case == "datv") and \
                not _governs_oblique(_quoted_word(governed.reason)) and \
                not _maybe_intransitive(_quoted_word(governed.reason)):
            # критикует Совету Европы for "criticised the Council of Europe": the English direct object of a
            # transitive verb whose government is not the dative or instrumental is its accusative object
            return Need("accs", governed.reason + ": accusative (the English object has no preposition)", number,
                        strong=True)
        verbal = _WORDS.findall(tail)[-1] if _WORDS.findall(tail) and not _preposition(tail) else ""
        if own_case in ("datv", "ablt") and role.object and not role.preposition and verbal[:1].islower() \
                and any(p.tag.POS == "NOUN" and p.normal_form.endswith(("ние", "тие")) and p.tag.case in ("nomn", "accs")
                        for p in _parse(verbal)[1][:1]):
            # «за применение наручниками» for "for using handcuffs": the English gerund is a Russian verbal noun,
            # whose object is its genitive (применение наручников); the verb's case it was written in goes
            return Need("gent", f"governed by the verbal noun «{verbal}» (an English gerund's object)", number,
                        strong=True)
        return Need(own_case, "as the translation has it", number, sure=False)
    relative_object = bool(re.search(r"(?<![а-яё])котор(?:ые|ую|ое|ый|ых|ой|ому|ым|ыми|ого|ом)\s+(?:[а-яё]+\s+){1,3}$",
                                     tail, re.I))  # (которой частично владеет X: the relative is the object)
    if role.subject and "datv" in (own_case,) + tuple(also_own) and not _preposition(tail) and not role.passive \
            and _dative_first_verb_after(after):
        # "The Balkan Broadcasting Company owns 12 radio masts": Балканской радиокомпании принадлежат 12 радиомачт —
        # the translation made the English subject the dative of the verb after it
        return Need("datv", f"the dative of «{_dative_first_verb_after(after)}» after it", number, strong=True)
    if role.subject and not role.modifier and own_case == "gent" and not _NEGATED.search(tail) and not _preposition(tail) \
            and not _coordinated_with_same_case(tail, "gent") and not _QUANTITY_AFTER.match(after) \
            and not role.passive and (relative_object or _governor(tail, person, number) is None
                                      or _governor(tail, person, number).reason.startswith("object of")):
        # (also «Вызов получил именно X»: a verb's object slot is taken, X after it is its subject)
        return Need("nomn", "subject of its clause (nothing governs the genitive the translation wrote)", number,
                    strong=True)  # что Черноморский банк ... намерен; которые собрал Жуковский
    if role.subject and own_case == "accs" and "nomn" not in also_own and not role.passive and not role.fronted \
            and not _preposition(tail) and not _NEGATED.search(tail) and (relative_object or (
                _governor(tail, person, number) is None and _governor_after(after, person, number, transitive=True) is None)):
        # (пересчёт, который в пятницу назначила | Центральная избирательная комиссия: «который» is the object)
        return Need("nomn", "subject of its clause (nothing governs the accusative the translation wrote)", number,
                    strong=True)  # урегулировать спор должна Всемирную торговую организацию
    if role.subject and own_case in ("ablt", "datv") and not role.passive and not _preposition(tail) \
            and ((_governor(tail, person, number) is None and _verb_after_agrees(after, number, dative=own_case == "datv"))
                 or (own_case == "ablt" and _after_copula(tail) and _infinitive_before(tail))):
        # «Российским морским регистром ..., который ..., от комментариев отказался», «которому Елене Заречной
        # передала», «Контролировать будет Федеральным агентством»: a finite verb agrees with it, the subject
        return Need("nomn", "subject of the verb after it (it agrees with it)", number, strong=True)
    if role.subject and role.inverted and own_case in ("accs", "gent") and not _NEGATED.search(tail):
        # "Taking part in the fair were the Yakhont factory, ...": a subject after a fronted phrase, never an
        # accusative or a noun's genitive (В ярмарке приняли участие ювелирная фабрика «Яхонт»: «участие» is the
        # verb's object)
        return Need("nomn", INVERTED_SUBJECT, number, strong=True)
    if role.subject and own_case == "gent" and not role.passive and not _NEGATED.search(tail) \
            and _subjectless_verb_and_object(tail, number):
        # "In Podolsk, the Northern Institute has opened a test track": В Подольске открыл испытательный трек
        # Северный институт — the verb before has its object and no subject; the English subject put after it
        return Need("nomn", f"subject of «{_subjectless_verb_and_object(tail, number)}» after its object", number,
                    strong=True)
    if role.subject and own_case == "gent" and not role.passive and _noun_right_before(tail) \
            and (_governor(tail, person, number) or Need("")).reason.startswith("governed by the noun"):
        # "after Zoltan Kertesz spoke": после выступления Золтана Кертеса — the translation made the English
        # subject the genitive of a noun of its own
        return Need("gent", f"the translation made it the genitive of «{_WORDS.findall(tail)[-1]}»", number,
                    sure=False)
    if role.subject and own_case == "nomn" and not role.passive and _noun_right_before(tail) \
            and (_governor(tail, person, number) or Need("")).reason.startswith("governed by the noun") \
            and _subject_taken_before(tail):
        # "whose migration card had expired": у которой истёк срок действия | миграционной карты — the verb
        # before has its own subject (срок), the English subject is the genitive of the noun chain after it
        return Need("gent", f"the translation made it the genitive of «{_WORDS.findall(tail)[-1]}» (the verb "
                            f"«{_subject_taken_before(tail)}» has its own subject)", number)
    if role.subject and own_case not in (None, "nomn", "accs") and _governor(tail, person, number) is None:
        return Need(own_case, "the translation made it an oblique case", number, sure=False)
    if role.subject and role.passive:  # "Belova was thanked by the chamber": Палата поблагодарила Белову
        governed = _governor_after(re.sub(r"^\s*,\s*(?:как|по словам|по данным|по сообщению|сообщил\w*|заявил\w*)\s[^,]{1,80},",
                                          " ", re.sub(r"^\s*,\s*ни\s+(?:[А-ЯЁ][\w-]*\s*)+", " ", after)),  # «Ни X, ни Y не
                                   person, number, transitive=True)  # сообщили»; Банком руководит X; Кирилову
        if governed is not None and own_case == "gent" and _noun_before_in_case(tail, governed):
            return _noun_before_in_case(tail, governed)
        if governed is not None and governed.reason.startswith("governed by the impersonal «") and number == "sing" \
                and own_case in (None, "nomn") and str(gender() or "") == "neut":
            # "Chrome tanning was banned": Хромовое дубление было запрещено — the neuter short participle agrees with
            # a neuter subject; it is impersonal only for another (Кемалю Озтюрку было предъявлено)
            return Need("nomn", f"subject of «{_quoted_word(governed.reason)}» after it (it agrees with it)", number,
                        sure=False)
        if governed is not None and own_case in (None, "nomn") and _parse(_quoted_word(governed.reason))[0] is not None \
                and _parse(_quoted_word(governed.reason))[0].normal_form in ("пройти", "проходить") \
                and _verb_after_agrees(after, number) and all(
                    any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in _parse(w)[1])
                    for w in _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])):
            # (also after its own adjectives: «Весенняя | ремесленная ярмарка проходит»)
            # (only a term that opens its clause: not «Конкурс имени | Рашада Алиева пройдёт»)
            # "The World Dog Show will be held in Sochi": Всемирная выставка собак пройдёт в Сочи — «пройти» here
            # is "take place", its subject the English passive's; not an object
            return Need("nomn", f"subject of «{_quoted_word(governed.reason)}» (takes place) after it", number, sure=False)
        if governed is not None:  # во вторник предъявили обвинение; Журавлёва губернатор не пригласил
            return replace(governed, strong=True)
        governed = _governor(re.split(r",\s*(?:и|а|но|однако)\s+", tail)[-1], person, number)
        # (not «Депутаты проголосовали против плана, и теперь | X в изоляции»: a verb of the clause before)
        if governed is not None and not governed.reason.startswith(("agent of the passive", "governed by the noun")):
            return governed  # (not «После утечки | X был закрыт»: a noun of a phrase before it governs nothing)
    if role.subject and IMPERSONAL_AFTER.match(after):
        governed = _governor(tail, person, number)  # «В заявлении X говорится»: no subject slot, the noun governs
        if governed is not None and governed.case == "gent":
            return Need("gent", governed.reason + " (the verb after it has no subject)", number, strong=True)
    if role.subject and own_case in (None, "nomn") and not _preposition(tail):
        verb = _fronted_recipient(tail, after)
        if verb:  # "The WTO recommended that the bank cut its fees": Банку ВТО рекомендовала снизить комиссии
            return Need("datv", f"the one told to do something, before «{verb}» and its own subject", number,
                        strong=True)
    if role.subject and own_case in (None, "nomn") and number == "sing" and str(gender() or "") in ("masc", "femn") \
            and not _preposition(tail) and (impersonal := _impersonal_verb_after(after)):
        # "The fire road to the tower was washed out": «Противопожарную дорогу к вышке размыло» — the English
        # passive made an impersonal active (neuter, no subject); the term is its object
        return Need("accs", f"object of the impersonal «{impersonal}» after it (no subject agrees with it)", number)
    if role.subject and role.passive and role.preposition != "by" and own_case == "ablt" and not person \
            and (agent := _governor(tail, person, number)) is not None \
            and agent.reason.startswith("agent of the passive «") \
            and _short_participle_agrees(_quoted_word(agent.reason), number, gender):
        # "The Association was founded in Belgorod": была основана Северная ассоциация — the English passive's
        # subject after the Russian participle that agrees with it; the instrumental the translation wrote makes it
        # an agent the English does not have (no "by")
        return Need("nomn", f"subject of the passive «{_quoted_word(agent.reason)}» before it (it agrees with it; "
                    "no English «by»)", number, strong=True)
    if role.subject:
        return Need("nomn", INVERTED_SUBJECT if role.inverted else "subject of its clause", number,
                    strong=role.inverted)  # (a list after it shares the strong reading: Лука Бернаскони и ...)
    governed = _governor(tail, person or role.indirect, number,
                         apposition=not (role.possessive or role.preposition in ("of", "for")),
                         english_object=(role.object or role.direct or (sure_person and not role.possessive and not role.appositive))
                         and not role.modifier and not role.preposition)
    if governed is not None and role.modifier and governed.case == "ablt" and governed.reason.startswith("what «") \
            and _WORDS.findall(tail) and _parse(_WORDS.findall(tail)[-1])[0] is not None \
            and _parse(_WORDS.findall(tail)[-1])[0].tag.POS == "NOUN":
        # "announced the Silver Oar Award winners": объявило лауреатов премии — the English term qualifies the noun
        # before it in Russian, its genitive; not what the verb makes its object
        return Need("gent", f"governed by the noun «{_WORDS.findall(tail)[-1]}» (the English term qualifies it)", number)
    if governed is not None and governed.case == "gent" and governed.reason.startswith("governed by «") \
            and own_case == "accs" and _parse(_quoted_word(governed.reason))[0] is not None \
            and _parse(_quoted_word(governed.reason))[0].normal_form in ACCUSATIVE_OF_PERSON and animate():
        # «ждали косатку»: ждать кого — a being waited for takes the accusative (as a person does)
        return Need("accs", f"a being waited for: object of «{_quoted_word(governed.reason)}»", number, strong=True)
    if governed is not None and governed.case == "gent" and governed.reason.startswith("governed by «") \
            and own_case in ("nomn", "accs") and "accs" in (own_case, *also_own) and not animate() \
            and _parse(_quoted_word(governed.reason))[0] is not None \
            and _parse(_quoted_word(governed.reason))[0].normal_form in GENITIVE_OR_ACCUSATIVE:
        # «Таможня потребовала фитосанитарный сертификат»: требовать takes the genitive of the
        # abstract and the accusative of a thing (Rosenthal); the translation's accusative stays
        return Need("accs", f"object of «{_quoted_word(governed.reason)}» (the genitive or the accusative): as the "
                            "translation has it", number, sure=False)
    if governed is not None and governed.case == "datv" and governed.reason.startswith("governed by the noun") \
            and role.preposition == "from":
        # "The letter from Dorota Krawczyk": письмо Дороты Кравчик — the sender, the genitive (письмо кому: "to")
        return Need("gent", governed.reason.replace("governed by", "after") + " (English «from»): genitive", number,
                    strong=True)
    if governed is not None and governed.case == "gent" and governed.reason.startswith("governed by the noun") \
            and own_case == "nomn" and not role.possessive and not role.preposition and _fronted_phrase_only(tail) \
            and _verb_after_agrees(after, number):
        # "A shortage of newsprint forced the Zarnitsa newspaper to cut pages": Из-за нехватки газетной бумаги
        # газета «Зарница» была вынуждена — the translation made it the subject of the verb after it; the noun
        # before it belongs to a fronted phrase of its own
        return Need("nomn", "the subject of the verb after it, past a fronted prepositional phrase (as the "
                    "translation has it)", number, sure=False)
    if governed is not None and governed.case == "gent" and governed.reason.startswith(("in apposition to", "governed by the noun")) \
            and role.indirect and not role.appositive and not role.possessive:
        recipient = _dative_verb(tail)
        if recipient:
            # "offered Arkady Zhemchugov the post of general director": предложил пост генерального директора
            # Аркадию Жемчугову — the English recipient is the verb's dative, not the title's apposition
            return Need("datv", f"the recipient of «{recipient}» (English indirect object)", number, strong=True)
    if governed is not None and governed.reason.startswith("governed by «") and own_case in ("nomn", "accs") and \
            _WORDS.findall(tail) and governed.reason == f"governed by «{_WORDS.findall(tail)[-1]}»":
        adjective, adjective_parses = _parse(_WORDS.findall(tail)[-1])
        if adjective is not None and adjective.normal_form in ADJECTIVE_GOVERNMENT and any(
                p.tag.POS == "ADJF" and p.tag.case in (own_case, *also_own) for p in adjective_parses):
            governed = None  # «самый известный спа-курорт Болгарии»: the adjective agrees with it, no government
    # (не впустили в страну | Светлану Дубровскую: a person after a place's phrase is no genitive of it)
    # (построил для студентов | киберполигон: the English object of "built", past a prepositional phrase)
    if governed is not None and governed.reason.startswith("agent of the passive «") and role.preposition != "by" \
            and _REFLEXIVE_GOVERNOR.search(governed.reason) and own_case in (None, "nomn", "accs"):
        # не упоминались Голанские высоты: a reflexive verb's subject, not its agent, when the English has no "by"
        return Need("nomn", f"subject of the reflexive «{_REFLEXIVE_GOVERNOR.search(governed.reason).group(1)}»",
                    number, sure=False)
    if governed is not None and governed.reason.startswith("agent of the passive «") and role.object \
            and not role.preposition and own_case in (None, "nomn") \
            and _short_participle_agrees(_quoted_word(governed.reason), number, gender):
        # "The collection uses only flax": В коллекции использован только лён — the English object of an active
        # verb became the subject of the Russian passive, which agrees with it (its agent would be English "by")
        return Need("nomn", f"subject of the passive «{_quoted_word(governed.reason)}» (the English object, no "
                    "«by»)", number, sure=False)
    if governed is not None and governed.reason.startswith("agent of the passive «") and role.preposition in ("to", "for") \
            and _parse(_quoted_word(governed.reason))[0] is not None \
            and _parse(_quoted_word(governed.reason))[0].normal_form in GOVERNMENT["datv"]:
        # "the questions were for Dmitry Zharov": адресовано Дмитрию Жарову — the recipient of a verb of giving
        # or addressing, not its agent (that would be English "by")
        return Need("datv", f"the recipient of «{_quoted_word(governed.reason)}» (English «{role.preposition}»)", number,
                    strong=True)
    if governed is not None and governed.reason.startswith("agent of the passive «") and own_case not in (None, "ablt") \
            and any(_participle_agrees(_quoted_word(governed.reason), c, number) for c in (own_case, *also_own)):
        governed = None  # «отреставрированную мечеть Томбул»: the participle qualifies the term, no agent
    if role.direct and _thing_given(governed):
        return _thing_given(governed)
    if role.indirect and governed is not None and governed.case == "accs" and governed.reason.startswith("object of «") \
            and _thing_after(after, genitive=bool(_NEGATED.search(tail))):
        # (also negated: «так и не выдал Ставреву разрешение» — the recipient of a verb of giving stays the dative)
        # "refused to give Pavel Zhuravsky the voter lists": выдать Павлу Журавскому списки — the recipient
        return Need("datv", governed.reason.replace("object of", "the recipient after") + ": dative", number,
                    strong=True)
    if governed is not None and governed.case == "datv" and ((re.match(r"\s*(?:в|во|на|к|ко)\s", after) and not (
            re.match(r"\s*(?:в|во|на)\s+([А-ЯЁа-яё-]+)", after) and (all(
                p.tag.case in ("loct", "loc2") for p in _parse(re.match(r"\s*(?:в|во|на)\s+([А-ЯЁа-яё-]+)",
                                                                         after).group(1))[1][:2])
                or re.match(r"\s*(?:в|во|на)\s+[А-ЯЁ][а-яё-]*[^иыо\s]е[\s,.;]", after))))
            # (not «передаст X в Добриче, Осиеке»: where X is, a place in the prepositional; but «в Великие Луки», a
            # plural adjective's -ие, is where to)
                                                           or _infinitive_first(after)
                                                           or re.search(r"(?<![а-яё])(?:в|во|на|к|ко)\s+\S+\s+$", tail)) \
            and SEND.search(governed.reason):  # (направила Юлию Вебер наблюдать: sent to do something)
        return Need("accs", governed.reason + ", sent somewhere: accusative", number, strong=governed.strong)
    if governed is not None and governed.case == "accs" and governed.reason.startswith("object of «") \
            and _infinitive_first(after) and (_parse(_quoted_word(governed.reason))[0] is not None) \
            and _parse(_quoted_word(governed.reason))[0].normal_form in _TELL_TO_DO:
        # "advised the Central Bank to raise": рекомендовал Центральному банку повысить — the one told, dative
        return Need("datv", governed.reason.replace("object of", "told to do something by") + ": dative", number,
                    strong=True)
    if governed is not None and governed.case == "datv" and governed.strong and _instrumental_after(after) \
            and (_parse(_quoted_word(governed.reason))[0] is None
                 or _parse(_quoted_word(governed.reason))[0].normal_form not in DATIVE_AND_INSTRUMENTAL):
        # объявила Ребекку Стоун персоной нон грата: кого кем (not «грозят ассоциации банкротством»: кому чем)
        return Need("accs", governed.reason + ", with an instrumental complement: accusative", number, strong=True)
    if governed is not None and own_case == "nomn" and "nomn" not in (governed.case,) and \
            governed.reason.startswith("governed by the noun") and _pp_noun_before(tail) and \
            not role.possessive and not role.preposition and (_verb_after_agrees(after, number)
                                                              or _passive_after_agrees(after, number)):
        # (not "Under pressure from X, the regulator approved": Под давлением Министерства ... регулятор одобрил)
        # «В финале Михаил Воронин встретился»: a noun of a phrase before it and a verb after it that agrees
        return Need("nomn", "subject of the verb after it (it agrees with it)", number, sure=False)
    if governed is not None and "accs" in (own_case, *also_own) and role.object and not role.possessive \
            and not role.preposition and governed.reason.startswith("governed by the noun") and _pp_noun_before(tail):
        verb = _governor_after(after, person, number, transitive=True)
        if verb is not None and verb.case == "accs":
            # "The report accuses the Agency of...": В докладе Государственное агентство ... обвиняют — the English
            # object, fronted before its verb past a prepositional phrase, is no genitive of that phrase's noun
            return Need("accs", verb.reason + " (the English object, before its verb)", number, sure=False)
    if governed is not None and governed.case == "datv" and governed.reason.startswith("governed by «") \
            and _parse(_quoted_word(governed.reason))[0] is not None \
            and _parse(_quoted_word(governed.reason))[0].normal_form in DATIVE_OF_PERSON and _recipient_after(after):
        # "recommend Levan Gelashvili to foreign couples": рекомендуют Левана Гелашвили иностранным парам — the
        # recipient is the dative after it, the term the one recommended
        return Need("accs", f"object of «{_quoted_word(governed.reason)}» (its dative is after it)", number,
                    strong=True)
    if governed is not None and governed.case == "accs" and governed.reason.startswith("object of «") \
            and _parse(_quoted_word(governed.reason))[0] is not None \
            and _parse(_quoted_word(governed.reason))[0].normal_form in DATIVE_OF_PERSON \
            and _thing_after(after) and animate():
        # «компенсировало табаководам ущерб»: beings before the thing given are its recipients, dative
        return Need("datv", governed.reason.replace("object of", "the recipient after") + ": dative", number,
                    strong=True)
    if governed is not None:
        return governed
    opener = _WORDS.findall(tail[-30:])
    object_first = role.object and not (opener and opener[-1].lower() in _CLAUSE_OPENERS)  # (что Рахимова проиграет)
    if own_case == "nomn" and not role.fronted and opener and opener[-1].lower() in ("что", "чтобы", "если", "когда") \
            and tail.rstrip().lower().endswith(opener[-1].lower()) and _verb_after_agrees(after, number):
        # "Analysts expect Lapshin to sell": ожидают, что Лапшин продаст — the English object made the subject of a
        # clause of its own, before its verb, which agrees with it
        return Need("nomn", f"subject of the clause «{opener[-1]}» opens (its verb after it agrees with it)", number,
                    sure=False)
    if own_case == "nomn" and number == "sing" and not _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]) \
            and _plural_subject_after(after):
        object_first = True  # «Стефан Радев инспекторы не пригласили»: the verb agrees with another subject
    not_subject = own_case == "nomn" and number == "sing" and not _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]) \
        and (_plural_verb_after(after) or (role.passive and _subject_after_verb(after)))
    # «Ирина Жуковская помогают 15 волонтёров», «Стефан Димитров интересуются три компании»: the verb after it does
    # not agree with it; "X is run by Y": «X руководит Маргарита Димитрова» — the English agent after the verb is
    # its subject. Either way X is the verb's object
    governed = _governor_after(after, person or role.indirect, number,
                               transitive=role.fronted or object_first or not_subject, not_subject=not_subject)
    if governed is not None and own_case == "nomn" and governed.case == "datv" and not role.object \
            and not role.fronted and not not_subject and person and str(gender() or "") in ("masc", "femn") and any(
                p.tag.POS == "VERB" and "past" in p.tag and "sing" in p.tag and str(gender()) in p.tag
                for p in _parse(_quoted_word(governed.reason))[1][:2]):
        # «Директор института «Эстетика» Зоя Прибыткина объявила»: the past verb after it agrees with her in gender;
        # she is its subject, not its dative
        return Need("nomn", f"subject of «{_quoted_word(governed.reason)}» after it (it agrees with it)", number,
                    sure=False)
    if governed is not None and own_case == "nomn" and (number == "plur" or own_plural) and governed.case != "nomn" \
            and not role.object and not role.fronted and not role.passive and not not_subject and not object_first \
            and not _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]) and any(
                p.tag.POS == "VERB" and "plur" in p.tag for p in _parse(_quoted_word(governed.reason))[1][:1]):
        # "Florists who buy at the Exchange pay less": «Флористы, которые закупаются ..., платят» — a plural opening
        # its clause and the plural verb after it: its subject, not the verb's object
        return Need("nomn", f"subject of «{_quoted_word(governed.reason)}» after it (it agrees with it)", number,
                    sure=False)
    if own_case == "gent" and _noun_before_in_case(tail, governed):
        return _noun_before_in_case(tail, governed)
    if governed is not None:  # «Именно Велинову премьер-министр поручил»: the verb comes after its object
        return governed
    if own_case:
        return Need(own_case, "as the translation has it", number, sure=False)
    return Need("nomn", "", number, sure=False)


def _noun_before_in_case(tail: str, governed: Need | None) -> Need | None:
    """The genitive, when the noun right before an occurrence already stands in the oblique case the verb after
    it governs («Реставрацией | конки 1912 года руководил»: the verb's object is that noun, the term its
    genitive, as the translation wrote it); None otherwise."""
    if governed is None or governed.case in ("gent", "nomn") or "after it" not in governed.reason:
        return None
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if not words:
        return None
    parses = [p for p in _parse(words[-1])[1][:2] if p.tag.POS == "NOUN"]
    if not parses or not any(p.tag.case == governed.case for p in parses) or any(p.tag.case == "nomn" for p in parses):
        return None
    return Need("gent", f"governed by the noun «{words[-1]}» (in the case of «{_quoted_word(governed.reason)}» after "
                "it)", governed.number, strong=True)


#: Verbs that tell someone (dative) to do something (infinitive): рекомендовал повысить, поручил подготовить.
_TELL_TO_DO = set("рекомендовать порекомендовать поручить поручать разрешить разрешать запретить запрещать "
                  "позволить позволять велеть приказать приказывать посоветовать советовать предложить "
                  "предлагать".split())


def _accusative_first(tail: str) -> bool:
    """Is the first word of the clause a noun in the accusative that cannot be the nominative (Молдову ...)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if not words:
        return False
    parses = [p for p in _parse(words[0])[1] if p.tag.POS == "NOUN"]
    return any(p.tag.case == "accs" for p in parses) and not any(p.tag.case == "nomn" for p in parses)


def _impersonal_verb_after(after: str) -> str:
    """A transitive verb in the neuter past singular opening the clause after an occurrence, past a
    prepositional phrase of a few words (к вышке размыло, дорогу размыло), which has no subject: '' when none.

    >>> _impersonal_verb_after(" к вышке размыло."), _impersonal_verb_after(" к вышке размыта."), _impersonal_verb_after(" было закрыто.")
    ('размыло', '', '')
    """
    for word in _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:4]:
        parses = _parse(word)[1][:2]
        if any(p.tag.POS == "VERB" for p in parses):
            return word if any(p.tag.POS == "VERB" and {"past", "neut", "sing", "tran"} <= set(p.tag.grammemes)
                               and p.normal_form != "быть" for p in parses) else ""
        if any(p.tag.POS in ("PRTS", "PRTF", "INFN") for p in parses):
            return ""
    return ""


def _active_verb_in_clause(tail: str, transitive: bool = True) -> str:
    """A finite active verb (not reflexive, not a participle; transitive unless told) in the clause before
    the occurrence, past a noun phrase or a prepositional phrase ('' when none): the verb a fronted object
    leaves to its subject."""
    for word in reversed(_WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])[-7:]):
        best = _parse(word)[0]
        if best is not None and best.tag.POS == "VERB" and not word.lower().endswith(("ся", "сь")) \
                and best.normal_form != "быть" and ("tran" in best.tag or not transitive):
            return word
    return ""


def _plural_subject_after(after: str) -> bool:
    """Does a plural noun in the nominative follow the occurrence, with a plural verb after it in the same
    clause (X | инспекторы даже не пригласили), so that the verb has a subject other than X?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:6]
    if not words or not words[0][:1].islower():
        return False
    noun = _parse(words[0])[0]
    if noun is None or noun.tag.POS != "NOUN" or noun.tag.number != "plur" or noun.tag.case != "nomn":
        return False
    for word in words[1:]:
        best = _parse(word)[0]
        if best is not None and best.tag.POS == "VERB":
            return best.tag.number == "plur"
    return False


def _plural_verb_after(after: str) -> bool:
    """Is the first word after an occurrence (past an apposition between commas) a finite verb in the plural
    (X | помогают 15 волонтёров), so that a singular X is not its subject? Not after «и»: X и Y приехали.

    >>> _plural_verb_after(" помогают 15 волонтёров."), _plural_verb_after(" и Иванов приехали.")
    (True, False)
    """
    apposition = re.match(r"^\s*,\s*[^,.;:!?«»()—–]{3,60},", after)
    words = _WORDS.findall(_CLAUSE_BREAK.split(after[apposition.end():] if apposition else after)[0].split(",")[0])
    if not words or (not apposition and re.match(r"\s*[,(]", after)):
        return False
    best = _parse(words[0])[0]
    return best is not None and best.tag.POS == "VERB" and best.tag.number == "plur" and words[0][:1].islower()


def _subject_after_verb(after: str) -> bool:
    """Is the occurrence followed, in its clause, by a finite verb and then a capitalised name or a noun in the
    nominative (X в Разлоге | руководит Маргарита Димитрова): the verb's own subject?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:8]
    for k, word in enumerate(words):
        best = _parse(word)[0]
        if best is not None and best.tag.POS == "VERB" and word[:1].islower():
            nxt = words[k + 1:k + 2]
            if not nxt:
                return False
            parsed = _parse(nxt[0])[0]
            return nxt[0][:1].isupper() or (parsed is not None and parsed.tag.POS == "NOUN"
                                             and parsed.tag.case == "nomn" and "Name" not in parsed.tag)
    return False


def _fronted_recipient(tail: str, after: str) -> str | None:
    """The verb of telling after an occurrence at the start of its clause when a subject of its own stands
    between them and an infinitive follows the verb (X МВФ рекомендовал повысить ставку: X is told)."""
    if _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]):
        return None
    match = re.match(r"\s+((?:[А-ЯЁA-Z]{2,5}|[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}))\s+([а-яё]+)\s+([а-яё]+)", after)
    if not match:
        return None
    verb, infinitive = _parse(match.group(2))[0], _parse(match.group(3))[0]
    if verb is None or infinitive is None or verb.tag.POS != "VERB" or verb.normal_form not in _TELL_TO_DO \
            or infinitive.tag.POS != "INFN":
        return None
    subject = [_parse(w)[0] for w in _WORDS.findall(match.group(1))]
    if not match.group(1).isupper() and not all(p is not None and p.tag.case == "nomn" for p in subject):
        return None
    return match.group(2)


def _thing_after(after: str, genitive: bool = False) -> bool:
    """Does a noun in the accusative (the thing given) follow the occurrence in its clause (выдать X | списки)?
    With ``genitive`` (a negated verb), the genitive of negation too (не выдал X | разрешения)."""
    clause = _CLAUSE_BREAK.split(after)[0]
    if re.match(r"\s*,", clause):  # выдал X, израильскому инженеру, ... | вид на жительство: past the apposition
        clause = clause.split(",")[-1]
    if re.match(r"\s*(?:ещё\s+|еще\s+|более\s+|почти\s+|около\s+)?\d", clause):
        return True  # выделило X | 2 млн евро: a sum is the thing given
    for word in _WORDS.findall(clause.split(",")[0])[:3]:
        best, parses = _parse(word)
        if best is not None and best.tag.POS == "PREP":
            return False  # (отправляют | через Чёрное море: a prepositional phrase, no thing given)
        if best is not None and best.tag.POS == "NOUN" and word[:1].isupper() and (best.tag.case == "datv" or any(
                {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses[:4])):
            return False  # «показали | Лю Цзяньпину»: a person's name is the one given to, no thing
        if best is not None and best.tag.POS == "NOUN":
            return any(p.tag.case == "accs" for p in parses[:3]) or (genitive and best.tag.case == "gent")
            # (наградил X медалью: кого чем, no dative; выдал X новые машины: the plural accusative, the third reading)
    return False


def _recipient_after(after: str) -> bool:
    """Does a common noun that can only be dative (after its adjectives) open the words after the occurrence
    (рекомендуют X | иностранным парам): the recipient, so that the occurrence is the thing given?

    >>> _recipient_after(" иностранным парам."), _recipient_after(" в Пловдиве.")
    (True, False)
    """
    return _opens_with_only(_WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:3], "datv")


def _thing_given(governed: Need | None) -> Need | None:
    """The second of two English objects (awarded X | the prize) under a verb governing the dative: the
    recipient is the dative before it, the thing given the accusative (присудило Жофии Кертес премию)."""
    if governed is None or governed.case != "datv" or not governed.reason.startswith("governed by «"):
        return None
    return Need("accs", governed.reason.replace("governed by", "object of") + " (the recipient is before it)",
                governed.number, strong=True)


_RU_NUMERAL = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?|[\d\u00a0 ]+\d|одна|один|два|две|три|четыре|пять|шесть|семь|"
                        r"восемь|девять|десять|оба|обе|полтора|полторы|несколько|много|сколько|"
                        r"(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцать|двадцать|тридцать|сорок|"
                        r"пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|"
                        r"пятьсот|шестьсот|семьсот|восемьсот|девятьсот|десятки|сотни|"
                        r"двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро|"
                        r"млн|млрд|трлн|тыс|миллион\w*|миллиард\w*|триллион\w*|тысяч\w*)\.?"
                        r"\s+(?:[а-яё]+(?:ых|их|ые|ие)\s+){0,2}$", re.I)


_ONE = re.compile(r"(?<![а-яё])(одного|одной|одному|одним|одном|одну)\s+(?:[а-яё]+(?:ого|ому|ым|ом|ой|ую)\s+){0,2}$",
                  re.I)
#: Verbs whose number is an amount, not an object in their case (стоит 350 дирхамов, обошёлся в).
_PRICE_VERB = re.compile(r"«(?:сто[иья]|обош|обход|равн|составля|составил)", re.I)
#: Verbs and adjectives whose «в» takes a person in the prepositional (разочароваться в ком, сомневаться в ком).
IN_PERSON_LOCATIVE = re.compile(r"(?<![а-яё])(?:разочаров|разувер|сомнева|усомни|уверен|увере|нуждa|нужда|ошиба|"
                                r"ошибл|ошибс|убеди|убежд|видят|видит|видел|видели|заинтересован|нуждает)[а-яё]*\s+$",
                                re.I)
#: Nouns of the «в/на» phrases a verb puts before its object (выставить на продажу что, сдать в аренду что, ввести в
#: эксплуатацию что, поставить на учёт кого).
_OBJECT_PAST_PHRASE = set("продажу аренду субаренду эксплуатацию учёт учет хранение торги аукцион баланс консервацию "
                          "залог концессию лизинг угрозу сомнение".split())  # (поставить под угрозу что)
_QUANTITY_BEFORE = re.compile(r"(?<![а-яё])(меньше|больше|немного|немало|столько|достаточно|недостаточно|много|мало|"
                              r"несколько|част(?:ь|и|ью|ей)|половин(?:а|ы|у|ой|е)|трет(?:ь|и|ью)|четверт(?:ь|и|ью)|"
                              r"большинств(?:о|а|у|ом|е))\s+$", re.I)
#                             (большая часть мавруда, половина Кавказа: a part of it, the genitive)
_NO_AFTER = re.compile(r"^(?:\s+[а-яё-]+){0,6}?\s+(?:(?:до сих пор|всё ещё|все еще|ещё|еще|пока|так и|уже|больше|"
                       r"по-прежнему)\s+)?(?:нет|не было|не будет|не осталось|не существует)\s*[.!?;]", re.I)
_NO_BEFORE = re.compile(r"(?<![а-яё])(?:нет|нету|не было|не будет|не осталось|не существует)\s+"
                        r"(?:[а-яё]+(?:ых|их|ого|его)\s+){0,2}$", re.I)  # (не было исправных | ремней: past its adjective)
_NO_SUCH = re.compile(r"(?<![а-яё])(никакого|никакому|никаким|никаком|никакую|никакой|каких-либо|какого-либо|"
                      r"каждого|каждому|каждым|каждом|каждую|любого|любому|любым|любом|любую)\s+$", re.I)
_NO_SUCH_CASES = {"ого": "gent", "ому": "datv", "ким": "ablt", "ком": "loct", "кую": "accs", "кой": "gent",
                  "ибо": "gent", "дым": "ablt", "дом": "loct", "дую": "accs", "бым": "ablt", "бом": "loct", "бую": "accs"}
_ONE_CASES = {"одного": "gent", "одной": "gent", "одному": "datv", "одним": "ablt", "одном": "loct", "одну": "accs"}
_ENDS_IN_ONE = re.compile(r"(?<![\w.,⟦/])(?:\d*[02-9])?1\s+(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее)\s+){0,2}$")


_PREPOSITION_NUMERAL = re.compile(r"(?<![а-яё])(в|во|на|о|об|при|к|ко|по|с|со|между|над|перед|до|от|из|около|свыше|"
                                  r"для|без|после|против|среди|вместо|кроме|порядка)\s+\d[\d\s.,]*\s+"
                                  r"(?:[а-яё]+(?:ых|их|ым|им|ыми|ими)\s+){0,2}$", re.I)


def _russian_count(tail: str) -> tuple[str, str] | None:
    """(case, number) after a numeral: 1 (21, 31...) nominative; 2-4 and fractions genitive singular;
    5 and more genitive plural (Rosenthal, «Сочетание числительных с существительными»).

    >>> _russian_count("составляет 1,73 "), _russian_count("купили 5 "), _russian_count("их 22 ")
    (('gent', 'sing'), ('gent', 'plur'), ('gent', 'paucal'))
    >>> _russian_count("планируются три новых "), _russian_count("10 млрд "), _russian_count("Трое ")
    (('gent', 'paucal'), ('gent', 'plur'), ('gent', 'plur'))
    """
    match = _RU_NUMERAL.search(tail)
    if not match:
        return None
    between = _WORDS.findall(tail[match.end(1):])
    if any(_parse(w)[0] is not None and _parse(w)[0].tag.POS == "NOUN" for w in between):
        return None  # «1200 лесничих | Юго-Западного предприятия»: the numeral counts the noun before the term
    if re.search(r"(?<![а-яё])(?:стать\w*|пункт\w*|глав\w*|раздел\w*|част\w*|номер\w*|№|том\w*|резолюци\w*|"
                 r"протокол\w*|приложени\w*)\s*$", tail[:match.start()], re.I):
        return None  # статье 19 Конвенции Монтрё: a number of an article, no quantity
    word = match.group(1).lower().replace("\u00a0", "").replace(" ", "")
    if re.search(r"[.,]", word):
        return "gent", "sing"
    if word.isdigit():
        n = int(word)
        if n % 10 == 1 and n % 100 != 11:
            return None  # agrees like the nominative or the governed case: the context decides
        return ("gent", "paucal") if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else ("gent", "plur")
    if word in ("одна", "один"):
        return None
    if re.match(r"(млн|млрд|трлн|тыс|миллион|миллиард|триллион|тысяч)", word):
        return "gent", "plur"
    if word in ("два", "две", "три", "четыре", "оба", "обе"):
        return "gent", "paucal"
    if word in ("полтора", "полторы"):
        return "gent", "sing"
    return "gent", "plur"


@functools.lru_cache(maxsize=65536)
def _parse(word: str):
    """(best parse, likely parses) of a word: every rule asks about the same few words, so it is asked once."""
    parses = tuple(sorted((p for p in _analyse(word.lower()) if p.score > 0.05), key=lambda p: -p.score))
    # (sorted: the analyser lists a hyphenated word's parses out of order, астроному-любителю inanimate first)
    return parses[0] if parses else None, parses


#: A prepositional phrase between commas at the end of the words before a term, with no clause in it (поручило, после
#: двух лет проверок и сорванного тендера, | X): the term's governor is before it.
#: A prepositional aside between commas right before «на» (жалуются, в письмах, петициях и интервью, | на X): the
#: word before it governs «на».
_RU_ASIDE_BEFORE_NA = re.compile(r"(?<=[а-яё]),\s*(?:в|во|на|по|с|со|через|при|после|до|из-за|как(?:\s+и)?|несмотря\s+на)"
                                 r"\s+[^.;:!?()«»]{3,80}?,\s*$",
                                 re.I)
_RU_PREPOSITIONAL_ASIDE = re.compile(
    r"(?<=[а-яё]),\s*(?:после|до|в\s+ходе|несмотря\s+на|как\s+и(?=\s+(?:в|во|на|по|при|после|до|раньше|прежде|всегда|обычно)\s)|по\s+итогам|от\s+имени|в\s+течение|вопреки|благодаря|"
    r"из-за|с\s+учётом|с\s+учетом|спустя|накануне|вслед\s+за)\s+(?![^,.;:!?()«»]*(?<![а-яё])(?:как|что|котор\w*|"
    r"чтобы|если|когда)(?![а-яё]))[^,.;:!?()«»]{3,100},\s*$", re.I)


def _known(parse) -> bool:
    """A parse from the dictionary itself (``morphology.ru.in_dictionary``), not a guess."""
    from localize.morphology.ru import in_dictionary

    return in_dictionary(parse)


def _governor(tail: str, person: bool, number: str, apposition: bool = True, english_object: bool = False) -> Need | None:
    """The need an occurrence has from the word that governs it: a verb (its government, a passive
    agent, a transitive object, a second object in the dative), «нет», a noun (genitive, or the dative
    some nouns govern), a title it stands in apposition to. None when nothing before it decides."""
    tail = PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), tail)  # «и прежде всего X»: no governor there
    tail = _RU_PREPOSITIONAL_ASIDE.sub(lambda m: " " * len(m.group(0)), tail)
    # («поручило, после двух лет проверок и сорванного тендера, | X»: the verb's object past an aside)
    enclosed = re.search(r",\s*([а-яё]+)[^,]*,\s*$", tail)
    if enclosed and _participle(enclosed.group(1)) and not re.search(r"[.!?;:]\s*$", tail[:enclosed.start()]):
        # «поблагодарили в совместном письме, опубликованном в пятницу, | X»: a participle's phrase between
        # commas is closed; the governor is before it
        tail = tail[:enclosed.start()] + " "
    clause = _CLAUSE_BREAK.split(tail)[-1]
    start = len(tail) - len(clause)
    words = [m for m in _WORDS.finditer(tail) if m.start() >= start]
    i = len(words) - 1
    seen_object = None  # a noun in the accusative between the verb and the term
    pp_noun = None  # the noun of a prepositional phrase right before the term (в докладе X: genitive)
    pp_proper = False  # that phrase is a name (через Каспийское море X: X is no genitive of it)
    pp_place = False  # that phrase is one capitalised word, a place (в Германию X: X is the verb's object)
    steps = 0
    while i >= 0 and steps < 6:
        steps += 1
        word = words[i].group(0)
        lower = word.lower()
        best, parses = _parse(word)
        if lower in ("нет", "нету") or (lower == "не" and i == len(words) - 1):
            return Need("gent", "after «нет»", number, strong=True)
        if lower in _SUBSTANTIVE_PARTICIPLES and i == len(words) - 1:
            return Need("gent", f"governed by the noun «{word}»", number)  # Данные Национального института
        if lower in _CLAUSE_OPENERS:
            return _pp_genitive(pp_noun, number)  # a new clause starts here
        if best is None:
            i -= 1
            continue
        pos = best.tag.POS
        if pos == "PRTS" and word[:1].isupper() and i > 0:
            pos = "NOUN"  # Хёйрюнен, | финский пармастер: a foreign name in -ен, no short participle
        if pos == "INTJ" and i == len(words) - 1:  # «Слушайте | радиостанцию»: the imperative, not the interjection
            imperative = next((p for p in parses if p.tag.POS == "VERB" and "impr" in p.tag and "tran" in p.tag), None)
            if imperative is not None:
                best, pos = imperative, "VERB"
        if pos == "NPRO" and i == len(words) - 1 and i > 0 and lower in ("его", "её", "ее", "их", "меня", "нас", "вас") \
                and _parse(words[i - 1].group(0))[0] is not None \
                and _parse(words[i - 1].group(0))[0].normal_form in PREDICATIVE_VERBS:
            # «назвала его | вратарём мирового класса»: кого кем — the pronoun is the object, the term the predicate
            return Need("ablt", f"what «{words[i - 1].group(0)}» makes its object: instrumental", number, strong=True)
        if pos == "ADJF" and i == len(words) - 1:  # принадлежащая: the participle reading governs
            participle = next((p for p in parses if p.tag.POS == "PRTF"), None)
            if participle is not None and any(participle.normal_form in verbs for verbs in GOVERNMENT.values()):
                best, pos = participle, "PRTF"
        if pos == "ADJF" and word[:1].isupper() and i == len(words) - 1 and i > 0 \
                and any(p.tag.case == "accs" and "anim" in p.tag for p in parses) \
                and _predicative_verb_before([w.group(0) for w in words[:i]]):
            # «назначила Лугового | главным судьёй»: an adjectival surname in the accusative, the object; the term is
            # what the verb makes it (кого кем)
            return Need("ablt", f"what «{words[i - 1].group(0)}» makes its object: instrumental", number, strong=True)
        if pos in ("PRTS", "PRTF") and best.normal_form in PARTICIPLE_GOVERNMENT:
            return Need(PARTICIPLE_GOVERNMENT[best.normal_form], f"governed by «{word}»", number, strong=True)
        if pos in ("PRTS", "PRTF") and "pssv" in best.tag and i == len(words) - 1 and seen_object is None:
            return Need("ablt", f"agent of the passive «{word}»", number)  # представленная Жюльеном Маршаном
        if pos == "PRTS" and "pssv" in best.tag and i < len(words) - 1 and ("plur" in best.tag) == (number == "plur") \
                and all(any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in _parse(w.group(0))[1][:1])
                        and not any(p.tag.case in ("ablt", "accs") for p in _parse(w.group(0))[1])
                        for w in words[i + 1:]):
            # «На карте показана каждая | зона платной парковки»: the words between agree in the nominative only; the
            # term is the passive's subject
            return Need("nomn", f"subject of the passive «{word}»", number, strong=True)
        if pos == "GRND" and "," in tail[words[i].end():]:
            return None  # «Поблагодарив Мехмета за помощь, | Лю Чжицян объявил»: the gerund's phrase is closed
        if pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
            lemma = best.normal_form
            quoted = [w for w in _WORDS.finditer(re.split(r"[.;:!?()—–]", tail[:words[i].start()])[-1])]
            # (the clause read past a quoted name: «Лучшим пилотом на кубке «Ласточка» стал X»)
            if lemma in _COPULAS and any((w.group(0)[:1].islower() or k == 0) and any(
                    p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF") for p in _parse(w.group(0))[1])
                    for k, w in enumerate(quoted if i == len(words) - 1 else words[:i])):
                # (not «Арам Петросян стал X»: a name mid-clause reads as any case)
                return None  # «Крупнейшим акционером является X»: the predicate is before, X is the subject
            if i == len(words) - 1 and lemma in GOVERNMENT["datv"] and lemma not in DATIVE_OF_PERSON and any(
                    w.group(0).lower() in _DATIVE_PRONOUNS for w in words[:i]):
                return None  # «им угрожал Аннаев»: the dative is before the verb, X is its subject
            if i == len(words) - 1 and i > 0 and pos == "VERB" and lemma in DATIVE_FIRST \
                    and lemma not in GOVERNMENT["gent"] and (
                    "plur" in best.tag) == (number == "plur" or _russian_count(tail) is not None) and any(
                    p.tag.case == "datv" and p.tag.POS == "NOUN" and "Fixd" not in p.tag
                    for k in ((i - 1, i - 2) if i > 1 and words[i - 1].group(0)[:1].isupper() else (i - 1,))
                    for p in _parse(words[k].group(0))[1]) and not _preposition(tail[:words[i - 1].start()]):
                # (also a name whose surname does not decline: «Левану Гелашвили принадлежат | пиццерии»)
                # (not «Клуб из Цицикара принадлежит | X»: a noun after a preposition is no fronted dative)
                return None  # «радиокомпании принадлежат | 12 радиомачт»: the dative is before it, X its subject
            if i == len(words) - 1 and lemma == "быть" and lower in ("был", "была", "было", "были", "будет", "будут") \
                    and any(w.group(0).lower().startswith("котор") or _parse(w.group(0))[0] is not None and
                            _parse(w.group(0))[0].tag.POS == "NPRO" for w in words[:i]):
                return Need("ablt", f"predicate of «{word}»", number)  # который ... был главным редактором
            if lemma == "стоить" and lower in ("стоит", "стоят") and i == len(words) - 1 and not person:
                return None  # «В каждом киоске стоит | ключерезный станок»: стоять (stands), whose subject it is; the
                #              dative of стоить (стоит кому) is a person's
            if lemma in TEACHING and not person and any(
                    any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "accs" for p in _parse(w.group(0))[1][:2])
                    for w in words[i + 1:]):
                # «обучает школьников азбуке Морзе», «учит детей колокольному звону»: кого чему — the one taught is
                # the accusative between, the thing taught the dative
                return Need("datv", f"the thing taught («{word}» кого чему): dative", number, strong=True)
            for case, verbs in GOVERNMENT.items():
                if lemma in verbs:
                    if case == "datv" and person and seen_object is not None and \
                            any(p.tag.case == "datv" for p in _parse(seen_object)[1]):
                        return None  # сказал журналистам | X: the verb's dative is taken; X is its subject
                    if case == "datv" and lemma in DATIVE_OF_PERSON and seen_object is None and re.search(
                            r"(?<![а-яё])(?:которому|которой|которым|кому)\s", _CLAUSE_BREAK.split(tail)[-1], re.I) \
                            and i == len(words) - 1:
                        # «которому Людмила Рудина обещала | стекловаренную печь»: the dative is the relative
                        # pronoun, the term the thing given
                        return Need("accs", f"object of «{word}» (its dative is the relative pronoun)", number,
                                    strong=True)
                    if case == "datv" and lemma in DATIVE_OF_PERSON and not person and seen_object is None:
                        listed = words[i + 1].group(0) if i + 1 < len(words) else ""
                        if listed and re.search(r"(?:,|\sи)\s+$", tail) and "," in tail[words[i].end():] and any(
                                p.tag.POS == "NOUN" and p.tag.case == "datv" and "anim" in p.tag
                                for p in _parse(listed)[1][:1]):
                            # «написал министру, губернатору края и X»: the last of a list of the verb's recipients
                            return Need("datv", f"in a list of the recipients of «{word}» («{listed}»)", number,
                                        strong=True)
                        if pp_noun is not None and not pp_proper and not english_object:
                            return _pp_genitive(pp_noun, number)  # отвечавший за замену | парогенератора
                        # (not "recommended, in a long letter, | X": рекомендовало в длинном письме X — the English
                        # object is the verb's, past the phrase)
                        if lemma in ("ответить", "отвечать"):
                            # «не ответило Ассоциации гольфа»: the one answered, whatever it is (what is answered
                            # takes «на»)
                            return Need("datv", f"the one «{word}» answers: dative", number, strong=True)
                        fronted = _fronted_object([w for w in words[:i] if w.start() > tail.rfind(",", 0, words[i].start())])
                        if fronted and pos == "VERB" and i == len(words) - 1:
                            # «Поддержку оказали | Восточный консорциум»: the object stands before the verb
                            return Need("nomn", f"subject of «{word}» (its object «{fronted}» stands before it)",
                                        number)
                        return Need("accs", f"object of «{word}»", number)
                    if case == "gent" and lemma in ACCUSATIVE_OF_PERSON and person:
                        return Need("accs", f"a person waited for: object of «{word}»", number, strong=True)
                    if case == "gent" and lemma in ("ждать", "ожидать") and i == len(words) - 2 and any(
                            p.tag.POS == "ADJF" and p.tag.case == "accs" for p in _parse(words[-1].group(0))[1][:2]) \
                            and not any(p.tag.POS == "ADJF" and p.tag.case == "gent"
                                        for p in _parse(words[-1].group(0))[1]):
                        # «ожидают рекордный | грибной сезон»: ждать takes the accusative too; the adjective before
                        # the term says which the translation chose
                        return Need("accs", f"object of «{word}» (the adjective before it is accusative)", number,
                                    strong=True)
                    substantive = pos == "PRTF" and ((i == 0 and not tail[:start].strip(" ,")) or (
                        i > 0 and words[i - 1].group(0).lower() in PREPOSITIONS))  # (not «компании, принадлежащей X»)
                    # («Управляющие Пенсионного фонда»: a participle used as a noun may take the genitive too)
                    return Need(case, f"governed by «{word}»", number, strong=not substantive)
            if pos == "PRTS" or "pssv" in best.tag or (lower.endswith(("ся", "сь")) and pos in ("VERB", "INFN")
                                                        and not _perfective_only(parses)):
                # (a perfective verb in -ся is no passive: «сослался Звоницкий» — its subject)
                if pp_noun is not None and not pp_proper:
                    return _pp_genitive(pp_noun, number)  # собрались у здания Конституционного суда
                if seen_object is None:  # a prepositional phrase between: still the agent (связан с Калафатом мостом)
                    return Need("ablt", f"agent of the passive «{word}»", number)
                return None
            if seen_object is not None:
                return None
            if (pp_noun is None or english_object or pp_place) and \
                    any(p.tag.POS in ("VERB", "INFN", "GRND") and "tran" in p.tag for p in parses[:2]) \
                    or (pp_noun is None and pos == "PRTF" and "actv" in best.tag and "tran" in best.tag):
                # (also an active participle: пересекающие Керченский пролив)
                fronted = _fronted_object([w for w in words[:i] if w.start() > tail.rfind(",", 0, words[i].start())])
                if fronted and pos == "VERB" and i == len(words) - 1:
                    # «Поддержку оказали | Восточный консорциум и ...»: the verb's object stands before it, so the
                    # noun after it is its subject
                    return Need("nomn", f"subject of «{word}» (its object «{fronted}» stands before it)", number)
                return Need("accs", f"object of «{word}»", number)  # (also a gerund: Покинув Федеральную комиссию)
            return _pp_genitive(pp_noun, number)
        if pos == "NOUN" and word.isupper() and len(word) > 1 and i == len(words) - 1:
            i -= 1  # «В докладе ЮНЕСКО | X»: an acronym (indeclinable) is the genitive complement, no governor
            continue
        if pos == "NOUN":
            first = i  # the noun phrase's first word: adjectives, participles and numerals before the noun
            while first > 0 and (_modifier(words[first - 1].group(0)) or (
                    first > 1 and first < i and words[first - 1].group(0).lower() in ("и", "или")
                    and _modifier(words[first - 2].group(0))) or (
                    first < i and _modifier(words[first].group(0)) and _degree_adverb(words[first - 1].group(0)))):
                first -= 1  # (also two adjectives joined by «и», an adverb before one: в длинном и эмоциональном
                #              заявлении, в необычно резком заявлении)
            prep = _preposition(tail[:words[first].start()]) if first > 0 else None
            if not person and prep is None and first > 0 and _parse(words[first - 1].group(0))[0] is not None \
                    and _parse(words[first - 1].group(0))[0].normal_form in TEACHING \
                    and any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "accs" for p in parses[:2]):
                # «учит детей | колокольному звону»: the one taught, then the thing taught (кого чему)
                return Need("datv", f"the thing taught («{words[first - 1].group(0)}» кого чему): dative", number,
                            strong=True)
            if TIME_NOUN.match(lower) and prep is None:  # «Шесть лет X руководил»: a duration governs nothing
                i = first - 1
                continue
            last_noun = i == len(words) - 1 or (not person and all(
                _parse(w.group(0))[0] is not None and _parse(w.group(0))[0].tag.POS in ("ADJF", "PRTF")
                and _parse(w.group(0))[0].tag.case == "gent" for w in words[i + 1:]))  # Длина новой | X
            if _ablt_predicate(best, words, i):  # назвали причиной | X: кого/что чем
                return Need("accs", f"object of «{words[i - 1].group(0)}» (its predicate «{word}» is before it)",
                            number, strong=True)
            if last_noun and seen_object is None:
                if person and apposition and number == "sing" and parses and \
                        all(p.tag.number == "plur" for p in parses) and _animate_noun(parses):
                    seen_object = word  # «сказал журналистам | Чжоу Цзяньмин»: a plural noun is no title of one
                    i -= 1
                    continue
                if person and apposition and (lower in TITLES or (best.normal_form in TITLES) or _animate_noun(parses)):
                    title_case = _title_case([w.group(0) for w in words], i, best, parses)
                    only = {p.tag.case for p in parses if p.tag.POS == "NOUN"} == {title_case}  # (органистка)
                    return Need(title_case, f"in apposition to «{word}»", number, sure=title_case != "nomn" or only,
                                strong=title_case == "nomn" and only)
                if person and i > 0 and word[:1].isupper() and any(p.tag.case == "gent" for p in parses):
                    before_best, before_parses = _parse(words[i - 1].group(0))
                    if before_best is not None and (words[i - 1].group(0).lower() in TITLES or
                                                    _animate_noun(before_parses)):
                        title_case = before_best.tag.case or "nomn"  # Мэр Тулчи Андрей Молдован
                        return Need(title_case, f"in apposition to «{words[i - 1].group(0)}»", number,
                                    sure=title_case != "nomn")
                if english_object and prep is None and not person and word[:1].isupper() and i > 0 and any(
                        {"Name", "Surn"} & set(p.tag.grammemes) and p.tag.case == "datv" for p in parses):
                    # (not «от имени жителей Осиека | X»: a place's genitive, no recipient)
                    seen_object = word  # «выдало Лодыгиной | второй открытый лист»: a person's name governs no
                    i -= 1  #            genitive; the English second object is the verb's (the thing given)
                    continue
                if i > 0 and words[i - 1].group(0).lower() == "дань" and prep is None:
                    return Need("datv", f"«дань {word}» кому: dative", number, strong=True)  # отдали дань уважения X
                if best.normal_form in DATIVE_NOUNS and prep is None:  # (not «получает в подарок | X»: an idiom)
                    return Need("datv", f"governed by the noun «{word}»", number)
                if prep is None and i > 0 and any(p.tag.case == "accs" for p in parses) and \
                        _predicative_verb_before([w.group(0) for w in words[:i]]):
                    return Need("ablt", f"what «{words[i - 1].group(0)}» makes its object: instrumental", number,
                                strong=True)  # признал Веру Голубеву иностранным агентом
                if prep is None and _is_object_of_dative_verb(words, i):
                    seen_object = word
                    i -= 1
                    continue
                if prep is not None:  # the term follows a prepositional phrase: look further back for a verb
                    if not TIME_NOUN.match(lower) and not (first < i and words[first].group(0)[:1].isupper()
                                                           and _GEO_NOUN.match(lower)):
                        # (с 2022 года X: a date governs nothing; в Тирренском море X: a sea's name is complete)
                        pp_noun = pp_noun or word
                        pp_proper = words[first].group(0)[:1].isupper()
                        pp_place = pp_proper and first == i and not _RU_GENITIVE_HEAD.match(word)
                        # (экспортируют в Германию | жгуты проводов: a place governs no genitive)
                    i = first - 1 - len(prep.split())
                    continue
                if re.search(r"[,—–]", tail[words[i].end():]) and not pp_noun:
                    return None  # «Чжоу Мэйлин, | генеральный консул»: past a comma, an apposition, no genitive
                chain = _genitive_chain_preposition(words, tail, first) if english_object and prep is None else None
                if chain is not None:  # "thanked, on behalf of the people of Osijek, | X": «от имени жителей
                    pp_noun = pp_noun or word  # Осиека | X» — the noun ends a prepositional phrase's chain of
                    i = chain  #                 genitives; the English object is the verb's past it
                    continue
                if english_object and first > 1 and words[first - 1].group(0).lower() in ("и", "или"):
                    other = first - 2  # «после долгих споров и двух голосований | X»: the second noun of a
                    while other > 0 and _modifier(words[other].group(0)):  # prepositional phrase's pair
                        other -= 1
                    other_first = other
                    while other_first > 0 and _modifier(words[other_first - 1].group(0)):
                        other_first -= 1
                    other_prep = _preposition(tail[:words[other_first].start()]) if other_first > 0 else None
                    other_best = _parse(words[other].group(0))[0]
                    if other_prep and other_best is not None and other_best.tag.POS == "NOUN" and \
                            {p.tag.case for p in parses} & {p.tag.case for p in _parse(words[other].group(0))[1]}:
                        pp_noun = pp_noun or word
                        i = other_first - 1 - len(other_prep.split())
                        continue
                if (person or english_object) and first > 0 and _POSSESSIVE_PRONOUN.match(words[first - 1].group(0)):
                    # «от имени членов и их семей | X»: a noun that has its possessor (их, своих) takes no person
                    # as a second one; look further back for the verb
                    i = first - 2
                    continue
                if person and any(_POSSESSIVE_PRONOUN.match(words[k].group(0)) for k in range(first, i)):
                    i = first - 1  # «обязаны своей карьерой | Стояну Скачкову»: the possessor read as its modifier
                    continue
                if english_object and prep is None and first > 0 and parses and (all(
                        p.tag.case in ("datv", "loct") for p in parses) and any(p.tag.case == "datv" for p in parses)
                        or all(p.tag.case == "ablt" for p in parses if p.tag.POS == "NOUN")
                        or (best.tag.case == "datv" and re.search(r"[^аеиоуыэюя](?:ам|ям)$", lower)
                            and not any(_known(p) for p in parses))):
                    # (also a noun the dictionary does not know, read first as a dative plural: рассылает райдерам)
                    verb = words[first - 1].group(0)
                    if any(p.tag.POS in ("VERB", "INFN", "GRND") and "tran" in p.tag for p in _parse(verb)[1][:2]):
                        # «подверг резкой критике | X», «показал посетителям | X»: the dative is the verb's other
                        # object, the English object its accusative (no «of» makes it the noun's complement); so is
                        # an instrumental («снабжает водой | Ивайловград»: снабжать кого чем)
                        kind = "instrumental" if all(p.tag.case == "ablt" for p in parses if p.tag.POS == "NOUN") \
                            else "dative"
                        return Need("accs", f"object of «{verb}» (the {kind} «{word}» before it is its other object)",
                                    number, strong=True)
                return Need("gent", f"governed by the noun «{word}»", number)
            if prep is not None:
                i = first - 1 - len(prep.split())
                continue
            i -= 1
            continue
        if pos == "ADJF" and i == len(words) - 1 and (any(p.tag.POS == "PRTF" and "pssv" in p.tag for p in parses)
                                                      or _PASSIVE_PARTICIPLE.search(lower) or (
                re.search(r",\s*$", tail[:words[i].start()]) and _PASSIVE_PARTICIPLE_AFTER_COMMA.search(lower))):
            # (also «парк, руководимый X», «программу, управляемую X»: the dictionary lists them as adjectives)
            return Need("ablt", f"agent of the passive «{word}»", number)  # управляемый (read as an adjective)
        if pos in ("ADJS", "ADJF") and best.normal_form in ADJECTIVE_GOVERNMENT:
            if best.normal_form == "должный" and any(_parse(w.group(0))[0] is not None and
                                                     _parse(w.group(0))[0].tag.POS == "INFN" for w in words[:i]):
                return None  # урегулировать спор должна X: the modal's subject, no debt owed to X
            if best.normal_form in ("нужный", "необходимый") and pos == "ADJS" and (english_object or any(
                    w.group(0).lower() in ("мне", "нам", "тебе", "вам", "ему", "ей", "им", "себе") or _dative_noun(w.group(0))
                    for w in words[:i])):
                # «Нам нужны новые кинопроекторы», «Залу нужны сетки» ("The hall needs nets"): the one in need is
                # the dative before it, or the English subject of "need"; the thing needed, the English object, is
                # the subject, in the nominative
                return Need("nomn", f"the subject of «{word}» (the dative is the one in need)", number, strong=True)
            case = ADJECTIVE_GOVERNMENT[best.normal_form]
            return Need(case, f"governed by «{word}»", number, strong=True)
        if pos in ("ADVB", "PRCL", "CONJ", "ADJF", "ADJS", "NUMR", "NPRO", "PRED", "COMP"):
            i -= 1
            continue
        return _pp_genitive(pp_noun, number)
    return _pp_genitive(pp_noun, number)


def _dative_noun(word: str) -> bool:
    """Is ``word`` a noun that can only be a dative (клубу; школе is also a locative: no), or a pronoun
    adjective that can only be one (каждому водомату: the noun after it may be a word the dictionary guesses)?

    >>> _dative_noun("клубу"), _dative_noun("школе"), _dative_noun("зал"), _dative_noun("Каждому")
    (True, False, False, True)
    """
    parses = [p for p in _parse(word)[1] if p.score > 0.05]
    return bool(parses) and (parses[0].tag.POS == "NOUN" or (parses[0].tag.POS == "ADJF" and "Apro" in parses[0].tag)) \
        and all(p.tag.case == "datv" for p in parses)


def _genitive_chain_preposition(words, tail: str, first: int) -> int | None:
    """Is the noun phrase starting at ``words[first]`` the genitive of a few nouns that open with a
    preposition (от имени жителей | Осиека; от имени всех гидов и извозчиков города | X)? The index of the word
    before that preposition, else None."""
    k = first - 1
    for _hop in range(5):
        if k < 0:
            return None
        if k < first - 1 and words[k].group(0).lower() in ("и", "или") and k > 0:
            k -= 1  # (от имени всех гидов и | извозчиков города: a pair of genitives)
        best, parses = _parse(words[k].group(0))
        if best is None or best.tag.POS != "NOUN" or not any(p.tag.case == "gent" or k == first - 1 for p in parses):
            return None
        start = k
        while start > 0 and _modifier(words[start - 1].group(0)):
            start -= 1
        preposition = _preposition(tail[:words[start].start()]) if start > 0 else None
        if preposition:
            return start - 1 - len(preposition.split())
        k = start - 1
    return None


#: Possessive pronouns: the noun after one has its possessor (их семей, своих коллег).
_POSSESSIVE_PRONOUN = re.compile(r"(?:их|его|её|ее|сво(?:й|я|ё|е|и|ю|его|ей|ему|ем|им|их|ими)|"
                                 r"(?:мо|тво)(?:й|я|ё|е|и|ю|его|ей|ему|ем|им|их|ими)|"
                                 r"(?:наш|ваш)(?:|а|е|и|у|его|ей|ему|ем|им|их|ими))$", re.I)


#: Geographic nouns: after a capitalised adjective (Тирренском море, Охридском озере) the name is complete.
_GEO_NOUN = re.compile(r"(?:мор|озер|океан|залив|пролив|рек|полуостров|остров|долин|пустын|нагорь|равнин)[а-яё]*$")
#: Capitalised one-word bodies that do govern a genitive (в Министерство X, в Агентство X).
_RU_GENITIVE_HEAD = re.compile(r"(?:министерств|агентств|управлени|комитет|совет|департамент|институт|служб|"
                               r"комисси|ведомств|фонд|союз|центр|отдел|парламент|правительств|суд)", re.I)
_PASSIVE_PARTICIPLE_AFTER_COMMA = re.compile(r"(?:[ая]ем|[бвгджзклмнпрстфхцчшщ]им)(?:ый|ая|ое|ые|ую|ого|ой|ому|ым|ых|ыми)$")
_PASSIVE_PARTICIPLE = re.compile(r"(?:[ая]|[бвгджзклмнпрстфхцчшщ]и)[еи]м(?:ый|ая|ое|ые)$")
_NEGATED = re.compile(r"(?<![а-яё])(?:не|ни|нет)\s+(?:[а-яё]+\s+){0,3}$", re.I)


def animate_phrase(phrase: str) -> bool:
    """Does a phrase name living things: is one of its nouns animate?

    >>> animate_phrase("кудрявому пеликану"), animate_phrase("предупредительной забастовке")
    (True, False)
    """
    for word in _WORDS.findall(phrase):
        best = _parse(word)[0]
        if best is not None and best.tag.POS == "NOUN" and "anim" in best.tag:
            return True
    return False


def adjective_or_preposition_before(head: str) -> bool:
    """Is the last word of ``head`` an adjective or a preposition (портового | управления, по | распоряжению)?

    >>> adjective_or_preposition_before("главы портового "), adjective_or_preposition_before("взяло на себя ")
    (True, False)
    """
    words = _WORDS.findall(head)
    if not words:
        return False
    if words[-1].lower() in PREPOSITIONS:
        return True
    best = _parse(words[-1])[0]
    return best is not None and best.tag.POS in ("ADJF", "PRTF")


def threat_verb(reason: str) -> bool:
    """Does a need's reason name a verb of threatening (угрожать кому чем) as the governor?

    >>> threat_verb("governed by «пригрозили»"), threat_verb("governed by «помогли»")
    (True, False)
    """
    best = _parse(_quoted_word(reason))[0]
    return best is not None and best.normal_form in ("угрожать", "грозить", "пригрозить")


def _numeral_word_before(tail: str) -> bool:
    """Is the word right before the occurrence a numeral written out (двухсот, нескольких, тысяч)? The noun after
    it is in the case the numeral gives, the genitive plural here (уничтожило более двухсот | садовых участков).

    >>> _numeral_word_before("уничтожило более двухсот "), _numeral_word_before("уничтожило ")
    (True, False)
    """
    words = _WORDS.findall(tail)
    if not words:
        return False
    best = _parse(words[-1])[0]
    return best is not None and (best.tag.POS == "NUMR" or words[-1].lower() in ("тысяч", "сотен", "десятков",
                                                                                 "нескольких", "многих"))


def _fronted_object(words) -> str:
    """A noun that can only be accusative, with no preposition before it, among ``words`` (the clause before
    its verb): the verb's object put first (Поддержку оказали). Empty when none.

    >>> _fronted_object(list(_WORDS.finditer("Поддержку "))), _fronted_object(list(_WORDS.finditer("Завод ")))
    ('Поддержку', '')
    >>> _fronted_object(list(_WORDS.finditer("второе место "))), _fronted_object(list(_WORDS.finditer("неделю ")))
    ('место', '')
    """
    for k, match in enumerate(words):
        word = match.group(0)
        if any(_parse(w.group(0))[0] is not None and _parse(w.group(0))[0].tag.POS in ("VERB", "GRND", "PRTF", "INFN")
               for w in words[k + 1:]):
            continue  # (another verb between it and the verb: «подписывает каждую партию, теперь возглавляет»)
        nouns = [p for p in _parse(word)[1] if p.tag.POS == "NOUN"]
        if nouns and all(p.tag.case == "accs" for p in nouns) and _parse(word)[0].tag.POS == "NOUN" \
                and not (k > 0 and words[k - 1].group(0).lower() in PREPOSITIONS) and not TIME_NOUN.fullmatch(word.lower()):
            return word  # (not «Бригада неделю удаляла»: an accusative of time, how long)
        if word.lower() == "место" and k > 0 and re.fullmatch(r"(?:перв|втор|трет|четв[её]рт|пят|шест|последн)\w+",
                                                               words[k - 1].group(0).lower()):
            return word  # «второе место занял Бреннан»: the place taken, put first (Rosenthal: порядок слов)
    return ""


def _ablt_predicate(best, words, i: int) -> bool:
    """Is the noun ``words[i]`` an instrumental predicate right after a verb of naming or making (назвали
    причиной | X), so that the occurrence after it is that verb's object?"""
    if best.tag.case != "ablt" or i < 1 or i != len(words) - 1:
        return False
    verb = _parse(words[i - 1].group(0))[0]
    return verb is not None and verb.normal_form in PREDICATIVE_VERBS


def _substantive_before(tail: str) -> bool:
    """Is the word right before the term an adjective used as a person noun (рабочего, учёного, военного)?

    >>> _substantive_before("Осколок ранил рабочего ")
    True
    >>> _substantive_before("Завод выпускает новые ")
    False
    """
    words = _WORDS.findall(tail)
    if not words:
        return False
    best, parses = _parse(words[-1])
    return best is not None and best.tag.POS in ("ADJF", "PRTF") and (
        any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses) or any("Subx" in p.tag for p in parses))


def _degree_adverb(word: str) -> bool:
    """An adverb that may stand before an adjective inside a noun phrase (необычно резком, очень длинном).

    >>> _degree_adverb("необычно"), _degree_adverb("очень"), _degree_adverb("вчера"), _degree_adverb("заявлении")
    (True, True, False, False)
    """
    best, _parses = _parse(word)
    return best is not None and best.tag.POS == "ADVB" and (word.lower().endswith("о") and len(word) > 4
                                                             or word.lower() in ("очень", "крайне", "весьма", "слишком"))


def _modifier(word: str) -> bool:
    """An adjective, participle, numeral or number that may stand between a preposition and its noun."""
    if word.isdigit():
        return True
    best, _parses = _parse(word)
    return best is not None and best.tag.POS in ("ADJF", "PRTF", "NUMR")


def _governor_after(after: str, person: bool, number: str, transitive: bool = False,
                    not_subject: bool = False) -> Need | None:
    """The verb after a fronted object (only when the English says the occurrence is no subject, or is
    the subject of an English passive): its government, within the clause and a few words; with
    ``transitive``, a transitive verb's accusative. A passive or reflexive verb there keeps the subject.
    A relative clause right after the occurrence (X, которая охраняет границу, | с 2023 года руководит) is
    passed over."""
    after = _RELATIVE_AFTER.sub("", _PARENTHESIS_AFTER.sub("", after, count=1), count=1)
    apposition = re.match(r"^\s*,\s*([^,.;:!?«»()—–]{3,60}),", after)
    if apposition and not any((_parse(w)[0] is not None and _parse(w)[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS",
                                                                                    "GRND"))
                              or w.lower() in _CLAUSE_OPENERS for w in _WORDS.findall(apposition.group(1))):
        after = after[apposition.end():]  # «Ралица Георгиева, директора фестиваля, поблагодарили»: past the apposition
    participial = re.match(r"^([^,.;:!?]*?),\s*([а-яё]+)[^,.;:!?]{0,60},", after)
    if participial and participial.group(1).strip() and _participle(participial.group(2)):
        # (not «Ирина Соколова, вернувшаяся из Вены, встретили журналисты»: a participle right after the term agrees
        # with it as the translation wrote it)
        # «пилоты, возмущённые новыми правилами, винят»: a participle's phrase between commas is passed over
        after = participial.group(1) + after[participial.end():]
    clause = _CLAUSE_BREAK.split(after)[0].split(",")[0]
    clause_words = _WORDS.findall(clause)
    for k, word in enumerate(clause_words[:6]):
        best, parses = _parse(word)
        if best is None or best.tag.POS not in ("VERB", "INFN", "PRTS"):
            continue
        lower = word.lower()
        if best.tag.POS == "PRTS" and "neut" in best.tag:  # Кемалю Озтюрку было предъявлено: impersonal
            for case, verbs in GOVERNMENT.items():
                if best.normal_form in verbs and case == "datv":
                    return Need("datv", f"governed by the impersonal «{word}» after it", number)
            return None
        if lower in ("было", "будет", "будут", "была", "был", "были"):
            continue
        if best.tag.POS == "PRTS" or (lower.endswith(("ся", "сь")) and not not_subject) or best.normal_form == "быть":
            return None  # Кирилов был обвинён, Кирилов обвиняется: still the subject
        if best.normal_form in ("стать", "становиться", "являться", "оказаться", "оставаться", "остаться"):
            return None  # чтобы мавруд стал известным: a linking verb's instrumental is its complement, not the term
        for case, verbs in GOVERNMENT.items():
            if best.normal_form in verbs and case != "gent":
                if case == "datv" and best.normal_form in DATIVE_OF_PERSON and not person and not (
                        best.normal_form in _TELL_TO_DO and k + 1 < len(clause_words)
                        and (_parse(clause_words[k + 1])[0] or best).tag.POS == "INFN") \
                        and not _thing_after(clause[clause.find(word) + len(word):]):
                    return Need("accs", f"object of «{word}» after it", number)  # (not рекомендовал повысить:
                    #                                                              the one told to do it, dative)
                return Need(case, f"governed by «{word}» after it", number)
        if transitive and best.tag.POS in ("VERB", "INFN") and "tran" in best.tag:  # (not выходит: выходить больного)
            if _opens_with_only(clause_words[k + 1:k + 4], "accs"):
                return None  # "X was injured": «X получил травму» — the verb has its object, X is its subject
            return Need("accs", f"object of «{word}» after it", number)
        return None
    return None


def _opens_with_only(words: list[str], case: str) -> bool:
    """Do ``words`` open with a common noun (after its adjectives) that can only be in ``case``: травму, not удар
    (accusative or nominative), after a verb (its own object); иностранным парам after a term (a recipient)?

    >>> _opens_with_only(["травму", "в", "третьем"], "accs"), _opens_with_only(["губернатор"], "accs")
    (True, False)
    """
    for word in words:
        best, parses = _parse(word)
        if best is None or word[:1].isupper():
            return False
        if best.tag.POS in ("ADJF", "PRTF") and any(p.tag.case == case for p in parses):
            continue
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        return bool(nouns) and best.tag.POS == "NOUN" and all(p.tag.case == case for p in nouns)
    return False


#: A parenthetical word between commas right after an occurrence (X, однако, обвинение не предъявили).
_PARENTHESIS_AFTER = re.compile(r"^\s*,\s*(?:однако|впрочем|по-видимому|видимо|кажется|правда|конечно|тем не менее|"
                                r"в свою очередь|по всей видимости|судя по всему|по данным [^,]{1,40}|"
                                r"по словам [^,]{1,40}|по информации [^,]{1,40}|(?:а|но)\s+не\s+[^,.;]{1,60})\s*,", re.I)
# (also a contrast: «Именно X, а не регуляторов, профсоюз обвинил»)
#: A relative clause between commas right after an occurrence (, которая охраняет 1340 километров границы,).
_RELATIVE_AFTER = re.compile(r"^\s*,\s*(?:котор|где|чей|чья|чьё|чьи)[^,.;:!?«»()—–]{0,120},")


def _same_case_noun_before(tail: str, case: str) -> bool:
    """Is the word right before a common noun in ``case`` (защитницей крымскими татарами)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if not words or not words[-1][:1].islower() or tail.rstrip()[-1:] in ",;:":
        return False
    best, parses = _parse(words[-1])
    return best is not None and best.tag.POS == "NOUN" and best.tag.case == case and "Name" not in best.tag \
        and not any(p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs") for p in parses)
    # (not «разослало инструкции | почетным консулам»: инструкции is the accusative plural as well)


def _title_before(tail: str, appositive: bool = False) -> tuple[str, str] | None:
    """A title or noun for a person right before a name, possibly with its genitive complement between
    (Председатель Народного собрания | Калин Стоянов; мэр Тулчи | Андрей): (the title, its case)."""
    tail = re.sub(r"«[^«»]{1,60}»|„[^„“]{1,60}“", "Имя", tail)  # (директором аквапарка «Дельфин» | Мариной Волновой)
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])[-6:]
    if not words or tail.rstrip()[-1:] in ",;:":
        return None
    for k in range(len(words) - 1, -1, -1):
        if words[k].isupper() and len(words[k]) > 1 and k > 0:
            continue  # управляющим БНБ | Димитром Костадиновым: an acronym is a genitive complement
        best, parses = _parse(words[k])
        if best is None:
            return None
        title = words[k].lower() in TITLES or (best.normal_form in TITLES) or _animate_noun(parses)
        if not title and k > 0 and (words[k].lower() in PREPOSITIONS or words[k - 1].lower() in PREPOSITIONS
                                    or words[k][:1].isupper()):
            continue  # Глава Комиссии | по защите | конкуренции: a prepositional phrase or a name in the complement
        if title:
            outer = words[:k]
            verbs = [j for j, w in enumerate(outer) if _parse(w)[0] is not None
                     and _parse(w)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")]
            if verbs:
                outer = outer[verbs[-1] + 1:]  # (not «Министр поблагодарил | начальника»: a subject before the verb)
            if best.tag.case == "gent" and k > 0 and any(w.lower() in TITLES or _animate_noun(_parse(w)[1]) or (
                    _parse(w)[0] is not None and _parse(w)[0].normal_form in TITLES) for w in outer):
                continue  # заместитель министра энергетики, Глава профсоюза горняков: the title is the outer noun
            complement = [w for j, w in enumerate(words[k + 1:], k + 1)
                          if w.lower() not in PREPOSITIONS and words[j - 1].lower() not in PREPOSITIONS]
            if k < len(words) - 1 and all(w[:1].isupper() or any(p.tag.case == "gent" for p in _parse(w)[1])
                                          for w in complement) \
                    and (words[k + 1][:1].isupper() or words[k].lower() in TITLES or best.normal_form in TITLES
                         or (words[k + 1].lower() in PREPOSITIONS and _animate_noun(parses)) or appositive):
                # (with ``appositive``, the English set the name off by commas: "the firm's chief engineer,
                # Eirik Haugland" — главному инженеру норвежской компании Эйрику Хаугланду)
                # (с наблюдателем от СНГ | Светланой Дубровской: a person's noun with a prepositional phrase)
                # (a title right before the name: the governor decides; «Глава Комиссии по защите конкуренции»:
                # a prepositional phrase inside the complement)
                return words[k], _title_case(words, k, best, parses)
            return None
        if not any(p.tag.case == "gent" for p in parses):
            return None
    return None


def _dash_apposition(tail: str) -> tuple[str, str] | None:
    """A noun for a person in an oblique case, then a dash, right before a name (нового адвоката — X):
    (the noun, its case)."""
    dash = re.search(r"([А-Яа-яЁё-]+)\s*[—–]\s*$", tail)
    if not dash:
        return None
    best, parses = _parse(dash.group(1))
    if best is None or not (_animate_noun(parses) or dash.group(1).lower() in TITLES):
        return None
    words = _WORDS.findall(tail[:dash.end(1)])[-4:]
    case = _title_case(words, len(words) - 1, best, parses)
    return (dash.group(1), case) if case != "nomn" else None


def _comma_apposition(tail: str) -> tuple[str, str] | None:
    """A noun for a person in an oblique case, maybe with a genitive after it, then a comma right before a
    name set off by commas (Соперника Белозерской, | X,): (the noun, its case)."""
    if not tail.rstrip().endswith(","):
        return None
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail.rstrip()[:-1])[-1])[-4:]
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        best, parses = _parse(words[k])
        if best is None:
            return None
        if _animate_noun(parses) or words[k].lower() in TITLES or best.normal_form in TITLES:
            case = _title_case(words, k, best, parses)
            return (words[k], case) if case not in ("nomn", None) else None
        if not (words[k][:1].isupper() or any(p.tag.case == "gent" for p in parses)):
            return None  # only a genitive complement may stand between the noun and the comma
    return None


def _title_case(words, k: int, best, parses) -> str:
    """The case of a title (арбитра after a transitive verb: the animate accusative, not the genitive)."""
    case = best.tag.case or "nomn"
    v = k - 1
    while v > 0 and _parse(words[v])[0] is not None and _parse(words[v])[0].tag.POS in ("ADJF", "PRTF"):
        v -= 1  # назначила новым | ректором X
    if case == "ablt" and v >= 0 and k > 0 and _parse(words[v])[0] is not None and \
            _parse(words[v])[0].normal_form in PREDICATIVE_VERBS:
        return "accs"  # избрали председателем | Зузану Дворжакову: the title is the predicate, the name the object
    j = k - 1
    while j > 0 and _parse(words[j])[0] is not None and _parse(words[j])[0].tag.POS == "ADJF":
        j -= 1  # назначил нового | адвоката
    if case == "gent" and any(p.tag.case == "accs" for p in parses) and k > 0:
        verb, _verb_parses = _parse(words[j])
        if verb is not None and verb.tag.POS in ("VERB", "INFN") and "tran" in verb.tag:
            return "accs"
    return case


def _animate_noun(parses) -> bool:
    """A noun for a person (археолог, фотограф, писатель): a name after it stands in apposition."""
    from localize.morphology.ru import in_dictionary

    if parses and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag and not in_dictionary(parses[0]) \
            and re.match(r"[а-яё]{3,}(?:ер|ёр|ор|ист|лог|граф|тель|щик|чик)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$", parses[0].word):
        return True  # дайвером: a word the dictionary does not know, with the ending of a person's noun
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag and \
        not {"Name", "Surn", "Patr"} & set(parses[0].tag.grammemes)


def _pp_genitive(noun: str | None, number: str) -> Need | None:
    return Need("gent", f"governed by the noun «{noun}»", number) if noun else None


def _is_object_of_dative_verb(words, i: int) -> bool:
    """Is the noun ``words[i]`` the direct object of a verb that also takes a dative (вручили премию X)?
    Not when the noun is itself the dative (противостояла давлению | X: X is the noun's genitive)."""
    cases = {p.tag.case for p in _parse(words[i].group(0))[1]}
    if cases and cases <= {"datv", "loct"}:
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        best, _parses = _parse(words[j].group(0))
        if best is not None and best.tag.POS in ("VERB", "INFN", "GRND", "PRTF"):
            return best.normal_form in GOVERNMENT["datv"]
    return False


#: Generic nouns of a facility: a place's name after them may be its genitive (порт Нукуса) or apposition.
_FACILITY_BEFORE = re.compile(r"(?<![А-Яа-яЁё])(?:(?:порт|аэропорт|космодром|курорт|терминал|комбинат|завод|рудник|"
                              r"карьер|прииск)(?:а|у|ом|е)?|станци(?:я|и|ю|ей)|шахт(?:а|ы|е|у|ой)|АЭС|ГЭС|ТЭС)\s+$",
                              re.I)


def _motion_noun_right_before(head: str) -> bool:
    """Is the word right before «в»/«на» a noun of a route that is no verb form (несколько дорог | в: "roads in";
    not «прибыли | в», «инвестиции | в»: investment in X is в + accusative whatever the English says)?"""
    words = _WORDS.findall(head)
    if not words or not re.match(r"(?:дорог|пут[иьея]|маршрут|коридор|рейс|трасс)", words[-1], re.I):
        return False
    _best, parses = _parse(words[-1])
    return any(p.tag.POS == "NOUN" for p in parses) and not any(p.tag.POS in ("VERB", "INFN") for p in parses)


def _subject_noun_before_preposition(tail: str) -> bool:
    """Is the word before the preposition ending ``tail`` a noun that may be a nominative, itself after no
    preposition (Баржи | на Дунай: the place of that noun; not «В четверг | в Яссы», «в 2023 году | в»)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if len(words) < 2:
        return False
    best, parses = _parse(words[-2])
    if best is None or best.tag.POS != "NOUN" or not any(p.tag.case == "nomn" for p in parses if p.tag.POS == "NOUN"):
        return False
    return len(words) < 3 or words[-3].lower() not in PREPOSITIONS


def _located_noun_before_preposition(tail: str) -> bool:
    """Is the word before the preposition ending ``tail`` a noun in the prepositional case after «в/на», itself
    after a noun that may be the subject (Радиолюбители на судах | в X: X places the ships, no destination)?

    >>> _located_noun_before_preposition("Радиолюбители на судах в "), _located_noun_before_preposition("В Бургасе в ")
    (True, False)
    """
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if len(words) < 4 or words[-3].lower() not in ("в", "во", "на"):
        return False
    best, parses = _parse(words[-2])
    subject, subject_parses = _parse(words[-4])
    return best is not None and best.tag.POS == "NOUN" and best.tag.case in ("loct", "loc2") and \
        subject is not None and subject.tag.POS == "NOUN" and any(p.tag.case == "nomn" for p in subject_parses)


def _agrees_with_generic(tail: str, own_case: str, also_own: tuple) -> bool:
    words = _WORDS.findall(tail)
    if not words:
        return False
    _best, parses = _parse(words[-1])
    return any(p.tag.case in (own_case, *also_own) for p in parses)


def _dative_verb(tail: str) -> str | None:
    """The last verb of the clause before the term that governs the dative (предложил пост директора |)."""
    return next((w for w in reversed(_WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]))
                 if _parse(w)[0] is not None and _parse(w)[0].tag.POS == "VERB"
                 and _parse(w)[0].normal_form in GOVERNMENT["datv"]), None)


def _plural_noun_before(tail: str) -> bool:
    """Is the word right before the term a plural noun (магазинах)?"""
    words = _WORDS.findall(tail[-40:])
    best = _parse(words[-1])[0] if words and not tail.rstrip().endswith(",") else None
    return best is not None and best.tag.POS == "NOUN" and best.tag.number == "plur"


def _quoted_apposition(tail: str, quoted: bool) -> bool:
    """A quoted name right after the generic noun it names.

    >>> _quoted_apposition("Поддержка правящей партии ", True)
    True
    """
    return quoted and bool(GENERIC_NOUNS.search(tail))


def _active_participle_before(tail: str) -> bool:
    """Is the word before the term an active participle (принадлежащая, руководящий)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if not words:
        return False
    _best, parses = _parse(words[-1])
    return any(p.tag.POS == "PRTF" and "actv" in p.tag for p in parses[:2]) or any(
        p.tag.POS == "ADJF" and re.search(r"(?:ущ|ющ|ащ|ящ)ий$", p.normal_form) for p in parses[:2])
    # (принадлежащей is read as an adjective first: the participle governs all the same)


def _participle(word: str) -> bool:
    """Is ``word`` a full participle or a gerund by its likely readings (the first word of a phrase set off by
    commas: «, опубликованном в пятницу,», «, пережив три реформы,»)?"""
    return any(p.tag.POS in ("PRTF", "GRND") for p in _parse(word)[1][:2])


def _coordinated_with_same_case(tail: str, case: str) -> bool:
    """Does a noun in ``case`` stand right before «и»/«или» before the occurrence (добычи лося и | X)?"""
    joined = re.search(r"(?<![а-яё])([а-яё]{3,})\s+(?:и|или)\s+$", tail, re.I)
    return bool(joined) and any(p.tag.POS == "NOUN" and p.tag.case == case for p in _parse(joined.group(1))[1][:2])


#: The noun of a prepositional phrase right before an occurrence (на побережье | X, в центре города | X).
_NOUN_OF_A_PHRASE_BEFORE = re.compile(r"(?<![а-яё])(?:на|в|во|у|с|со|по|к|ко|о|об|при|за|под|над)\s+(?:[а-яё]+\s+)?"
                                      r"([а-яё]{3,})\s+$", re.I)

_RU_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct", "loc2", "gen2"}


_COORDINATED_AFTER = re.compile(r"\s*(?:,|и|или)\s+(?:[а-яё]+\s+(?=[«„\"]))?[«„\"]?[А-ЯЁA-Z]")  # (и фонд «Рубеж»: a generic noun and a quoted name)


def _agrees(verb: str, plural: bool) -> bool:
    """Does a finite verb agree in number with a subject that is ``plural`` (получили Томас Беккер и Амина
    Диалло; получила Ирина Соколова; not доложили Ольга Седых)?"""
    best, _parses = _parse(verb)
    if best is None or best.tag.number is None:
        return False
    return (best.tag.number == "plur") == plural


def _governs_oblique(verb: str) -> bool:
    """Does a verb («поручило») govern a dative, instrumental or genitive object (Rosenthal's lists)?"""
    best = _parse(verb)[0] if verb else None
    return best is not None and any(best.normal_form in verbs for verbs in GOVERNMENT.values())


#: Verbs whose «на» takes only the accusative, right before it (Rosenthal: полагаться, опираться, рассчитывать,
#: надеяться на что).
_RELY_ON = re.compile(r"(?<![а-яё])(?:полага|положи|опира|опер(?:ся|лась|лось|лись|еться)|рассчитыва|рассчит|надея|надеет|понаде|ориентир|"
                      r"нацел|указыва|указа|ссыла|сосла|жалу|жалова|пожалова)[а-яё]*\s+на\s+$", re.I)


def _infinitive_before(tail: str) -> bool:
    """Is there an infinitive in the clause before the occurrence (Контролировать расследование будет | X)?"""
    return any(_parse(w)[0] is not None and _parse(w)[0].tag.POS == "INFN"
               for w in _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]))


def _after_copula(tail: str) -> bool:
    """Is the word before the occurrence a form of быть (Контролировать будет | X)?"""
    words = _WORDS.findall(tail[-20:])
    return bool(words) and words[-1].lower() in ("будет", "будут", "был", "была", "было", "были")


def _verb_after_agrees(after: str, number: str, dative: bool = False) -> bool:
    """Is the first verb after an occurrence (past a relative clause) a finite active verb agreeing with it
    in number, not an impersonal one (удалось, было поручено)? Also a future «будет» before an infinitive."""
    after = _RELATIVE_AFTER.sub("", after, count=1)
    if re.match(r"[^.;:!?«»]*?\s(?:удал|пришл|предстоит|придётся|нужно|надо|следует|было|стало)", " " + after[:60]):
        return False
    for word in _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:5]:
        best, parses = _parse(word)
        if best is None or best.tag.POS not in ("VERB", "PRTS"):
            continue
        if best.tag.POS == "PRTS" or "impr" in best.tag:
            return False
        plural = best.tag.number == "plur"
        if dative and "past" not in best.tag:
            return False  # «Инициативе исполняется двенадцать лет»: a present tense shows no subject's gender
        return plural == (number == "plur") and best.tag.gender != "neut"
    return False


#: A comma-enclosed phrase right after an occurrence (an apposition, a participle phrase): skipped to find the verb.
_ASIDE_AFTER = re.compile(r"^\s*,([^,.;:!?«»()—–]{1,80}),")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?;:,—–(«\"]\s*|(?<![а-яё])(?:но|а|что|чтобы|когда|если|хотя|пока|поскольку)\s+)$",
                          re.I)


def verb_after_disagrees(before: str, after: str, plural: bool) -> str:
    """The finite verb of the clause an occurrence opens, when it cannot agree with the occurrence as its subject
    in number ('' when there is none or it may agree): the nominative is then doubtful.

    >>> verb_after_disagrees("", " помогают 15 волонтёров.", False)
    'помогают'
    >>> verb_after_disagrees("", ", директор фестиваля, поблагодарили первой.", False)
    'поблагодарили'
    >>> verb_after_disagrees("", " этой осенью повредила посевы.", False), verb_after_disagrees("В докладе ", " X.", False)
    ('', '')
    """
    if not _CLAUSE_OPEN.search(before) or re.search(r"(?<![а-яё])ни\s+$", before, re.I):
        return ""  # (not «численность | кабанов»; not «Ни Лебедев, ни Морозова не стали»; not after «и», which
        #            may join it to a subject before it: **Аскар Жумабаев** и Лю Чжэньхай открыли)
    after = _RELATIVE_AFTER.sub("", after, count=1)
    aside = _ASIDE_AFTER.match(after)
    if aside and not any(_parse(w)[0] is not None and _parse(w)[0].tag.POS == "VERB" for w in _WORDS.findall(aside.group(1))):
        after = after[aside.end():]
    clause = _CLAUSE_BREAK.split(after)[0].split(",")[0]
    for word in _WORDS.findall(clause)[:6]:
        if word.lower() in ("и", "или", "а", "но", "что", "как", "чем", "либо"):
            return ""  # (a subject shared with another: Лебедев и Морозова стали)
        best, parses = _parse(word)
        if best is None or best.tag.POS != "VERB":
            continue
        if "impr" in best.tag or "1per" in best.tag or "2per" in best.tag:
            return ""
        if any(p.tag.POS == "VERB" and (p.tag.number == "plur") == plural for p in parses):
            return ""
        return word
    return ""


def _passive_after_agrees(after: str, number: str) -> bool:
    """Is the word right after an occurrence (past markup) a short passive participle agreeing with it in
    number, not neuter (В докладе *энергетическая бедность* | названа ...: the passive's subject)?"""
    word = re.match(r"[\s*_»“\"]*([а-яё]+)", after)
    if not word:
        return False
    parses = [p for p in _parse(word.group(1))[1] if p.tag.POS == "PRTS" and "pssv" in p.tag]
    return any((p.tag.number == "plur") == (number == "plur") and p.tag.gender != "neut" for p in parses[:2])


def _maybe_intransitive(verb: str) -> bool:
    """May a verb form be an intransitive verb (шли: идти, not only слать)? Its instrumental (шли Великим
    шёлковым путём) is then a way, not a wrong object."""
    return any(p.tag.POS in ("VERB", "INFN", "GRND") and "intr" in p.tag for p in _parse(verb)[1])


def _quoted_word(reason: str) -> str:
    """The word a reason quotes (governed by «поручило»: поручило)."""
    word = re.search(r"«([^»]+)»", reason)
    return word.group(1) if word else ""


def _perfective_only(parses) -> bool:
    """Are all the verb readings of a word perfective (сослался; not перевозятся, which may be перевозиться)?"""
    verbs = [p for p in parses if p.tag.POS in ("VERB", "INFN")]
    return bool(verbs) and all("perf" in p.tag for p in verbs)


def _verb_right_before(tail: str, active: bool = False) -> bool:
    """Is the word before the term a verb (``active``: a finite active one, not a passive or -ся)?"""
    words = [w for w in _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]) if w.lower() not in _EMPHASIS]
    for _ in range(2):  # приняла исключительно X: an adverb between
        if len(words) > 1 and _parse(words[-1])[0] is not None and _parse(words[-1])[0].tag.POS in ("ADVB", "PRCL"):
            words.pop()
    if not words:
        return False
    best, parses = _parse(words[-1])
    if best is not None and best.tag.POS == "ADJS" and any(p.tag.POS == "PRTS" for p in parses):
        best = next(p for p in parses if p.tag.POS == "PRTS")  # снят: a participle, not the adjective
    if best is None or best.tag.POS not in ("VERB", "INFN", "PRTS", "GRND"):
        return False  # (Возглавив | Евразийский банк: a gerund governs like its verb)
    return not active or (best.tag.POS in ("VERB", "INFN") and "pssv" not in best.tag
                          and (not words[-1].lower().endswith(("ся", "сь")) or _perfective_only(parses)))
    # (a perfective verb in -ся is no passive: «сослался Звоницкий» for "was cited by Zvonitsky")


#: Words that may stand between a verb and its subject (подписала сама Клара Уитмор).
_EMPHASIS = {"сам", "сама", "само", "сами", "лично", "тоже", "также", "же", "и", "даже", "уже", "ещё", "еще"}


#: «из/от/с X» right before «в/на»: the «в» phrase is the destination (из Ясс в Кишинёв, с Кипра на Крит).
_FROM_BEFORE = re.compile(r"(?<![а-яё])(?:из|от)\s+(?:[«\"„]?[А-ЯЁ][\w-]*[»\"“]?\s+){1,3}$")


_REFLEXIVE_GOVERNOR = re.compile(r"«([а-яё]+(?:ся|сь))»", re.I)
_SHARED_PREPOSITION = re.compile(r"(?<![а-яё])(между|с|со|без|для|о|об|при|перед|над|под|по|к|ко|от|из|у)\s+"
                                 r"([а-яё]+)\s*,?\s+(?:и|или|а также)\s+$", re.I)


def _instrumental_after(after: str, adjectives: bool = False) -> bool:
    """Does an instrumental noun follow (персоной нон грата, виновным, победителем)? With ``adjectives``, past
    adjectives that may be instrumental (благотворительной | организацией: read as genitive first)."""
    if _CLAUSE_BREAK.match(after.lstrip()):
        return False
    for word in _WORDS.findall(after)[:4 if adjectives else 1]:
        best, parses = _parse(word)
        if best is not None and best.tag.case == "ablt" and best.tag.POS in ("NOUN", "ADJF"):
            return True
        if not any(p.tag.POS == "ADJF" and p.tag.case == "ablt" for p in parses):
            return False
    return False


_TIME_PP = re.compile(r"\s(?:в|на|за)\s+(?:(?:один|одну|одни|каждый|каждую)\s+)?(?:неделю|день|сутки|месяц|год|час|"
                      r"минуту|квартал|сезон)(?=\s|$)", re.I)


def _allows(preposition: str, case: str) -> bool:
    """Does ``preposition`` allow ``case`` (the second locative only after в and на)?

    >>> _allows("в", "loc2"), _allows("о", "loc2"), _allows("с", "gent")
    (True, False, True)
    """
    allowed = PREPOSITIONS[preposition]
    return case in allowed or (case == "loc2" and preposition in ("в", "во", "на"))


#: Participles and adjectives used as nouns (данные = data, военные = the military): no agent after them.
_SUBSTANTIVE_PARTICIPLES = {"данные", "данных", "учёные", "ученые", "военные", "рабочие", "служащие", "пострадавшие",
                            "погибшие", "раненые", "задержанные", "заключённые", "заключенные", "отдыхающие"}

_DATIVE_PRONOUNS = {"мне", "тебе", "ему", "ей", "нам", "вам", "им", "себе",
                    "которому", "которой", "которым", "кому"}  # (которому принадлежат | кебабные: the relative's dative)
#: Verbs whose English "as" complement is a Russian instrumental (служить станцией, работал переводчиком).
AS_INSTRUMENTAL = {"служить", "послужить", "работать", "проработать", "выступать", "выступить", "трудиться",
                   "оставаться", "остаться", "стать", "становиться", "являться", "числиться", "значиться"}
_COPULAS = {"являться", "стать", "становиться", "считаться", "оставаться", "остаться", "называться", "быть"}

_OBLIQUE_NUMERAL = re.compile(r"(?:(?<![а-яё])(о|об|обо|при|в|во|на|к|ко)\s+(?:(?:всех|всем|этих|этим|тех|тем|"
                              r"первых|первым|последних|последним)\s+)?)?(?<![а-яё])(двух|тр[её]х|четыр[её]х|двум|тр[её]м|"
                              r"четыр[её]м|двумя|тремя|четырьмя|обоих|обеих|обоим|обеим|обоими|обеими|"
                              r"нескольких|нескольким|несколькими|многих|многим|многими|"
                              r"(?:пят|шест|сем|восьм|девят|десят|(?:одинн|двен|трин|четырн|пятн|шестн|семн|восемн|девятн)"
                              r"адцат|двадцат|тридцат)(?:и|ью)|сорока|пятидесяти|шестидесяти|семидесяти|восьмидесяти|"
                              r"девяноста)\s+(?:[а-яё]+(?:ых|их|ым|им|ыми|ими)\s+){0,2}$",
                              re.I)

_SAM = re.compile(r"(?<![а-яё])(самого|самому|самим|самом|самую|самой)\s+$", re.I)
_SAM_CASES = {"самого": "accs", "самому": "datv", "самим": "ablt", "самом": "loct", "самую": "accs", "самой": "gent"}
# (самой: genitive, dative, instrumental and prepositional alike, as a woman's -ова surname is: Соколовой)
# (самого: genitive and animate accusative are spelt alike for a man's name)


def _participle_agrees(participle: str, case: str, number: str) -> bool:
    """Is a participle in ``case`` and ``number`` (отреставрированную + мечеть: accusative)?"""
    return bool(participle) and any(p.tag.POS in ("PRTF", "ADJF") and p.tag.case == case and (
        p.tag.number or "sing") == ("plur" if number == "plur" else "sing") for p in _parse(participle)[1])


def _predicative_verb_before(words: list[str]) -> bool:
    """Is there a verb of making-something (признал, назначил) before an accusative object of up to three
    words (признал | Веру Голубеву | X)?"""
    for word in reversed(words[-3:]):
        best, parses = _parse(word)
        if best is not None and best.normal_form in PREDICATIVE_VERBS:
            return True
        if not any(p.tag.case == "accs" for p in parses):
            return False
    return False


def _subject_before_verb(tail: str) -> bool:
    """Does a noun or pronoun in the nominative stand before the verb right before the occurrence, in its
    clause (Груз прибыл | контейнерным поездом: the verb has its subject, the instrumental is a means)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])[:-1]
    return any(_parse(w)[0] is not None and _parse(w)[0].tag.POS in ("NOUN", "NPRO") and _parse(w)[0].tag.case == "nomn"
               and all(p.tag.case == "nomn" for p in _parse(w)[1][:1]) for w in words)


def _subject_taken_before(tail: str) -> str:
    """The finite verb of the occurrence's clause when a noun in the nominative agreeing with it follows it and
    only nouns in the genitive stand between that noun and the occurrence (истёк срок действия | X): the verb's
    subject slot is taken, so X continues the genitive chain. Empty when not.

    >>> _subject_taken_before("у которой истёк срок действия "), _subject_taken_before("Вчера истёк срок ")
    ('истёк', '')
    """
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])
    for i in range(len(words) - 2, 0, -1):
        verb = _parse(words[i - 1])[0]
        noun, noun_parses = _parse(words[i])
        nominative = next((p for p in noun_parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
        if verb is None or verb.tag.POS != "VERB" or nominative is None or "Name" in nominative.tag \
                or not words[i].islower():
            continue
        noun = nominative
        chain = [_parse(w)[1] for w in words[i + 1:]]
        if not all(any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses[:2]) for parses in chain):
            return ""
        agrees = verb.tag.number == noun.tag.number and (verb.tag.gender is None or verb.tag.gender == noun.tag.gender)
        return words[i - 1] if agrees else ""
    return ""


def _subjectless_verb_and_object(tail: str, number: str) -> str:
    """The finite verb of the occurrence's clause when only its object (adjectives and an inanimate noun that
    may be accusative) stands between it and the occurrence and no nominative stands before it in the clause
    (В Подольске открыл испытательный трек | X): the verb's subject is still to come. Empty when not.

    >>> _subjectless_verb_and_object("В Подольске открыл испытательный трек ", "sing")
    'открыл'
    >>> _subjectless_verb_and_object("Компания открыла испытательный трек ", "sing")
    ''
    """
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])
    if len(words) < 2:
        return ""
    noun = next((p for p in _parse(words[-1])[1] if p.tag.POS == "NOUN"), None)
    if noun is None or "inan" not in noun.tag or not any(p.tag.case == "accs" for p in _parse(words[-1])[1]) \
            or not words[-1].islower():
        return ""
    i = len(words) - 2
    while i >= 0 and (_parse(words[i])[0] is not None and _parse(words[i])[0].tag.POS in ("ADJF", "PRTF")):
        i -= 1
    if i < 0:
        return ""
    verb = _parse(words[i])[0]
    if verb is None or verb.tag.POS != "VERB" or "tran" not in verb.tag or verb.tag.number != number \
            or verb.tag.person == "1per" or verb.tag.person == "2per":
        return ""
    if any(_parse(w)[0] is not None and _parse(w)[0].tag.POS in ("NOUN", "NPRO") and any(
            p.tag.case == "nomn" for p in _parse(w)[1][:1]) for w in words[:i]):
        return ""
    return words[i]


def _noun_right_before(tail: str) -> bool:
    """Is the word right before the occurrence a common noun (донорами, побережье)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if not words or tail.rstrip()[-1:] in ",;:" or not words[-1][:1].islower():
        return False
    best, _parses = _parse(words[-1])
    return best is not None and best.tag.POS == "NOUN" and "Name" not in best.tag and "Geox" not in best.tag


def _dative_governor_before_noun(tail: str) -> bool:
    """Is the word before the noun before the occurrence a word governing the dative (обязаны жизнью | X,
    помог деньгами | X)? The English "to" is then that word's, not the noun's."""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if len(words) < 2:
        return False
    best = _parse(words[-2])[0]
    for back in range(2, 5):  # (сообщать о каждой остановке | X: the verb before the noun's own preposition)
        if len(words) > back and words[-back].lower() in PREPOSITIONS:
            verb = _parse(words[-back - 1])[0]
            if verb is not None and verb.tag.POS in ("VERB", "INFN") and verb.normal_form in GOVERNMENT["datv"]:
                return True
            break
    return best is not None and (best.normal_form in GOVERNMENT["datv"] or ADJECTIVE_GOVERNMENT.get(best.normal_form)
                                 == "datv" or PARTICIPLE_GOVERNMENT.get(best.normal_form) == "datv")


def _pp_noun_before(tail: str) -> bool:
    """Is the clause so far only a prepositional phrase (В финале | X)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    return len(words) == 2 and words[0].lower() in PREPOSITIONS


def _fronted_phrase_only(tail: str) -> bool:
    """Is the clause before the occurrence a prepositional phrase with no verb (Из-за нехватки газетной бумаги | X)?

    >>> _fronted_phrase_only("Из-за нехватки газетной бумаги "), _fronted_phrase_only("Он пожаловался на нехватку бумаги ")
    (True, False)
    """
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1].split(",")[-1])
    return len(words) >= 2 and words[0].lower() in PREPOSITIONS and not any(
        p.tag.POS in ("VERB", "INFN", "GRND", "PRTS", "PRTF") for w in words for p in _parse(w)[1][:1])


def _in_prepositional_phrase(tail: str, adjectives: bool = False) -> bool:
    """Is the noun right before the occurrence the object of a preposition (в аренду, на хранение; with
    ``adjectives``, also past its adjectives: в областном совете)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    k = len(words) - 2
    while adjectives and k > 0 and _adjective(words[k]):
        k -= 1
    return len(words) >= 2 and k >= 0 and words[k].lower() in PREPOSITIONS


def _object_of_verb_before(tail: str) -> bool:
    """Is the noun right before the occurrence a transitive verb's accusative object (передаст акции | X,
    задали вопрос | X: the English "to" is then the verb's dative)?"""
    words = [w for w in _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1]) if not re.fullmatch(r"[IVXLCM]+", w)]
    # (a Roman numeral is the genitive's: «доверил самые хрупкие панели XII века | X»)
    for _ in range(2):  # (продали весь урожай коконов | X, поручила организацию своего конгресса | X: the object
        #                   is the noun a genitive after it qualifies)
        if len(words) >= 3 and all(p.tag.case == "gent" for p in _parse(words[-1])[1][:2]) \
                and (_parse(words[-1])[0] is not None and _parse(words[-1])[0].tag.POS == "NOUN"):
            head = len(words) - 2
            while head > 1 and _parse(words[head])[0] is not None and _parse(words[head])[0].tag.POS == "ADJF" \
                    and any(p.tag.case == "gent" for p in _parse(words[head])[1]):
                head -= 1  # (своего | конгресса: its adjectives)
            if any(p.tag.case == "accs" and p.tag.POS == "NOUN" for p in _parse(words[head])[1]):
                words = words[:head + 1]
    counted = bool(words) and any(p.tag.case == "gent" for p in _parse(words[-1])[1]) and re.search(
        r"(?<![а-яё])(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:[а-яё]+\s+){0,2}"
        + re.escape(words[-1]) + r"[\s*_]*$", tail, re.I) is not None  # подарил два ткацких станка | X: a counted object
    negated = bool(words) and any(p.tag.case == "gent" for p in _parse(words[-1])[1]) and re.search(
        r"(?<![а-яё])не\s+[а-яё]+(?:\s+[а-яё]+){0,4}\s+" + re.escape(words[-1]) + r"[\s*_]*$", tail, re.I) is not None
    # (не выделило вообще никаких средств | X: the object of a negated verb is in the genitive)
    if not words or not (counted or negated or any(p.tag.case == "accs" for p in _parse(words[-1])[1])):
        return False
    window = words[-8:-1] if any(w.lower() in ("и", "или") for w in words[-8:-1]) else words[-5:-1]
    for k, word in enumerate(reversed(window)):  # (a list of objects is longer: передало новые рации и два
        #                                           лоцманских катера | X)
        best, parses = _parse(word)
        if best is not None and best.tag.POS in ("VERB", "INFN", "GRND") and any("tran" in p.tag for p in parses[:2]):
            return True
        if word.lower() in PREPOSITIONS:
            if k == 0 or all(_adjective(w) for w in list(reversed(window))[:k]):
                return False  # the noun is the preposition's (отправил в Москву | X)
            break
    else:
        return False
    # a fronted phrase between the verb and its object: «вручил в пятницу на глазах у сотен экспонентов и
    # журналистов главный приз | X» — the verb before the prepositional phrases, in the same clause
    for word in reversed(words[max(0, len(words) - 16):len(words) - 2 - k]):  # (words[-2 - k] is the preposition)
        best, parses = _parse(word)
        if best is not None and best.tag.POS in ("VERB", "INFN", "GRND"):
            return "tran" in best.tag and (best.normal_form in DATIVE_OF_PERSON or best.normal_form in ("сдать", "сдавать"))
            # (also «сдал в аренду здание | X»: сдать кому что, a verb the government list leaves out — «сдать экзамен»)
        if best is not None and best.tag.POS == "NOUN" and best.tag.case == "nomn" and word[:1].isupper():
            return False
    return False


#: The opening of a Russian aside between commas (согласно отчёту, по словам директора, как сообщило агентство).
_RU_ASIDE_OPENING = re.compile(r"\s*(?:согласно|по\s+(?:словам|данным|мнению|информации|сведениям|оценкам)|"
                               r"как\s+сообщ\w+|судя\s+по|в\s+частности|по\s+всей\s+видимости)\s", re.I)


def _passive_in_clause(tail: str) -> bool:
    """A short passive participle in the clause before the occurrence, past at most one prepositional
    phrase (было внесено в реестр | X)?"""
    segments = _CLAUSE_BREAK.split(tail)[-1].split(",")
    if len(segments) >= 3 and not segments[-1].strip() and _RU_ASIDE_OPENING.match(segments[-2]):
        # «Авария была вызвана, согласно опубликованному министерством отчёту, | X»: the passive before an aside
        last = _WORDS.findall(segments[-3])[-2:]
        return any(any(p.tag.POS == "PRTS" and "pssv" in p.tag for p in _parse(w)[1]) for w in last)
    words = _WORDS.findall(segments[-1])
    if any(any(p.tag.POS == "PRTS" and "pssv" in p.tag for p in _parse(w)[1]) for w in words[-4:-1]) \
            and any(w.lower() in PREPOSITIONS for w in words[-4:]):
        return True
    # a full passive participle opening its phrase, past a longer prepositional phrase: «доклады,
    # подготовленные для Черноморской комиссии по рыболовству | Ларсом Хаугеном»
    return len(words) <= 7 and bool(words) and any(p.tag.POS == "PRTF" and "pssv" in p.tag for p in _parse(words[0])[1]) \
        and any(w.lower() in PREPOSITIONS for w in words[1:3])


def _short_participle_agrees(participle: str, number: str, gender) -> bool:
    """Is ``participle`` a short passive participle agreeing with a term of ``number`` and the gender that
    ``gender()`` tells (использован лён; not назначена редактор)?"""
    best, parses = _parse(participle)
    if best is None or best.tag.POS != "PRTS":
        return False
    if number == "plur" or best.tag.number == "plur":
        return number == "plur" and best.tag.number == "plur"
    return best.tag.gender is not None and best.tag.gender == gender()


def _dative_first_verb_after(after: str) -> str:
    """The verb right after an occurrence (past «не» and one adverb) when it is one whose dative stands first
    (принадлежат, досталась), else ''.

    >>> _dative_first_verb_after(" принадлежат 12 радиомачт"), _dative_first_verb_after(" принадлежит Иванову")
    ('принадлежат', '')
    """
    words = _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:6]
    if len(words) > 2 and words[0].lower() in ("в", "во", "на", "с", "со", "до", "к") and any(
            TIME_NOUN.match(w.lower()) for w in words[1:3]):  # «в этом году исполняется»: past a phrase of time
        words = words[next(n for n, w in enumerate(words[1:3], 1) if TIME_NOUN.match(w.lower())) + 1:]
    words = words[:3]
    for k, word in enumerate(words):
        best, parses = _parse(word)
        if best is None:
            return ""
        if best.tag.POS == "VERB":
            if best.normal_form not in DATIVE_FIRST:
                return ""
            rest = words[k + 1:k + 2]  # (not «принадлежит Иванову»: a dative after the verb is its own)
            if rest and any(p.tag.case == "datv" for p in _parse(rest[0])[1][:1]):
                return ""
            return word
        if best.tag.POS not in ("PRCL", "ADVB"):
            return ""
    return ""


def _first_verb(after: str, passive: bool = False) -> str:
    """The first verb after an occurrence in its clause ('' when none); ``passive``: also a short participle,
    past a form of «быть» (был наложен: наложен)."""
    for word in _WORDS.findall(_CLAUSE_BREAK.split(after)[0].split(",")[0])[:6]:
        best, _parses = _parse(word)
        if passive and best is not None and best.normal_form == "быть":
            continue
        if best is not None and (best.tag.POS in ("VERB", "INFN") or (passive and best.tag.POS == "PRTS")):
            return word.lower()
    return ""


def _fronted_instrumental(tail: str) -> bool:
    """Is the word before the occurrence a verb governing the instrumental whose instrumental object stands
    before it in the clause (Подготовкой к играм занималась | X)?"""
    words = _WORDS.findall(_CLAUSE_BREAK.split(tail)[-1])
    if len(words) < 2:
        return False
    best, _parses = _parse(words[-1])
    if best is None or best.tag.POS not in ("VERB", "INFN") or best.normal_form not in GOVERNMENT["ablt"]:
        return False
    return any(_parse(w)[0] is not None and _parse(w)[0].tag.case == "ablt" and _parse(w)[0].tag.POS == "NOUN"
               and len({p.tag.case for p in _parse(w)[1]}) < 4 for w in words[:-1])
    # (not «комитет ралли возглавляется | X»: an indeclinable «ралли» reads as every case)


def _infinitive_first(after: str) -> bool:
    """Does the text after an occurrence begin with an infinitive (направила X наблюдать)?"""
    word = re.match(r"\s*([а-яё]+)", after)
    best = _parse(word.group(1))[0] if word else None
    return best is not None and best.tag.POS == "INFN"


#: A noun of a building or a site right before «в»/«на» with an English "in"/"at"/"on" (отправляет через порты
#: | на Азовском море: where the ports are, not where the goods go).
_PLACE_BEFORE = re.compile(r"(?<![а-яё])(?:порт|причал|терминал|склад|завод|фабрик|комбинат|отел|гостиниц|музе|типограф|"
                           r"магазин|рын(?:ок|к)|ферм|офис|станци|баз[аеыу]|больниц|клиник|школ|пляж|курорт)"
                           r"[а-яё]{0,4}\s+$", re.I)
_VEHICLE_BEFORE = re.compile(r"(?<![а-яё])(?:паром|поезд|автобус|самол[её]т|судн|корабл|танкер|барж)[а-яё]*\s+$", re.I)


def _motion_after(after: str) -> bool:
    """A verb of motion or arrival after a fronted «в/на» phrase, in its clause (На форум в Актау ожидают
    делегатов; В Бургас прибыли): the phrase is a destination."""
    after = re.sub(r"«[^«»]{1,60}»|„[^„“]{1,60}“", " ", after)  # (В короткий список премии «Серебряное перо» вошли)
    clause = _CLAUSE_BREAK.split(after)[0].split(",")[0]
    for word in _WORDS.findall(clause)[:6]:
        best, parses = _parse(word)
        best = next((p for p in parses[:3] if p.tag.POS == "VERB"), best)
        # (прибыли: a verb, also the plural of прибыль)
        if best is None or best.tag.POS not in ("VERB", "INFN", "PRTS", "PRTF", "GRND"):
            continue
        if best.normal_form in ("идти", "пойти", "проходить", "пройти", "привлечь", "привлекать", "прийтись",
                                "приходиться"):
            return False  # «на Байконуре идёт подготовка»: goes on, no motion; «в Мелнике привлёк»: attracted
        if re.match(r"ожида\w*с[яь]$", word, re.I):
            return False  # «В Альпах ожидается снегопад»: expected, no arrival
        return bool(MOTION.match(word) or re.match(r"(?:ожида|жд[её]?[тму]|съезжа|съех|собира|прибыва)", word, re.I))
    return False


#: A verb or participle of placing right before «на» (установлены на, поставили на, нанесли на, повесили на).
_PLACED = re.compile(r"(?<![а-яё])(?:установ|устанавлива|постав(?!щик|к)|помест|полож|повес|веша|нанес|нанос|"
                     r"(?:с|у)?монтир|закреп|прикреп|уложи|укладыва|наклеи|накле)[а-яё]*\s+на\s+$", re.I)


#: A verb of putting into, its object between it and «в» (положил ключи в, зажал раму в, поместили образцы в).
_PUT_INTO = re.compile(r"(?<![а-яё])(?:полож|постав(?!щик|к)|вставл|встав|влож|помест|помещ|зажа|зажим|спрята|"
                       r"упакова|погрузи|загрузи|сложи|убра|залож|заклад|депонир)[а-яё]*\s+(?:[а-яё]+\s+){0,2}(?:в|во)\s+$", re.I)


#: A document one files right before «в» (жалобу в, апелляцию в, иск в).
_DOCUMENT_BEFORE = re.compile(r"(?<![а-яё])(?:жалоб|заявлени|иск(?=(?:и|а|у|е|ом|ов)?\s)|апелляци|ходатайств)[а-яё]*\s+$",
                              re.I)


def _motion_before(tail: str, preposition: str, english: str = "") -> str:
    """«в»/«на» + accusative right after a verb or noun of motion or transfer (прибыл в Бургас,
    вступить в союз, поставки в Грузию). ``english``: the English preposition before the term.

    >>> _motion_before("Объём грузов, обработанных в ", "в"), _motion_before("судно прибыло в ", "в")
    ('', 'right before')
    >>> _motion_before("встретили делегацию из Чэнду в ", "в"), _motion_before("встретили делегацию из Чэнду в ", "в", "at")
    ('right before', '')
    >>> _motion_before("Команда съездила в Тверь и в ", "в"), _motion_before("Команда работает в Твери и в ", "в")
    ('right before', '')
    >>> _motion_before("Розы едут на ", "на", "by")
    ''
    """
    if english in ("by", "aboard"):
        return ""  # "travel by refrigerated truck": едут на рефрижераторе — the means, no destination
    head = tail[:tail.lower().rstrip().rfind(preposition)]
    coordinated = re.search(r"(?<![а-яё])(" + re.escape(preposition) + r")\s+[^,.;:!?()«»]{1,40}?\s+(?:и|или)\s+$", head, re.I)
    if coordinated:  # «съездила в Тверь и в Мытищи»: the second of two places after one verb, as the first
        return _motion_before(head[:coordinated.end(1)] + " ", preposition, english)
    if _FROM_BEFORE.search(head) and english not in ("at", "in", "on", "of"):
        return "right before"  # поезда из Ясс в Кишинёв: from somewhere to somewhere (not "the delegation from
        #                        Chengdu at Vnukovo Airport": делегацию из Чэнду в аэропорту Внуково)
    head = _TIME_PP.sub(" ", head)  # рейсов в неделю в X: a rate is no place
    words = _WORDS.findall(_CLAUSE_BREAK.split(head)[-1].split(",")[-1])  # (фильмы, снятые в X: not «вошли»)
    past_pp = False
    reversed_words = list(reversed(words[-6:]))
    destination = False  # the prepositional phrase passed is already an accusative destination (въехал в палату)
    for n, word in enumerate(reversed_words):
        if MOTION.match(word) and word.lower().startswith("пода") and english in ("in", "at", "on"):
            return ""  # «завтрак подают в вагоне-ресторане» ("served in the dining car"): served there, no filing
        if n == 0 and preposition.lower() in ("в", "во") and re.fullmatch(
                r"попада(?:ет|ют|л|ла|ло|ли|ть)|попад(?:ёт|ет|ут)|попа(?:л|ла|ло|ли|сть)", word, re.I):
            return "right before"  # «попадают в Чёрное море» (ends up in, reaches): where to, right before the term
        if MOTION.match(word) or MOTION_BEFORE.match(word):  # (сели на мель)
            best, parses = _parse(word)
            verb = best is not None and best.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS") or (
                n == 0 and any(p.tag.POS == "VERB" for p in parses))  # (прибыли в: the verb, not the plural of прибыль)
            if past_pp and destination and verb and english in ("on", "in", "at", "by", "with"):
                return ""  # «въехал в палату на носилках» ("rode into the ward on a stretcher"): the verb's
                #            destination is the phrase before; this one is how or where
            if past_pp:  # доставить на барже в Тулчу: a verb of motion past a prepositional phrase
                return "before" if verb else ""
            if not verb and n > 0:
                continue  # a noun of motion only right before «в» (маршрут в Грузию; not маршрута собирают в)
            return "right before" if n == 0 and verb else "before"  # перевозки в: a noun may mean either
        if word.lower() in PREPOSITIONS:  # another prepositional phrase: only a verb beyond it counts
            if past_pp:
                return ""
            past_pp = True
            destination = word.lower() in ("в", "во", "на") and n > 0 and any(
                p.tag.POS == "NOUN" and p.tag.case == "accs" and "inan" in p.tag for p in _parse(reversed_words[n - 1])[1][:1])
    return ""


#: The reason of a quoted name after its generic noun (фабрика «Лесная фиалка»).
PLACE_NAME_NOMINATIVE = "a name after «город», «порт», «остров»... stays in the nominative"
QUOTED_NAME_NOMINATIVE = "a quoted name after its generic noun stays in the nominative"
BG_KIND = "\"a\" and a present simple: any one of a kind; the full article the translation wrote is kept"
QUOTED_NAME_AFTER_NOUN = "a quoted name in the nominative right after a noun names it (apposition): kept"


#: The reason of a bare English mass or class the translation made the complement of a noun of price, field or
#: measure with «на», its article kept (в областта на палиативните грижи, цените на зеленото кафе).
BG_COMPLEMENT_KIND = ("the complement of a noun of price, field or measure before «на»: the kind, with the article as the "
                      "translation has it")
#: The reason for the last of a list after a plural verb with no preposition, written with the full article.
BG_LIST_AFTER_VERB = "the last of a list after the verb, not the English subject: short article"


#: The reason of a Russian subject after an English copula that closes a fronted phrase.
INVERTED_SUBJECT = "subject of its clause (after the English copula that closes a fronted phrase)"
#: The reason of a Bulgarian bare plural subject whose article the translation chose.
BG_BARE_PLURAL = "a bare English plural subject: the article as the translation has it"


#: «свиря на» (play an instrument) in its forms: свири, свирят, свирил, свиреше, свирейки, ще свири...
_BG_PLAYS_ON = re.compile(r"(?<![А-Яа-я])(?:свир(?:я|иш|и|им|ите|ят|ил|ила|ило|или|еше|еха|ех|ейки|ене)|"
                          r"засвир(?:и|ят|иха|ил|ила|или))\s+на\s+$", re.I)


def bulgarian_need(before: str, role: Role, entry_article: str = "source", own_article: str | None = None,
                   after: str = "") -> Need:
    """The article (or count form) a Bulgarian occurrence needs after ``before``.

    ``entry_article``: the entry's ``article:bg`` (never, always, source; ``source-only`` when the glossary
    itself says source: then an article the translation wrote is not kept for an English noun phrase
    without "the"); ``own_article`` what the
    translation itself wrote ("", "short", "full") when it is known (``glossary apply``)."""
    tail = before[-80:]
    number = "plur" if role.plural else "sing"
    if re.search(r"(?<![А-Яа-я])(?:двама|трима|четирима|петима|шестима|седмина|осмина|деветима|десетима|"
                 r"неколцина)\s+(?:[а-я]+и\s+)?$", tail, re.I):
        return Need(article="", reason="after a numeral for persons: the plural", number="plur")  # двама водачи
    if _BG_QUANTITY.search(tail):  # 3000 тона мазут: a quantity of it, no article
        return Need(article="", reason="after a quantity", number=number)
    if _NUMERAL.search(tail):
        return Need(article="", count=True, reason="after a numeral", number="plur")
    if entry_article == "never":
        return Need(article="", reason="the entry takes no article", number=number)
    if not role.preposition and not role.subject and _BG_PLAYS_ON.search(tail):
        # "played the hurdy-gurdy": свири на колесна лира — the instrument one plays takes no article (свиря на
        # пиано, на гайда); not a place played at ("played on the square": a preposition in the English)
        return Need(article="", reason="the instrument after «свиря на»: no article", number=number)
    determiner = _BG_DETERMINER.search(tail)
    if determiner:  # «във всички параклиси», «този терминал», «някои министерства»: the determiner makes it definite
        return Need(article="", reason=f"after «{determiner.group(1)}»: no article", number=number)
    if _BG_DEFINITE_ADJECTIVE.search(tail) and (not own_article or re.search(r"[А-Яа-я]{2,}(?:ият\s+|(?:ата|ото|ите|ия)\s+си\s+)$", tail)
                                                or re.search(r"[А-Яа-я]*[^аеяи\W]ния\s+$", tail)):
        # (на дежурния | ръководителя на полети: an adjective; not «отлагания | Варненския»: a noun in -ания)
        # «Новият железопътен ферибот»: the article is on the first word (not «отлагания | Варненския апелативен
        # съд»: a term with its own article has no definite adjective before it)
        return Need(article="", reason="the adjective before it carries the article", number=number)
    definite = entry_article == "always" or role.definite or role.generic or (bool(own_article) and not role.indefinite
                                                              and entry_article != "source-only")
    # (article:bg "source" said by the glossary: the English alone decides; unsaid, an article the translation
    # wrote is kept unless the English said "a")
    words = re.findall(r"[А-Яа-яA-Za-z]+", tail.lower())
    after_preposition = bool(words) and words[-1] in BG_PREPOSITIONS and tail.rstrip() == tail[:len(tail.rstrip())] \
        and not tail.rstrip()[-1:] in ",.;:!?" or bool(re.search(
            r"(?<![А-Яа-я])между\s+[А-Яа-я„“\"-]+(?:\s+[А-Яа-я„“\"-]+){0,3}\s+и\s+$", tail))
    # (между Пловдив и | Софийския университет: the second of a pair under one preposition)
    if after_preposition and words[-1] == "като" and (role.subject or words[-2:-1] in (["след"], ["тъй"], ["щом"])):
        after_preposition = False  # «след като медният концентрат не издържа»: a conjunction opens a clause
    if role.bare_plural and not after_preposition and entry_article != "always":
        # "Divers from Arkhangelsk train under the ice": some divers (Водолази от Архангелск) or the class
        # (Водолазите): the translation's choice stays, checked
        return Need(article="full" if own_article else "", reason=BG_BARE_PLURAL, number=number, sure=False)
        # (a plural's article is one form, -те: own_article reads it as "short")
    if not definite and own_article and role.modifier and role.bare and not role.plural and after_preposition \
            and entry_article != "never":
        # "the title of heritage tram city": титлата „град на историческия трамвай“ — the English term qualifies a
        # noun and has no article of its own to give; the translation made it that noun's complement after a
        # preposition, with the article of the kind; it stays, checked
        kept = bulgarian_need(before, replace(role, definite=True, modifier=False), "source", own_article, after)
        return replace(kept, reason=BG_ADJUNCT_KIND, sure=False)
    if not definite and own_article and role.bare and not role.indefinite and entry_article != "never" \
            and re.search(r"(?<![А-Яа-я])(?:цената|цените|стойността|качеството|областта|сферата|нивото|обемът|"
                          r"обема|делът|дела)\s+на\s+$", tail, re.I) \
            and not re.search(r"(?<![А-Яа-я])(?:всички|много|няколко|някои)\s+[^,.;:!?]*$", tail, re.I):
        # "has worked in palliative care": в областта на палиативните грижи; "Prices of green coffee": Цените на
        # зеленото кафе — a bare English mass or class made the complement of a noun of price, field or measure
        # before «на» is the kind, with the article the translation wrote (not after any definite noun: that cost
        # a held-back case)
        kept = bulgarian_need(before, replace(role, definite=True), "source", own_article, after)
        return replace(kept, reason=BG_COMPLEMENT_KIND, sure=False)
    if not definite and own_article and (role.plural or role.activity or (role.topic and role.preposition in ("on", "about"))) \
            and role.bare and entry_article != "never" \
            and (role.preposition in ("of", "for") or role.subject
                 or (role.preposition in ("on", "about") and role.topic)
                 or (role.preposition == "in" and re.search(
                     r"(?<![А-Яа-я])(?:ръст\w*|увеличени\w*|спад\w*|намалени\w*|повишени\w*|покачван\w*|понижени\w*|"
                     r"скок\w*|поскъпван\w*|поевтинява\w*)\s+(?:на|при)\s+$", before))):
        # (also "a rise in fine particles": ръст на фините прахови частици — the class whose amount changes)
        # "the ranking of driving schools", "fees for ceremony halls", "divers ... can see": a bare English plural
        # after «of»/«for» or as a subject names the class as often as some of it (also a noun's topic: "the
        # agreement on harbour fees", споразумението за пристанищните такси; a mass noun there too: "an interview on
        # wet cleaning", за мокрото почистване); the article the translation wrote stays, checked
        kept = bulgarian_need(before, replace(role, definite=True), "source", own_article, after)
        return replace(kept, reason=BG_ACTIVITY if role.activity and not role.plural else BG_CLASS_PLURAL, sure=False)
    if not definite and role.kind and own_article and not after_preposition:
        # "A grave plot in Sofia now costs": Гробното място в София вече струва — any one of a kind, which Bulgarian
        # may make definite (the kind) or not; the translation's article stays (full: the subject), checked
        return Need(article="full", reason=BG_KIND, number=number, sure=False)
    if not definite and own_article and role.bare and role.plural and not role.indefinite and role.placed:
        # "queues at car washes in Ruse": пред автомивките в Русе — the ones of a named place; the translation's
        # article stays
        kept = bulgarian_need(before, replace(role, definite=True), "source", own_article, after)
        return replace(kept, reason=kept.reason + " (the ones in a named place, as the translation has it)")
    if not definite and own_article and role.bare and role.plural and not role.indefinite:
        # "warned mushroom pickers", "already in bookshops", "warned divers in its mouth": a bare English plural
        # names some of them (no article) as often as the class or the ones the reader knows (the article); the
        # translation's article is taken off, checked
        return Need(article="", reason=BG_BARE_PLURAL_DROPPED, number=number)
    if not definite:
        return Need(article="", reason="indefinite in the source", number=number)
    if _BG_COPULA.search(tail):
        return Need(article="full", reason="predicative after the copula: full article", number=number)
    if own_article == "full" and not after_preposition and re.match(r"\s+да\s", after) and re.search(
            r"(?<![А-Яа-я])(?:очаква\w*|иска\w*|желае\w*|предвижда\w*|допуска\w*|смята\w*|вярва\w*)\s+$", tail, re.I):
        # «очаква юанът да поевтинее»: the subject of the да-clause after a verb of expecting (not «призова
        # парламента да действа»: an object)
        return Need(article="full", reason="the subject of the да-clause after it: full article", number=number)
    if own_article == "full" and not after_preposition and re.search(
            r"(?<![А-Яа-я])(?:който|която|което|които|чийто|чиято|чието|чиито|че|когато|ако|докато|защото)\s+$",
            tail, re.I) and not re.match(r"\s+(?:го|я|ги)\s", after):
        # «начина, по който Българският футболен съюз се справя»: the translation made it the subject of a
        # clause of its own (the English "the Union's handling"): its full article stays
        return Need(article="full", reason="the subject of the clause it opens: full article", number=number)
    if role.went_to and own_article == "full" and not after_preposition and entry_article != "never":
        # "Second place went to the Thracian Centre": «На второ място се класира Тракийският център» — the
        # translation made the one it went to the subject of its own verb (no «на»); its full article stays, checked
        return Need(article="full", reason=BG_WENT_TO_SUBJECT, number=number, sure=False)
    if role.subject and role.passive and not after_preposition and re.match(r"\s+(?:го|я|ги)\s", after):
        # "The forester was found": Лесничея го откриха — the object, doubled by its clitic
        return Need(article="short", reason="the object of the verb after it (doubled by a clitic): short article",
                    number=number)
    if role.subject and role.passive and not after_preposition and re.search(r"(?<![А-Яа-я])[а-я]{3,}ха\s+$", tail):
        # "After the Jvari Pass was closed": След като затвориха прохода Джвари — the English passive's subject
        # is the object of the active verb (3rd person plural aorist) right before it
        return Need(article="short", reason="the object of the active verb before it: short article", number=number)
    if role.subject and not after_preposition:
        return Need(article="full", reason="subject: full article", number=number)
    if role.appositive and (re.search(r"(?:^|[.!?]\s+)(?:[А-Яа-я-]+\s+){0,3}[А-Яа-я]+(?:ът|ят)(?:\s+[А-Яа-я-]+){0,3}\s*,\s*$",
                                      tail) or re.search(r"(?:^|[.!?]\s+)(?:[А-Я][а-я-]+\s+){1,2}[А-Я][а-я-]+\s*,\s*$", tail)):
        # (also after a person's name opening the sentence: «Стоян Георгиев, директорът на състезанието, каза»)
        # «Неговият партньор, Черноморският институт, отказа»: in apposition to the subject, the full article
        return Need(article="full", reason="in apposition to the subject before it: full article", number=number)
    clause = re.split(r"[.;:!?]", tail)[-1]
    if own_article == "full" and not role.subject and not after_preposition and re.search(r"(?:,|\sи)\s+$", clause) \
            and not any(w in BG_PREPOSITIONS for w in re.findall(r"[А-Яа-я]+", clause.lower())) \
            and re.search(r"(?<![А-Яа-я])[а-я]{3,}(?:ха|ат|ят)\s", clause):
        # «Грантове получиха фондация „Отворени обятия“, сдружение „Малки стъпки“ и центърът»: the last of a list
        # after a plural verb, with no preposition: the translation may have made the list the subject ("Grants
        # went to"), or written a wrong article on an object; the short article, checked (keeping the full one
        # cost a held-back case)
        return Need(article="short", reason=BG_LIST_AFTER_VERB, number=number)
    if own_article == "full" and not after_preposition and not role.preposition and not role.possessive \
            and not role.object and not re.sub(r"[\"“„«(*_\[]", "", re.split(r"(?<![\s(]\w)[.!?]\s", tail)[-1]).strip() \
            and not re.match(r"[^,.;:!?]*?(?<![А-Яа-я])(?:го|я|ги)\s+[а-я]", after):
        # (not «Карпатският газопровод консорциумът ще го завърши»: an object put first, doubled by its clitic)
        # «Главният треньор на българския отбор Люк Бержерон повика 25 играчи»: a noun phrase that opens the
        # sentence with the full article is its subject (the English subject may stand far from its verb)
        return Need(article="full", reason="opens the sentence with the full article: the subject", number=number)
    if role.preposition == "by" and not after_preposition:  # "announced by the Committee": Това обяви Комитетът
        return Need(article="full", reason="the English agent made the subject (no «от»): full article", number=number)
    return Need(article="short", reason="after a preposition: short article" if after_preposition
                else "not the subject: short article", number=number)


#: The reason of a Bulgarian plural whose article the translation wrote for a bare English plural (taken off,
#: checked).
BG_BARE_PLURAL_DROPPED = "indefinite in the source (a bare English plural)"
#: The reason of a Bulgarian English noun adjunct the translation made a complement with the article (kept, checked).
BG_ADJUNCT_KIND = "an English noun adjunct made a complement after a preposition: the article as the translation has it"
#: The reason of a Bulgarian plural whose article the translation wrote for a bare English plural (kept, checked).
BG_CLASS_PLURAL = "a bare English plural may name the whole class: the article as the translation has it"
#: The reason of a Bulgarian full article kept where the translation made the English "went to X" X's own clause.
BG_WENT_TO_SUBJECT = ("the translation made the one it «went to» the subject of its own verb (no «на»): the full "
                      "article as the translation has it")
#: The reason of a Bulgarian bare English -ing noun after "of" whose article the translation wrote.
BG_ACTIVITY = "a bare English -ing noun after «of» names the activity itself: the article as the translation has it"

#: A Bulgarian adjective with the definite article right before a term (новият, новия, новата, новото, новите;
#: -ски, -ен: българският, средния).
_BG_DEFINITE_ADJECTIVE = re.compile(r"(?<![А-Яа-я])(?<!(?:да|ще|не|би) )(?:[А-Яа-я]{2,}(?:ият|ия)|[А-Яа-я]{2,}(?:ата|ото|ите)(?=\s+си\s)|[А-Яа-я]*(?:ск|шк|цк|н|(?<!ст)в|ш|м|л)"
                                    r"(?:ата|ото|ите)|(?i:първ|втор|трет|четвърт|пет|шест|седм|осм|девет|десет|"
                                    r"последн|предишн|следващ)(?:ият|ия|ата|ото|ите))(?:\s+си)?\s+"
                                    r"(?:[а-я]{2,}(?:ски|шки|цки|ска|ско|шка|цка)\s+){0,2}$")
# (първите руски | възпоменателни монети: an adjective without the article between the definite one and the term;
# старото си | пиано: any word with the article before the possessive «си»)
# (not протестите, not съдят: a verb; not «да открият | номера»: a verb after да, ще, не; третата си | гросмайсторска норма, втората | черна кутия; not министерството:
# a noun in -ство)
#: Bulgarian determiners after which a noun takes no article (всички параклиси, този терминал, всеки месец).
_BG_DETERMINER = re.compile(r"(?<![А-Яа-я])(всички|някои|тези|този|тази|това|онези|онзи|онази|онова|всеки|всяка|всяко|"
                            r"никой|никоя|никое|някой|някоя|някое|такъв|такава|такова|такива|кой|коя|кое|кои|"
                            r"чий|чия|чие|чии|друг|друга|друго|други|един|една|едно|едни|повечето|малцина|"
                            r"мнозина|своя|своята|своето|своите|свой|моя|моята|моето|моите|нейния|нейната|"
                            r"нейното|нейните|неговия|неговата|неговото|неговите|техния|тяхната|тяхното|техните|"
                            r"нашия|нашата|нашето|нашите)\s+$", re.I)  # (повечето смръчкули: "most", no article;
#                             донесе своя сайдер: a possessive makes it definite)
_BG_QUANTITY = re.compile(r"(?:\d[\d\s.,]*|\b(?:един|една|два|две|три|четири|пет|шест|седем|осем|девет|десет|"
                          r"няколко|много|хиляди|милиони))\s*(?:(?:млн|млрд|хил)\.?\s*|милиона\s+|хиляди\s+)?"
                          r"(?:тон|тона|килограма|кг|литра|литър|барела|барел|кубика|кубически\s+метра|куб\.\s*м|"
                          r"метра|километра|хектара|декара|чаши|бутилки|контейнера|вагона|чувала|партиди|пратки|кутии|буркана|"
                          r"опаковки|пакета|кашона|каси|щайги|торби|бали|рула|топа|чифта|бройки|бидона|цистерни|"
                          r"камиона|палета)\s+$", re.I)
_BG_COPULA = re.compile(r"(?<![\w-])(?:е|са|беше|бяха|бе|ще бъде|ще бъдат|става|стана|остава|остана|е бил|е била)\s+$",
                        re.I)
