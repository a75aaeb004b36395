"""Localise what models mangle: numbers, money, percentages, dates, ranges; and typography.

Before translation (``protect_quantities``) each quantity found in a unit's English text becomes a
placeholder, so the model cannot change its value. After translation (``render_quantities``) the
placeholder becomes the quantity written the target locale's way, with Babel's CLDR data: decimal
comma and non-breaking-space grouping (``1 234,5``), the locale's percent pattern (ru ``14,5 %``,
bg ``14,5%``), scale words (ru ``млн``/``млрд``, bg ``млн.``/``млрд.``) with the currency noun in the
form the count needs (``долларов США``, ``болгарского лева``), dates with genitive months
(``19 ноября 2026 г.``, ``19 ноември 2026 г.``), and ranges with an en dash. A quantity whose
placeholder the model lost is reported (``missing``) -- the QA check that no number of the source is
missing from the edition -- and its rendering is added at the end of the sentence.

Typography (``typography``): straight and English curly double quotes become ru «…» (nested „…“) and
bg „…“ (nested ‚…‘); an apostrophe between letters becomes ’; a spaced hyphen or dash in prose
becomes a spaced em dash in ru and a spaced en dash in bg. Babel has no quotation data, so the table
``QUOTES`` is ours.

>>> render(Quantity(1, "money", "$120 million", amount=Decimal("120"), currency="USD", scale=6), "ru")
'120\\xa0млн долларов США'
>>> render(Quantity(1, "date", "19 November 2026", day=19, month=11, year=2026), "bg")
'19 ноември 2026\\u202fг.'
>>> typography('He said: "We will not accept "such messages" - never."', "ru")[0]
'He said: «We will not accept „such messages“ — never».'
>>> typography('"It is a threat," Ivanov said - "a real one."', "bg")[0]
'„It is a threat“, Ivanov said – „a real one“.'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from decimal import Decimal

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ORD = r"(?:st|nd|rd|th)?"
_SCALE = r"(?:\s?(million|billion|trillion|bn|mln)\b)"
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "dollar": "USD", "euro": "EUR", "lev": "BGN", "leva": "BGN",
              "pound": "GBP"}
SCALES = {"million": 6, "mln": 6, "billion": 9, "bn": 9, "trillion": 12}
#: (opening, closing) quotation marks per depth; Babel has no quotation data.
QUOTES = {"ru": [("«", "»"), ("„", "“")], "bg": [("„", "“"), ("‚", "‘")], "en": [("“", "”"), ("‘", "’")]}
PROSE_DASH = {"ru": " — ", "bg": " – "}

_PATTERNS = [
    ("date", re.compile(rf"\bthe\s+(\d{{1,2}}){_ORD}\s+of\s+{_MONTH}(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("date-dmy", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+{_MONTH}(?:,?\s+(\d{{4}}))?(?![\w])")),
    ("date-mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}){_ORD}(?:,\s*(\d{{4}}))?(?![\w])")),
    ("money-symbol", re.compile(rf"([$€£])\s?({_NUM}){_SCALE}?")),
    ("money-word", re.compile(rf"\b({_NUM}){_SCALE}?\s+(?:(?:US|U\.S\.|American)\s+)?(dollars?|euros?|(?:Bulgarian\s+)?(?:levs?|leva|levas|lev))\b", re.I)),
    ("percent", re.compile(rf"\b({_NUM})\s?(?:%|percent\b|per\s+cent\b)", re.I)),
    ("range", re.compile(r"\b(\d{4})\s?[-–]\s?(\d{4})\b")),
    ("time", re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?![\w])|\b(\d{1,2}):(\d{2})\b(?!:)", re.I)),
    ("number", re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{5,})(?![\w%])")),
]
_PLACEHOLDER = re.compile(r"⟦/?\d+⟧")
_DIGIT = re.compile(r"\d")
_TYPOGRAPHY = re.compile(r"[\"“”„'’]|\s[-—–]")
_MARK = re.compile(r"[\"“”„'’]")
_CLOSING_PUNCTUATION = {lang: re.compile(rf"(?<!\.\.)([,.;:])([{''.join(m[1] for m in QUOTES[lang])}]+)")
                        for lang in ("ru", "bg")}
_PROSE_DASH = re.compile(r"(?<=\S) (?:-{1,2}|—|–) (?=\S)")


@dataclass
class Quantity:
    id: int
    kind: str  # number, percent, money, date, range, time (hour in ``day``, minute in ``month``)
    source: str
    amount: Decimal | None = None
    currency: str = ""
    scale: int = 0  # power of ten of a scale word (6: million)
    day: int = 0
    month: int = 0
    year: int = 0
    last: int = 0  # second year of a range
    unit: int = 0
    segment: str = ""
    start: int = 0  # offsets in the segment's source (placeholder)
    end: int = 0


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


def _currency(word: str) -> str:
    word = word.lower().split()[-1]
    for key in ("leva", "lev", "dollar", "euro", "pound"):
        if word.startswith(key):
            return CURRENCIES[key]
    return CURRENCIES.get(word, "")


def _real_date(q: Quantity) -> bool:
    """A day the calendar has (29 February without a year passes: it may be a leap year).

    >>> [_real_date(Quantity(0, "date", "", day=d, month=m, year=y)) for d, m, y in
    ...  [(31, 11, 2021), (29, 2, 2023), (29, 2, 2024), (29, 2, 0), (30, 2, 0), (31, 12, 0)]]
    [False, False, True, True, False, True]
    """
    return 1 <= q.month <= 12 and 1 <= q.day <= calendar.monthrange(q.year or 2000, q.month)[1]


def find(text: str, next_id: int = 1) -> list[tuple[int, int, Quantity]]:
    """(start, end, Quantity) of every quantity in ``text`` outside placeholders, left to right."""
    if not _DIGIT.search(_PLACEHOLDER.sub("", text)):  # every pattern needs a digit: most paragraphs have none
        return []
    blocked = [m.span() for m in _PLACEHOLDER.finditer(text)]
    found: list[tuple[int, int, Quantity]] = []

    def free(a, b):
        return not any(x < b and a < y for x, y in blocked) and not any(x < b and a < y for x, y, _ in found)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            g = m.groups()
            if kind == "date":
                q = Quantity(0, "date", m.group(0), day=int(g[0]), month=_month(g[1]), year=int(g[2] or 0))
            elif kind == "date-dmy":
                q = Quantity(0, "date", m.group(0), day=int(g[0]), month=_month(g[1]), year=int(g[2] or 0))
            elif kind == "date-mdy":
                q = Quantity(0, "date", m.group(0), day=int(g[1]), month=_month(g[0]), year=int(g[2] or 0))
            elif kind == "money-symbol":
                q = Quantity(0, "money", m.group(0), amount=_decimal(g[1]), currency=CURRENCIES[g[0]],
                             scale=SCALES.get((g[2] or "").lower(), 0))
            elif kind == "money-word":
                q = Quantity(0, "money", m.group(0), amount=_decimal(g[0]), currency=_currency(g[2]),
                             scale=SCALES.get((g[1] or "").lower(), 0))
            elif kind == "percent":
                q = Quantity(0, "percent", m.group(0), amount=_decimal(g[0]))
            elif kind == "range":
                q = Quantity(0, "range", m.group(0), year=int(g[0]), last=int(g[1]))
            elif kind == "time":
                hour, minute = (int(g[0]), int(g[1] or 0)) if g[0] else (int(g[3]), int(g[4]))
                if g[2]:
                    hour = hour % 12 + (12 if g[2].lower() == "p" else 0)
                if hour > 23 or minute > 59:
                    continue
                q = Quantity(0, "time", m.group(0), day=hour, month=minute)
            else:
                q = Quantity(0, "number", m.group(0), amount=_decimal(g[0]))
            if q.kind == "date" and not _real_date(q):
                continue  # "November 31": not a date to rewrite; its numbers stay numbers
            found.append((a, b, q))
    found.sort(key=lambda f: f[0])
    for offset, (_a, _b, q) in enumerate(found):
        q.id = next_id + offset
    return found


def render(q: Quantity, lang: str) -> str:
    """``q`` written the ``lang`` way (Babel/CLDR)."""
    from babel.dates import format_date
    from babel.numbers import format_compact_decimal, format_decimal, format_percent, get_currency_name

    if q.kind == "range":
        return f"{q.year}\u2013{q.last}"
    if q.kind == "time":
        import datetime

        from babel.dates import format_time

        return format_time(datetime.time(q.day, q.month), "short", locale=lang)
    if q.kind == "date":
        import datetime

        date = datetime.date(q.year or 2000, q.month, q.day)
        return format_date(date, "long" if q.year else "d MMMM", locale=lang)
    if q.kind == "percent":
        return format_percent(q.amount / 100, locale=lang, decimal_quantization=False)
    if q.kind == "money":
        digits = max(0, -q.amount.as_tuple().exponent)
        if q.scale:
            number = format_compact_decimal(q.amount * Decimal(10) ** q.scale, locale=lang, fraction_digits=digits)
            count = 5  # after a scale word the noun is in the form for "many"
        else:
            number = format_decimal(q.amount, locale=lang, decimal_quantization=False)
            count = q.amount
        name = get_currency_name(q.currency, count=count, locale=lang) if q.currency else ""
        return f"{number} {name}".strip()
    return format_decimal(q.amount, locale=lang, decimal_quantization=False)


def protect_quantities(masked, unit: int) -> list[Quantity]:
    """Replace every quantity in ``masked.text`` by a placeholder; returns them (also in ``masked.quantities``)."""
    found = find(masked.text, max(masked.ids, default=0) + 1)
    if not found:
        return []
    pieces, last = [], 0
    for a, b, q in found:
        pieces += [masked.text[last:a], f"⟦{q.id}⟧"]
        last = b
    pieces.append(masked.text[last:])
    masked.text = "".join(pieces)
    masked.quantities = {q.id: q for _a, _b, q in found}
    for q in masked.quantities.values():
        q.unit = unit
    return [q for _a, _b, q in found]


def render_quantities(text: str, masked, lang: str, segment: str) -> tuple[str, list[dict]]:
    """Replace a segment's quantity placeholders by their renderings; report each one."""
    quantities = {n: q for n, q in (getattr(masked, "quantities", {}) or {}).items() if q.segment == segment}
    if not quantities:
        return text, []
    report, placed = [], set()

    def replace(match: re.Match) -> str:
        n = int(match.group(1))
        if n not in quantities:
            return match.group(0)
        if n in placed:
            return ""
        placed.add(n)
        out = render(quantities[n], lang)
        report.append(_entry(quantities[n], out, "ok"))
        return out + "\x00" if out.endswith(".") else out

    text = re.sub(r"⟦(\d+)⟧", replace, text)
    text = re.sub(r"(?<=\.)\x00\.(?!\.)|\x00", "", text)  # "2026 г." ending a sentence takes no second stop
    for n, q in quantities.items():
        if n not in placed:
            out = render(q, lang)
            text = text.rstrip() + " " + out
            report.append(_entry(q, out, "missing", "the model lost this quantity; it was added at the end"))
    return text, report


