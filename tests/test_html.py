"""HTML articles: only text changes; every other byte is the source's."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localize.formats import html
from test_xliff import xliff_schema  # noqa: F401 (a fixture)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html"
PAGES = sorted(p.name for p in CORPUS.glob("*.html")) if CORPUS.is_dir() else []
TRANSLATED_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "lang", "content", "charset"}

SNIPPETS = [
    pytest.param('<p>The minister met the <a href="/a_b?x=1&amp;y=2">president</a> on Monday.</p>',
                 '<p>министр met <a href="/a_b?x=1&amp;y=2">президент</a> на понедельник.</p>', id="inline-link"),
    pytest.param('<p>The <em>new <strong>port</strong></em> opened.</p>',
                 '<p><em>новый <strong>port</strong></em> opened.</p>', id="nested-inline"),
    pytest.param('<img alt="The port" src="p.png" data-x="port"><p title="The minister">Talks</p>',
                 '<img alt="port" src="p.png" data-x="port"><p title="министр">Переговоры</p>', id="attributes"),
    pytest.param('<p>The minister <span translate="no">Port Authority</span> said.</p>'
                 '<div class="a notranslate"><p>The port</p></div>',
                 '<p>министр <span translate="no">Port Authority</span> сказал.</p>'
                 '<div class="a notranslate"><p>The port</p></div>', id="translate-no"),
    pytest.param('<p>Trade &amp; investment &mdash; the port</p>', '<p>Торговля &amp; investment — port</p>',
                 id="entities"),
    pytest.param('<p>The port<p>The minister</div> said a < b.', '<p>port<p>министр</div> сказал &lt; b.',
                 id="malformed"),
    pytest.param('<p>The minister <!-- note --> said.</p>', '<p>министр <!-- note --> сказал.</p>',
                 id="comment-in-paragraph"),
    pytest.param('<p>The minister said<br>the port opened.</p>', '<p>министр said<br>the port opened.</p>',
                 id="br-in-sentence"),
    pytest.param('<html><head><meta charset="windows-1252"><title>The port</title></head>'
                 '<body><p>The <code>port</code> opened.</p></body></html>',
                 '<html lang="ru"><head><meta charset="utf-8"><title>port</title></head>'
                 '<body><p><code>port</code> opened.</p></body></html>', id="page-lang-charset-code"),
]


@pytest.fixture(scope="module")
def to_ru(packages_dir):
    from localize.engine import Engine
    from localize.pipeline import translate_document

    engine = Engine()
    return lambda text: translate_document(text, "html", "en", ["ru"], engine)["ru"].text


@pytest.mark.parametrize("source, edition", SNIPPETS)
def test_snippets_change_only_their_text(to_ru, source, edition):
    assert to_ru(source) == edition


def test_units_and_placeholders():
    doc = html.read('<h1>Talks <wbr>end</h1><p>See <a href="u"><b>the</b></a> <img src="x"> site</p>'
                    '<script>var a = "<p>x</p>";</script><meta property="og:title" content="Big talks">')
    assert [(u.kind, u.masked.text) for u in doc.units] == [
        ("heading", "Talks ⟦1⟧end"), ("paragraph", "See ⟦1⟧ the ⟦/1⟧ ⟦3⟧ site"), ("attribute", "Big talks")]
    assert doc.units[1].masked.pairs == {1: ('<a href="u"><b>', "</b></a>")}


class _Markup(HTMLParser):
    """What must not change: every tag as written (translated attribute values left out), comment,
    declaration, and the content of scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.raw = [], None

    def handle_starttag(self, tag, attrs):
        written = re.sub(r'\s+lang=("[^"]*"|[^\s>]*)', "", self.get_starttag_text())  # added or changed
        self.items.append(re.sub(r'\b(alt|title|charset|content|aria-label|placeholder)=("[^"]*"|\'[^\']*\'|[^\s>]*)',
                                 r"\1=", written))
        self.raw = tag if tag in ("script", "style") else None

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.items.append(f"</{tag}>")
        self.raw = None

    def handle_comment(self, data):
        self.items.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.items.append(decl)

    def handle_data(self, data):
        if self.raw:
            self.items.append(data)


