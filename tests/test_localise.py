"""Numbers, money, dates and typography through the whole translate pipeline, with the test models.

Expected renderings are computed with Babel (CLDR), never typed from memory; the typography table is ours.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal, format_percent, get_currency_name

from faults import FaultyEngine
from localize.engine import Engine
from localize.localise import QUOTES, typography
from localize.pipeline import translate_document


def num(value):
    return lambda lang: format_decimal(Decimal(value), locale=lang, decimal_quantization=False)


def pct(value):
    return lambda lang: format_percent(Decimal(value) / 100, locale=lang, decimal_quantization=False)


def money(amount, currency, scale=0):
    def render(lang):
        if scale:
            digits = max(0, -Decimal(amount).as_tuple().exponent)
            return (format_compact_decimal(Decimal(amount) * 10 ** scale, locale=lang, fraction_digits=digits)
                    + " " + get_currency_name(currency, count=5, locale=lang))
        return format_decimal(Decimal(amount), locale=lang, decimal_quantization=False) + " " + \
            get_currency_name(currency, count=Decimal(amount), locale=lang)
    return render


def date(y, m, d):
    return lambda lang: format_date(datetime.date(y or 2000, m, d), "long" if y else "d MMMM", locale=lang)


def clock(hour, minute):
    from babel.dates import format_time

    return lambda lang: format_time(datetime.time(hour, minute), "short", locale=lang)


def literal(text):
    return lambda lang: text


TABLE = [
    ("It weighs 1,234.5 tonnes.", num("1234.5")),
    ("About 210,000 people came.", num("210000")),
    ("The army has 2,000,000 troops.", num("2000000")),
    ("Prices rose 3.5 percent.", pct("3.5")),
    ("Growth was 14.5% last year.", pct("14.5")),
    ("Growth was 14.5 percent.", pct("14.5")),
    ("Exports fell 0.7%.", pct("0.7")),
    ("Inflation hit 18%.", pct("18")),
    ("The deal is worth $120 million.", money("120", "USD", 6)),
    ("Trade reached $240 billion.", money("240", "USD", 9)),
    ("Trade reached $1.5 billion.", money("1.5", "USD", 9)),
    ("The fund has €45 million.", money("45", "EUR", 6)),
    ("The loan is €2.5 billion.", money("2.5", "EUR", 9)),
    ("It costs 1.73 Bulgarian levs.", money("1.73", "BGN")),
    ("($1=1.73 Bulgarian Levas)", money("1.73", "BGN")),
    ("($1=1.73 Bulgarian Levas)", money("1", "USD")),
    ("They paid 500 dollars.", money("500", "USD")),
    ("They paid $147.", money("147", "USD")),
    ("They paid 30 euros.", money("30", "EUR")),
    ("They paid 2 levs.", money("2", "BGN")),
    ("The fee is 5 million euros.", money("5", "EUR", 6)),
    ("The fee is 1 euro.", money("1", "EUR")),
    ("The talks began on 19 November 2026.", date(2026, 11, 19)),
    ("The talks began on November 24.", date(0, 11, 24)),
    ("The talks began on November 24, 2026.", date(2026, 11, 24)),
    ("The talks began on the 24th of November.", date(0, 11, 24)),
    ("The talks began on 1 January 2026.", date(2026, 1, 1)),
    ("The talks began on March 3.", date(0, 3, 3)),
    ("The talks began on 8th May 2025.", date(2025, 5, 8)),
    ("The talks began on Dec. 31, 2025.", date(2025, 12, 31)),
    ("The talks began on 15 August.", date(0, 8, 15)),
    ("The plan covers 2021-2025.", literal("2021\u20132025")),
    ("The plan covers 2026–2030.", literal("2026\u20132030")),
    ("The report said 1,500.75 tonnes.", num("1500.75")),
    ("A rise of 12,345 units.", num("12345")),
    ("In 2024 trade grew.", literal("2024")),  # a year is not grouped
    ("The value is 45678 units.", num("45678")),
    ("It was 7.25 points.", num("7.25")),
    ("It fell 0.5 percent.", pct("0.5")),
    ("It reached $3 trillion.", money("3", "USD", 12)),
    ("It reached 100 million dollars.", money("100", "USD", 6)),
    ("The meeting starts at 10:30 a.m.", clock(10, 30)),
    ("The meeting ends at 3 p.m.", clock(15, 0)),
    ("The vote closed at 18:45.", clock(18, 45)),
]


@pytest.fixture(scope="module")
def editions(packages_dir):
    engine = Engine()
    sources = sorted({s for s, _ in TABLE})
    text = "\n".join(sources) + "\n"
    out = {}
    for lang, edition in translate_document(text, "txt", "en", ["bg", "ru"], engine).items():
        lines = edition.text.split("\n")
        out[lang] = dict(zip(sources, lines))
        out[lang + "-report"] = edition.terms.quantities
    return out


@pytest.mark.parametrize("lang", ["bg", "ru"])
@pytest.mark.parametrize("source, expected", TABLE, ids=[f"{i}-{s[:28]}" for i, (s, _) in enumerate(TABLE)])
def test_quantities_are_localised(editions, lang, source, expected):
    assert expected(lang) in editions[lang][source], editions[lang][source]


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_no_number_is_missing_and_values_never_change(editions, lang):
    report = editions[f"{lang}-report"]
    assert len(report) >= 40 and all(q["status"] == "ok" for q in report), [q for q in report if q["status"] != "ok"]


def test_a_lost_number_is_flagged(packages_dir):
    losing = FaultyEngine(lambda text: text.split("⟦")[0])
    edition = translate_document("Trade reached $240 billion in 2024.\n", "txt", "en", ["ru"], losing)["ru"]
    missing = [q for q in edition.terms.quantities if q["status"] == "missing"]
    assert [q["source"] for q in missing] == ["2024", "$240 billion"] and "240" in edition.text


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_typography_table(lang):
    outer, inner = QUOTES[lang]
    text, depth = typography('He said "a "b" c" and “d” - e\'s.', lang)
    assert text.startswith(f"He said {outer[0]}a {inner[0]}b{inner[1]} c{outer[1]} and {outer[0]}d{outer[1]}")
    assert ("e’s" in text) and depth == 0
    assert (" — " if lang == "ru" else " – ") in text


def test_quotes_carry_across_segments():
    first, depth = typography('"It is a threat.', "ru")
    second, depth = typography('We will answer," he said.', "ru", depth)
    assert first == "«It is a threat." and second == "We will answer», he said." and depth == 0


def test_sentence_final_date_takes_one_stop(packages_dir):
    edition = translate_document("It was signed on 19 November 2026.\n", "txt", "en", ["ru"], Engine())["ru"]
    assert edition.text.rstrip().endswith("2026\u202fг.") and not edition.text.rstrip().endswith("г..")


def test_a_number_the_model_dropped_is_flagged(packages_dir):
    dropping = FaultyEngine(lambda text: text.replace("12", ""))
    edition = translate_document("The 12 ships and 7 planes.\n", "txt", "en", ["bg"], dropping)["bg"]
    assert [(q["source"], q["status"]) for q in edition.terms.quantities] == [("12", "missing")]


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_a_day_the_calendar_does_not_have_is_left_as_numbers(packages_dir, lang):
    text = "It was on November 31, 2021, the 30th of February and 29 February 2023, not 29 February 2024.\n"
    edition = translate_document(text, "txt", "en", [lang], Engine())[lang]
    dates = [q for q in edition.terms.quantities if q["kind"] == "date"]
    assert [q["source"] for q in dates] == ["29 February 2024"]
    assert format_date(datetime.date(2024, 2, 29), "long", locale=lang) in edition.text
    assert all(n in edition.text for n in ("31", "2021", "30", "2023"))  # copied as the source has them
    assert not [q for q in edition.terms.quantities if q["status"] == "missing"]