_DIGITS = re.compile(r"(?<![\d⟦/])\d+(?![\d⟧])")


def check_numbers(source: str, target: str, segment: str) -> list[dict]:
    """Numbers the model translated itself (small integers, outside placeholders) must reappear.

    >>> check_numbers("Two ships and 3 planes in ⟦4⟧.", "Два кораба и 3 самолета в ⟦4⟧.", "1.1")
    []
    >>> [q["source"] for q in check_numbers("Only 24 of 25 came.", "Дойдоха само 24.", "1.1")]
    ['25']
    """
    wanted = _DIGITS.findall(_PLACEHOLDER.sub(" ", source))
    have = _DIGITS.findall(_PLACEHOLDER.sub(" ", target))
    missing = []
    for number in wanted:
        if number in have:
            have.remove(number)
        else:
            missing.append({"segment": segment, "start": 0, "end": 0, "kind": "number", "source": number,
                            "output": "", "status": "missing", "reason": "this number of the source is not in the translation"})
    return missing


def _entry(q: Quantity, output: str, status: str, reason: str = "") -> dict:
    return {"segment": q.segment, "start": q.start, "end": q.end, "kind": q.kind, "source": q.source,
            "output": output, "status": status, "reason": reason}


def typography(text: str, lang: str, depth: int = 0, keep=()) -> tuple[str, int]:
    """Locale quotation marks, apostrophes and prose dashes; returns the text and the open-quote depth
    to carry into the next segment of the same block. Placeholders are left alone, and so are the
    strings in ``keep`` (approved glossary forms with their own quotation marks: Института „Конфуций“).

    >>> typography('He said "not accidental," it is - "clear."', "ru")
    ('He said «not accidental», it is — «clear».', 0)
    >>> typography('Учители от Института „Конфуций“ казаха "да".', "bg", keep=["Института „Конфуций“"])
    ('Учители от Института „Конфуций“ казаха „да“.', 0)
    """
    marks = QUOTES.get(lang)
    if not marks or not _TYPOGRAPHY.search(text):
        return text, depth
    kept = [k for k in dict.fromkeys(keep) if k and k in text and _TYPOGRAPHY.search(k)]
    if kept:
        for n, value in enumerate(kept):
            text = text.replace(value, f"\ue000{n}\ue001")
        text, depth = typography(text, lang, depth)
        for n, value in enumerate(kept):
            text = text.replace(f"\ue000{n}\ue001", value)
        return text, depth
    out, done = [], 0
    for match in _MARK.finditer(text):  # only the quote and apostrophe characters are looked at
        i = match.start()
        char = match.group(0)
        before = text[i - 1] if i else " "
        if char in "\"“”„":
            opening = char in "“„" or (char == '"' and (before.isspace() or before in "([{⟧—–-/" or i == 0))
            if char == "”":
                opening = False
            if opening:
                mark = marks[min(depth, len(marks) - 1)][0]
                depth += 1
            else:
                depth = max(depth - 1, 0)
                mark = marks[min(depth, len(marks) - 1)][1]
        elif before.isalpha() and text[i + 1:i + 2].isalpha():
            mark = "’"
        else:
            continue
        out += (text[done:i], mark)
        done = i + 1
    text = "".join(out) + text[done:]
    if lang in _CLOSING_PUNCTUATION:  # a comma or a full stop goes after the closing quote: «…», — сказал
        text = _CLOSING_PUNCTUATION[lang].sub(r"\2\1", text)
    dash = PROSE_DASH.get(lang)
    if dash:
        text = _PROSE_DASH.sub(dash, text)
    return text, depth
