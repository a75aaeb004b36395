"""The glossary data model: entries with approved target forms, and the diagnostics of reading them.

Besides the language columns an entry may say, per language, what its grammar needs
(``gender:LANG``, ``forms:LANG``, ``article:LANG``); ``Entry.gender_for``, ``Entry.forms_for`` and
``Entry.article_for`` answer for one language, falling back to the entry-wide value.

>>> eib = Entry("European Investment Bank", {"bg": ["Европейска инвестиционна банка"],
...             "ru": ["Европейский инвестиционный банк"]}, gender="m", genders={"bg": "f"},
...             article={"bg": "source"})
>>> eib.gender_for("bg"), eib.gender_for("ru"), eib.article_for("bg"), eib.article_for("ru")
('f', 'm', 'source', '')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from localize.i18n import _

TYPES = ("term", "name", "dnt", "person", "place")  # person, place: a name, and which kind
CASES = ("sensitive", "insensitive")
#: ``full``: every word declines; ``last``: only the last word (the surname); ``first``: only the first
#: word (the first name declines, the surname does not); ``none``: never declines.
DECLENSIONS = ("full", "last", "first", "none")
GENDERS = ("m", "f", "n", "pl")
#: ``article:LANG`` (Bulgarian): ``never`` a definite article, ``always`` the definite form, or ``source``:
#: definite when the English said "the". Empty: decided from the entry's type, as before.
ARTICLES = ("never", "always", "source")
#: The keys a ``forms:LANG`` cell may use, per language; a language not listed here accepts any key
#: of lower-case letters, digits and hyphens (kept and written back, not used).
FORM_KEYS = {
    "ru": ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2",
           "pl-nomn", "pl-gent", "pl-datv", "pl-accs", "pl-ablt", "pl-loct"),
    "bg": ("short", "full", "plural", "pl-def", "count"),
    "en": ("plural",),
}
#: Optional columns besides language codes; ``avoid:LANG`` and ``PER_LANGUAGE`` columns are matched separately.
META_COLUMNS = ("type", "case", "gender", "declension", "note")
#: Columns that name a language after a colon (``gender:bg``): the attribute of ``Entry`` that holds them.
PER_LANGUAGE = {"gender": "genders", "article": "article", "forms": "forms", "avoid": "avoid"}
FORMS_SEPARATOR = "; "
_FORM_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
ALTERNATIVES = " | "
#: Control characters (C0, DEL, C1) and the non-characters U+FFFE, U+FFFF that no TBX (XML) can hold.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class Issue:
    """A problem found while reading or checking a glossary, with its place."""

    path: str
    line: int
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass
class Entry:
    source: str
    targets: dict[str, list[str]]  # language -> [approved, accepted alternatives...]
    type: str = "term"
    case: str = ""  # "" = automatic: acronyms and dnt are case-sensitive, the rest insensitive
    gender: str = ""
    declension: str = ""
    avoid: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""
    path: str = ""
    line: int = 0
    #: A name that is a person's surname alone (another entry is "First Surname"): set when glossaries load
    person: bool | None = None
    genders: dict[str, str] = field(default_factory=dict)  # language -> gender where it differs (``gender:LANG``)
    forms: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> {key: form} (``forms:LANG``)
    article: dict[str, str] = field(default_factory=dict)  # language -> never | always | source (``article:LANG``)

    def approved(self, lang: str) -> str | None:
        """The approved form in ``lang``; a do-not-translate entry is its own approved form."""
        forms = self.targets.get(lang) or []
        form = forms[0] if forms else (self.source if self.type == "dnt" else None)
        return " ".join(form.split()) if form else form

    @property
    def is_name(self) -> bool:
        """A proper name: ``name``, or the more precise ``person`` or ``place``."""
        return self.type in ("name", "person", "place")

    @property
    def case_sensitive(self) -> bool:
        """Acronyms (all capitals), do-not-translate entries and names written the same in every language
        (Signal, Huawei) match case-sensitively unless told: the noun "signal" is not the brand.

        >>> Entry("NATO", {}).case_sensitive, Entry("Diplomatic Academy", {}).case_sensitive
        (True, False)
        >>> Entry("Signal", {"bg": ["Signal"], "ru": ["Signal"]}).case_sensitive
        True
        """
        if self.case:
            return self.case == "sensitive"
        if self.type == "dnt":
            return True
        if self.source.isupper() and sum(c.isalpha() for c in self.source) >= 2:  # an acronym
            return True
        approved = [forms[0] for forms in self.targets.values() if forms]
        return bool(approved) and all(form == self.source for form in approved)  # Signal, Huawei

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}"

    def gender_for(self, lang: str) -> str:
        """The gender of the term in ``lang``: its ``gender:LANG`` cell, else ``gender``; "" when unknown.

        >>> Entry("EIB", {}, gender="m", genders={"bg": "f"}).gender_for("bg")
        'f'
        >>> Entry("EIB", {}, gender="m", genders={"bg": "f"}).gender_for("ru")
        'm'
        """
        return self.genders.get(lang) or self.gender

    def forms_for(self, lang: str) -> dict[str, str]:
        """The explicit forms in ``lang`` (key -> form, keys from ``FORM_KEYS``) that override generated
        ones; empty when the glossary gives none. A copy: changing it changes nothing.

        >>> dardanelles = Entry("Dardanelles", {"ru": ["Дарданеллы"]}, gender="pl",
        ...                     forms={"ru": {"loct": "Дарданеллах", "gent": "Дарданелл"}})
        >>> dardanelles.forms_for("ru")["loct"], dardanelles.forms_for("bg")
        ('Дарданеллах', {})
        """
        return dict(self.forms.get(lang, {}))

    def article_for(self, lang: str) -> str:
        """``never``, ``always`` or ``source`` from the ``article:LANG`` cell; "" when the glossary says
        nothing (the enforcement decides from the entry's type).

        >>> Entry("Black Sea", {}, article={"bg": "never"}).article_for("bg"), Entry("Black Sea", {}).article_for("bg")
        ('never', '')
        """
        return self.article.get(lang, "")

    def validate(self) -> list[str]:
        """Why this entry's values are wrong (an unknown type, case, gender, declension or article), one
        message each; empty when they are all right. ``forms`` are checked when read (``parse_forms``).

        >>> Entry("EIB", {}, declension="first", genders={"bg": "f"}, article={"bg": "source"}).validate()
        []
        >>> Entry("EIB", {}, declension="middle", genders={"bg": "fem"}, article={"bg": "sometimes"}).validate()
        ["declension 'middle' is not one of full, last, first, none", "gender:bg 'fem' is not one of m, f, n, pl", \
"article:bg 'sometimes' is not one of never, always, source"]
        """
        wrong = [(column, getattr(self, column), allowed) for column, allowed in
                 (("type", TYPES), ("case", CASES), ("declension", DECLENSIONS), ("gender", GENDERS))]
        wrong += [(f"gender:{lang}", value, GENDERS) for lang, value in self.genders.items()]
        wrong += [(f"article:{lang}", value, ARTICLES) for lang, value in self.article.items()]
        return [_("{column} {value!r} is not one of {allowed}").format(column=column, value=value,
                                                                      allowed=", ".join(allowed))
                for column, value, allowed in wrong if value and value not in allowed]


@dataclass
class Glossary:
    languages: list[str]
    entries: list[Entry] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256)
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def columns(self) -> list[str]:
        """Every column needed to write these entries back without loss: the languages, then ``type``,
        ``case``, ``gender``, ``gender:LANG``, ``declension``, ``article:LANG``, ``forms:LANG``,
        ``avoid:LANG``, ``note`` (per-language columns in the order of the languages)."""
        used = [c for c in META_COLUMNS if any(getattr(e, c) for e in self.entries)]

        def per_language(prefix: str) -> list[str]:
            attribute = PER_LANGUAGE[prefix]
            langs = {lang for e in self.entries for lang, value in getattr(e, attribute).items() if value}
            order = {lang: n for n, lang in enumerate(self.languages)}
            return [f"{prefix}:{lang}" for lang in sorted(langs, key=lambda lang: (order.get(lang, len(order)), lang))]

        columns = list(self.languages) + [c for c in ("type", "case", "gender") if c in used]
        columns += per_language("gender") + (["declension"] if "declension" in used else [])
        columns += per_language("article") + per_language("forms") + per_language("avoid")
        return columns + (["note"] if "note" in used else [])


def split_alternatives(cell: str) -> list[str]:
    """``"a | b"`` -> ``["a", "b"]``; empty parts are dropped.

    >>> split_alternatives("Сун Чжунпин | Сун Чжун-пин")
    ['Сун Чжунпин', 'Сун Чжун-пин']
    """
    return [" ".join(part.split()) for part in cell.split("|") if part.strip()]


def cell_problem(column: str, text: str) -> str | None:
    """Why ``text`` cannot be the ``column`` cell: a term is one line of text; a note may hold line
    breaks and tabs; no cell holds other control characters.

    >>> cell_problem("ru", "Дипломатическая\\nакадемия")
    'the ru cell has a line break: a term must be on one line'
    >>> cell_problem("note", "capital\\nof China") is None, cell_problem("en", "Bei\\x1bjing")
    (True, 'the en cell has the control character U+001B')
    """
    for match in _CONTROL.finditer(text):
        char = match.group(0)
        if column == "note" and char in "\t\n":
            continue
        if char == "\n":
            return _("the {column} cell has a line break: a term must be on one line").format(column=column)
        return _("the {column} cell has the control character U+{code:04X}").format(column=column, code=ord(char))
    return None


def parse_forms(lang: str, cell: str) -> tuple[dict[str, str], list[str]]:
    """A ``forms:LANG`` cell -> ({key: form}, problems): ``key=form`` pairs separated by ``;``. A key
    must be one of ``FORM_KEYS[lang]``, its form not empty, and no key may come twice; each problem
    names its key, and the pairs that are right are kept.

    >>> parse_forms("ru", "loct=Дарданеллах; gent=Дарданелл")
    ({'loct': 'Дарданеллах', 'gent': 'Дарданелл'}, [])
    >>> parse_forms("bg", "full=ЕИБ-ът; plural=")[1]
    ["forms:bg: the form of 'plural' is empty"]
    >>> parse_forms("ru", "locative=в порту; loc2=порту; loc2=порте")[1]  # doctest: +NORMALIZE_WHITESPACE
    ["forms:ru: unknown key 'locative' (use nomn, gent, datv, accs, ablt, loct, loc2, pl-nomn, pl-gent, pl-datv,
      pl-accs, pl-ablt, pl-loct)", "forms:ru: the key 'loc2' is given twice"]
    """
    forms: dict[str, str] = {}
    problems: list[str] = []
    allowed = FORM_KEYS.get(lang)
    column = f"forms:{lang}"
    for part in cell.split(";"):
        if not part.strip():
            continue  # "a=b;" or "a=b; ; c=d": nothing between the separators
        key, equals, form = part.partition("=")
        key, form = key.strip(), " ".join(form.split())
        if not equals:
            problems.append(_("{column}: {part!r} is not key=form").format(column=column, part=part.strip()))
        elif allowed is not None and key not in allowed or allowed is None and not _FORM_KEY.match(key):
            problems.append(_("{column}: unknown key {key!r} (use {allowed})").format(
                column=column, key=key, allowed=", ".join(allowed) if allowed else "a-z, 0-9, -"))
        elif not form:
            problems.append(_("{column}: the form of {key!r} is empty").format(column=column, key=key))
        elif key in forms:
            problems.append(_("{column}: the key {key!r} is given twice").format(column=column, key=key))
        else:
            forms[key] = form
    return forms, problems


def format_forms(forms: dict[str, str]) -> str:
    """The ``forms:LANG`` cell of ``forms``, the inverse of ``parse_forms``.

    >>> format_forms({"loct": "Дарданеллах", "gent": "Дарданелл"})
    'loct=Дарданеллах; gent=Дарданелл'
    """
    return FORMS_SEPARATOR.join(f"{key}={form}" for key, form in forms.items())