def markup(text: str) -> list[str]:
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return parser.items


_FRAGMENTS = st.sampled_from([
    "The port", " minister ", "talks", "\r\n", "\n", "  ", "<p>", "</p>", "<div>", "</div>", "<b>", "</b>",
    "<em class='x'>", "</em>", '<a href="/a?b=1&amp;c">', "</a>", "<br>", "<img src=x alt='A port'>", "<!-- c -->",
    "&amp;", "&nbsp;", "&#8212;", " < ", "<code>x < y</code>", '<span translate="no">The port</span>',
    "<script>if (a < b) {}</script>", "<style>p{}</style>", "<h2 id=h>", "</h2>", "</span>", "<li>", "<td>",
    "<!DOCTYPE html>", "<svg><text>The port</text></svg>", "<q>", "</q>", "<title>", "</title>",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, min_size=1, max_size=30))
def test_random_html_keeps_every_byte_but_the_text(fragments):
    source = "".join(fragments)
    document = html.read(source)
    translations = [re.sub(r"[A-Za-z]+(?![^⟦]*⟧)", "Слово", u.masked.text) for u in document.units]
    edition, _problems = html.write(document, translations)
    assert "⟦" not in edition and "⟧" not in edition
    assert markup(edition) == markup(source)
    # outside the units the edition is the source: what is left when the translated stretches are cut out
    spans = sorted(p[:2] for p in document.layout.places)
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]  # in a unit
    kept = [source[e:s] for (s, e) in zip([p[0] for p in spans] + [len(source)], [0] + [p[1] for p in spans])]
    position = 0
    for piece in kept:
        position = edition.find(piece, position)
        assert position >= 0, piece
        position += len(piece)


def test_events_tile_the_source():
    source = '<!DOCTYPE html>\r\n<p a=1 b="2">x &amp y <  z<!-- c -->\n<![CDATA[d]]><?pi?></p>'
    events = html._events(source)
    assert events[0][1] == 0 and events[-1][2] == len(source)
    assert all(a[2] == b[1] for a, b in zip(events, events[1:]))


# --- end to end: the CLI on the test models -----------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, packages_dir):
    if not PAGES:
        pytest.skip("../shared/corpus/html is not beside the checkout")
    from click.testing import CliRunner

    from localize.cli import cli

    folder = tmp_path_factory.mktemp("corpus")
    for name in PAGES:
        shutil.copyfile(CORPUS / name, folder / name)
    result = CliRunner().invoke(cli, ["translate", *[str(folder / n) for n in PAGES], "-t", "bg", "-t", "ru"],
                                catch_exceptions=False)
    return folder, result


def _scripts_and_styles(text: str) -> list[str]:
    return re.findall(r"<(script|style)\b[^>]*>(.*?)</\1", text, re.S | re.I)


@pytest.mark.parametrize("lang", ["bg", "ru"])
@pytest.mark.parametrize("name", PAGES or ["(none)"])
def test_corpus_pages_end_to_end(corpus_run, name, lang):
    folder, result = corpus_run
    assert result.exit_code == 0, result.stderr
    source = (folder / name).read_bytes().decode("utf-8")
    edition = (folder / name.replace(".html", f".{lang}.html")).read_bytes().decode("utf-8")
    assert markup(edition) == markup(source)  # it parses, with the same tags and untranslated attributes
    assert _scripts_and_styles(edition) == _scripts_and_styles(source)
    assert "⟦" not in edition and "⟧" not in edition
    assert re.search(rf'<html[^>]*\blang="?{lang}\b', edition)
    paragraphs = re.findall(r"<p\b[^>]*>([^<]{80,})", edition)
    cyrillic = [p for p in paragraphs if re.search("[а-яА-Я]", p)]
    assert paragraphs and len(cyrillic) >= len(paragraphs) * 0.8
    for suffix in (".xlf", ".review.html", ".terms.json"):
        assert (folder / name.replace(".html", f".{lang}{suffix}")).is_file()


