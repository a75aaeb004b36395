"""Synthetic parallel data for the test models.

The task is deliberately simple so that a ~1M-parameter model learns it on two CPU cores:
words of the fixed news lexicon (``lexicon.tsv``) are substituted, English articles are
dropped, and everything else -- names, numbers, acronyms, placeholders, punctuation, words
the lexicon does not know -- is copied verbatim. Every function is deterministic given its
``random.Random``.

>>> lex = load_lexicon()
>>> reference("The Chinese navy and ⟦1⟧ held drills.", "ru", lex)
'Китайский флот и ⟦1⟧ провёл манёвры.'
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "bg", "ru")
#: Directions the test packages cover; bg->en makes pivoting bg->en->ru testable.
DIRECTIONS = (("en", "bg"), ("en", "ru"), ("bg", "en"))
#: Target-language token put first in the decoder (Argos's ``target_prefix``).
TARGET_TOKENS = {lang: f"<2{lang}>" for lang in LANGS}
ARTICLES = ("the", "a", "an")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, dict[str, str]]  # en word -> {"bg": ..., "ru": ...}
    reverse_bg: dict[str, str]  # bg word -> en word

    @property
    def english(self) -> list[str]:
        return sorted(self.words)


def load_lexicon(path: Path = HERE / "lexicon.tsv") -> Lexicon:
    rows = [
        line.rstrip("\n").split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = rows[0], rows[1:]
    assert header == ["en", "bg", "ru"], header
    words = {en: {"bg": bg, "ru": ru} for en, bg, ru in body}
    reverse = {bg: en for en, bg, _ in body}
    assert len(reverse) == len(words), "bg forms must be unique (bg->en is the reverse lexicon)"
    return Lexicon(words, reverse)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _translate_word(word: str, src: str, tgt: str, lex: Lexicon) -> str | None:
    """The lexicon translation of one bare word, keeping initial capitals; None: copy it."""
    lower = word[:1].lower() + word[1:]
    if src == "en":
        entry = lex.words.get(word) or lex.words.get(lower)
        if entry is None:
            return None
        out = entry[tgt]
    else:
        out = lex.reverse_bg.get(word) or lex.reverse_bg.get(lower)
        if out is None:
            return None
    return _cap(out) if word[:1].isupper() and word not in lex.words else out


_TOKEN = re.compile(r"^([\"'(\[«„“]*)(.*?)([\"')\]»“”.,!?:;]*)$")


def reference(sentence: str, tgt: str, lex: Lexicon, src: str = "en") -> str:
    """The rule-based translation the models are trained to reproduce (whitespace tokens)."""
    out = []
    for token in sentence.split(" "):
        lead, core, trail = _TOKEN.match(token).groups()
        if src == "en" and core.lower() in ARTICLES and not lead and not trail:
            continue
        word = _translate_word(core, src, tgt, lex)
        if word is not None and not out and core[:1].isupper():
            word = _cap(word)
        out.append(lead + (core if word is None else word) + trail)
    return " ".join(out)


# --- random material ----------------------------------------------------------------------

LATIN_SYLLABLES = (
    "song zhong ping xi jin wang li zhang liu chen yang huang zhao zhou ma ka ro ne vi ta lo "
    "sa mi de ber gon tin el fer nan mar ko pet rov ska ov ic an ton io ver da ru bi ham sar "
    "kis ol ga ni kol ai bo ris ste fan di mi trov iv ova lee kim park choi tran yama moto "
    "suzu ki sato hans mul ler smith john son tav rov sky pan agyu rish te"
).split()
CYRILLIC_SYLLABLES = (
    "сун чжун джун пин си цзин ван ли джан лю чен ян хуан джао джоу ма ка ро не ви та ло са "
    "ми де бер гон тин ел фер нан мар ко пет ров ска ов ич ан тон йо вер да ру би хам сар кис "
    "ол га ни кол ай бо рис сте фан ди ми тров ив ова ким пак чой ямa мото сузу ки сато ханс"
).split()
LOWER = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюя"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Non-lexicon English words that must be copied (the models never learn them).
OTHER_ENGLISH = (
    "which been be had do does did could would should may might must rose fell met since while "
    "despite however because if than then so such into through up down out off some any each "
    "most few several own same just even well back way part place case group problem fact hand "
    "point work life man woman men women thing prime asked called reached took made came went "
    "gave found used known based including around nearly near far north south east west central "
    "local public private social yes I you me him her them us my your"
).split()
#: Placeholder shapes the models learn to copy; protect.py uses the first two.
PLACEHOLDER_SHAPES = ("⟦{}⟧", "⟦/{}⟧", "[[{}]]", "{{{{{}}}}}", "XTAG{}X", "<{}>", "#{}#")
EXOTIC_RANGES = (
    (0x4E00, 0x9FFF), (0x3041, 0x3096), (0x391, 0x3C9), (0x627, 0x64A), (0x5D0, 0x5EA),
    (0x1F600, 0x1F64F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0xAC00, 0xD7A3), (0x2600, 0x26FF),
    (0xA1, 0xFF), (0x100, 0x17F), (0x2010, 0x2044), (0x20A0, 0x20BF), (0x400, 0x45F),
)
SYMBOLS = ("-", "—", "–", "(", ")", "/", "&", "+", "=", "$", "€", "%", "…", "*", "«", "»")


def _name(rng: random.Random, syllables) -> str:
    return _cap("".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 3)))))


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return str(rng.randint(0, 99))
    if kind < 0.4:
        return str(rng.randint(1900, 2030))
    if kind < 0.55:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    if kind < 0.7:
        return f"{rng.randint(0, 99)}.{rng.randint(0, 99)}"
    if kind < 0.8:
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
    if kind < 0.9:
        return rng.choice("$€£") + str(rng.randint(1, 999))
    return f"{rng.randint(1990, 2030)}-{rng.randint(1990, 2030)}"


def _word(rng: random.Random, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9)))


def copy_token(rng: random.Random, lex: Lexicon, pieces=None, exotic=True) -> str:
    """A token the models must copy unchanged."""
    k = rng.random()
    if pieces and k < 0.07:
        return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))).replace("\u2581", "") or "x"
    if exotic and k < 0.11:
        lo, hi = rng.choice(EXOTIC_RANGES)
        return "".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 3)))
    k = rng.random()
    if k < 0.17:
        return _name(rng, LATIN_SYLLABLES)
    if k < 0.24:
        return _name(rng, CYRILLIC_SYLLABLES)
    if k < 0.33:
        word = _word(rng, LOWER)
        return _cap(word) if rng.random() < 0.3 else word
    if k < 0.37:
        return _word(rng, CYRILLIC)
    if k < 0.47:
        word = rng.choice(OTHER_ENGLISH)
        return _cap(word) if rng.random() < 0.2 else word
    if k < 0.53:  # a lexicon word with an affix is a different word: copy it whole
        word = rng.choice(lex.english).lower()
        affix = _word(rng, LOWER)[: rng.randint(1, 4)]
        return word + affix if rng.random() < 0.8 else affix + word
    if k < 0.58:
        return "".join(rng.choice(UPPER) for _ in range(rng.randint(2, 6)))
    if k < 0.72:
        return _number(rng)
    if k < 0.93:
        return rng.choice(PLACEHOLDER_SHAPES).format(rng.randint(0, 40))
    return rng.choice(SYMBOLS)


def sentence(rng: random.Random, lex: Lexicon, pieces=None, exotic=True, length: float | None = None) -> str:
    """A random English source sentence of lexicon words, copy tokens and articles (``length`` in [0, 1)
    picks the length bucket instead of a random draw)."""
    # mostly short sentences, and a tail as long as the longest news sentences (~80 words, 150+ pieces):
    # a model never shown those stops early on them, as the first test models did
    draw = rng.random() if length is None else length
    n = rng.randint(1, 14) if draw < 0.72 else rng.randint(14, 36) if draw < 0.92 else rng.randint(36, 80)
    p_copy = rng.choice((0.1, 0.25, 0.4, 0.6))
    tokens = []
    for j in range(n):
        if rng.random() < 0.08:
            tokens.append(rng.choice(ARTICLES))
            continue
        if rng.random() < p_copy:
            token = copy_token(rng, lex, pieces, exotic)
        else:
            token = rng.choice(lex.english)
            if rng.random() < 0.05:
                token = _cap(token)
        if rng.random() < 0.07:
            opening, closing = rng.choice(('""', "()", "«»", "“”", "''", "[]", "„“"))
            token = opening + token + closing
        if j < n - 1 and rng.random() < 0.12:
            token += rng.choice((",", ",", ".", ";", ":"))
        tokens.append(token)
    if not tokens:
        tokens = [rng.choice(lex.english)]
    if rng.random() < 0.6:
        tokens[0] = _cap(tokens[0])
    return " ".join(tokens) + rng.choice((".", ".", ".", "?", "!", "", ":", "...", '."'))


def pair(rng: random.Random, lex: Lexicon, direction, pieces=None, exotic=True,
         length: float | None = None) -> tuple[str, str]:
    src, tgt = direction
    english = sentence(rng, lex, pieces, exotic, length)
    if src == "en":
        return english, reference(english, tgt, lex)
    # bg -> en: the source is the bg rendering; the target is the English without articles.
    return reference(english, "bg", lex), reference(english, "en", _IDENTITY)


#: An empty lexicon: reference(..., "en", _IDENTITY) only drops the articles.
_IDENTITY = Lexicon(words={}, reverse_bg={})


def make_pairs(n: int, seed: int, lex: Lexicon, pieces=None, exotic=True, length: float | None = None):
    """n (direction, source, target) triples, directions in turn."""
    rng = random.Random(seed)
    return [
        (DIRECTIONS[i % len(DIRECTIONS)],) + pair(rng, lex, DIRECTIONS[i % len(DIRECTIONS)], pieces, exotic, length)
        for i in range(n)
    ]