def test_corpus_xliff_validates_and_review_import_rebuilds_the_page(corpus_run, xliff_schema):  # noqa: F811 (the imported fixture, used by name)
    from lxml import etree
    from click.testing import CliRunner

    from localize.cli import cli

    folder, result = corpus_run
    name = PAGES[0].replace(".html", ".ru")
    document = etree.fromstring((folder / f"{name}.xlf").read_bytes())
    assert xliff_schema.validate(document), xliff_schema.error_log
    assert document.findall(".//{urn:oasis:names:tc:xliff:document:2.0}pc")
    assert document.findall(".//{urn:oasis:names:tc:xliff:document:2.0}originalData")
    before = (folder / f"{name}.html").read_bytes()
    imported = CliRunner().invoke(cli, ["review", "import", str(folder / f"{name}.xlf")], catch_exceptions=False)
    assert imported.exit_code == 0, imported.stderr
    assert (folder / f"{name}.html").read_bytes() == before


def test_stdin_with_format_html(invoke):
    result = invoke("translate", "-", "-t", "ru", "--format", "html", input="<p>The minister said.</p>\r\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == "<p>министр сказал.</p>\r\n".encode()


def test_a_page_in_a_declared_charset_is_decoded_and_written_as_utf8(invoke, tmp_path):
    source = tmp_path / "page.html"
    source.write_bytes('<meta charset="windows-1251"><p>The minister – Иванов.</p>'.encode("windows-1251"))
    result = invoke("translate", source, "-t", "ru")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "page.ru.html").read_text(encoding="utf-8") == '<meta charset="utf-8"><p>министр — Иванов.</p>'


def _refused(result, *words):
    assert result.exit_code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word in lines[0]


def test_an_unknown_declared_charset_is_refused_naming_it(invoke, tmp_path):
    source = tmp_path / "page.html"
    source.write_bytes(b'<meta charset="x-mac-klingon"><p>The minister \xff</p>')
    _refused(invoke("translate", source, "-t", "ru"), "x-mac-klingon")


def test_a_binary_file_named_html_is_refused(invoke, tmp_path):
    source = tmp_path / "page.htm"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _refused(invoke("translate", source, "-t", "ru"), "binary")


def test_a_page_over_the_size_limit_is_refused(invoke, tmp_path):
    source = tmp_path / "page.html"
    source.write_text("<p>" + "The port. " * 220_000 + "</p>")
    _refused(invoke("translate", source, "-t", "ru"), "larger than 2 MB")


def test_glossary_and_memory_work_for_html_as_for_markdown(invoke, tmp_path, monkeypatch):
    """A glossary term inside inline markup comes out in its approved, inflected form; the second run of the
    same page is answered by the translation memory (nothing decoded) and writes the same edition."""
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    news = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"
    page = tmp_path / "story.html"
    page.write_text('<html lang="en"><body><p>The talks were held in <em>Moscow</em> with '
                    '<a href="/song">Song Zhongping</a>.</p></body></html>\n', encoding="utf-8")
    first = invoke("translate", page, "-t", "ru", "-g", news, "-v")
    assert first.exit_code == 0, first.stderr
    edition = (tmp_path / "story.ru.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in edition and "<em>Москве</em>" in edition
    assert '<a href="/song">Сун Чжунпином</a>' in edition
    again = invoke("translate", page, "-t", "ru", "-g", news, "-v", "--force")
    assert again.exit_code == 0 and "(0 decoded" in again.stderr, again.stderr
    assert (tmp_path / "story.ru.html").read_text(encoding="utf-8") == edition
