"""HTML articles through the standard library's tolerant ``html.parser``, byte-faithful.

The parser only finds where things are: every event (text, entity, tag, comment, declaration) is traced
to its own stretch of the source, and only stretches of translatable text and the values of attributes
people read are rewritten. Every other byte -- doctype, comments, ``<script>``, ``<style>``,
``<template>``, ``<svg>``/``<math>`` internals, attribute order and quoting, entities in untouched text,
whitespace between blocks, line ends -- is copied from the source. Nothing is re-serialised, and
malformed markup (an unclosed ``<p>``, a stray ``</div>``, a ``<`` in text) is neither repaired nor
broken.

A *unit* is a run of text between two block boundaries (any element that is not an inline one:
``p``, ``h1``, ``li``, ``td``, ``div``...). Inside it, inline elements (``a``, ``em``, ``span``...)
become placeholder pairs around their text; ``<br>``, ``<img>``, ``<wbr>``, comments, stray or
unclosed tags and elements whose content is not prose (``<code>``, ``<kbd>``, ``<samp>``, ``<var>``,
``<svg>``, ``<math>``, ``<script>``...), or that say ``translate="no"`` or ``class="notranslate"``, are
single placeholders: their content never reaches the model. Entities in translated text are decoded for
the model and the translation is written as text (``&``, ``<``, ``>`` as entities). The attributes
``alt``, ``title``, ``aria-label`` and ``placeholder`` and the ``content`` of ``<meta>`` descriptions
and Open Graph / Twitter titles are units of their own. ``<html lang>`` becomes the edition's language
(added when missing) and a declared charset becomes UTF-8, which is what is written.

>>> doc = read('<p class="x">The <a href="/a_b">talks</a> &amp; <code>x</code> ended.</p>')
>>> [u.masked.text for u in doc.units]
['The ⟦1⟧ talks ⟦/1⟧ & ⟦2⟧ ended.']
>>> write(doc, ["Преговорите ⟦1⟧ разговори ⟦/1⟧ < ⟦2⟧ приключиха."])[0]
'<p class="x">Преговорите <a href="/a_b">разговори</a> &lt; <code>x</code> приключиха.</p>'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from localize.model import Document, Unit
from localize.protect import Masker, plain, restore

#: Elements that stay inside a unit, as placeholder pairs around their text.
INLINE = frozenset("a abbr acronym b bdi bdo big cite data del dfn em font i ins label mark nobr q s small span "
                   "strike strong sub sup time tt u".split())
#: Elements that are one single placeholder inside a unit.
VOID = frozenset("br wbr img".split())
#: Elements whose content is never translated; inside a unit each is one placeholder.
RAW = frozenset("code kbd samp var svg math script style template textarea pre".split())
#: ... and those of them that also end a unit (block-level).
RAW_BLOCK = frozenset("template textarea pre".split())
#: Elements that never hold content (no end tag to wait for).
EMPTY = frozenset("area base br col embed hr img input link meta param source track wbr".split())
ATTRIBUTES = frozenset("alt title aria-label placeholder".split())
META_NAMES = frozenset("description og:title og:description twitter:title twitter:description".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6 title".split())
_WORD = re.compile(r"\w")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][^\t\n\r\f />\x00]*)")
_ATTRIBUTE = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_CHARSET = re.compile(r"(charset\s*=\s*)([\w.:-]+)", re.I)


@dataclass
class _Event:
    kind: str  # text, open, close, atom
    start: int
    end: int
    tag: str = ""
    text: str = ""  # decoded text


@dataclass
class Layout:
    """Where each unit sits in the source, and the other edits (language, charset)."""

    source: str
    places: list = field(default_factory=list)  # per unit: (start, end, quote, pieces)
    edits: list = field(default_factory=list)  # (start, end, kind): "lang", "insert-lang", "charset"


class _Parser(HTMLParser):
    """Reports each event with its source offsets (the events tile the source)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.source = text
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.events: list[list] = []  # [kind, start, data]

    def _at(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def _add(self, kind, data=None):
        self.events.append([kind, self._at(), data])

    def handle_starttag(self, tag, attrs):
        self._add("start", (tag, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        self._add("startend", (tag, self.get_starttag_text()))

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data", data)

    def handle_entityref(self, name):
        self._add("entity")

    def handle_charref(self, name):
        self._add("entity")

    def handle_comment(self, data):
        self._add("other")

    def handle_decl(self, decl):
        self._add("other")

    def handle_pi(self, data):
        self._add("other")

    def unknown_decl(self, data):
        self._add("other")


def _events(text: str) -> list[tuple]:
    """(kind, start, end, data) for every stretch of the source, in order."""
    parser = _Parser(text)
    parser.feed(text)
    parser.close()
    raw = parser.events
    out = []
    for n, (kind, start, data) in enumerate(raw):
        end = raw[n + 1][1] if n + 1 < len(raw) else len(text)
        if end > start:
            out.append((kind, start, end, data))
    return out


def _attributes(tag_text: str) -> list[tuple[str, str, int, int, str]]:
    """(name, value, value start, value end, quote) of each attribute of a start tag as written."""
    name = _TAG_NAME.match(tag_text)
    out = []
    position = name.end() if name else len(tag_text)
    while True:
        while position < len(tag_text) and (tag_text[position].isspace() or tag_text[position] == "/"):
            position += 1
        match = _ATTRIBUTE.match(tag_text, position)
        if not match or match.end() <= position:
            break
        value = match.group(3)
        if value is not None:
            start, end = match.start(3), match.end(3)
            quote = value[0] if value[:1] in ("'", '"') and len(value) >= 2 and value[-1] == value[0] else ""
            if quote:
                start, end = start + 1, end - 1
            out.append((match.group(1).lower(), tag_text[start:end], start, end, quote))
        else:
            out.append((match.group(1).lower(), "", -1, -1, ""))
        position = match.end()
    return out


def _untranslatable(attributes) -> bool:
    for name, value, *_rest in attributes:
        if name == "translate" and value.strip().lower() == "no":
            return True
        if name == "class" and "notranslate" in value.split():
            return True
    return False


def read(text: str) -> Document:
    document = Document(format="html", units=[], layout=Layout(text))
    layout = document.layout
    events = _events(text)
    run: list[_Event] = []
    kinds = ["paragraph"]  # the kind of unit the enclosing block gives
    lang_seen = False
    i = 0
    while i < len(events):
        kind, start, end, data = events[i]
        if kind in ("start", "startend"):
            tag, tag_text = data
            attributes = _attributes(tag_text)
            skip = tag in RAW or _untranslatable(attributes)
            if skip and kind == "start" and tag not in EMPTY:
                last = _skip_end(events, i, tag)
                end = events[last][2]
                if tag in INLINE or (tag in RAW and tag not in RAW_BLOCK):
                    run.append(_Event("atom", start, end))
                else:
                    _flush(document, run, kinds[-1])
                    run = []
                i = last + 1
                continue
            if skip:
                run.append(_Event("atom", start, end))
                i += 1
                continue
            if tag == "html" and not lang_seen:
                lang_seen = True
                _language(layout, attributes, start, tag_text)
            if tag == "meta":
                _charset(layout, attributes, start)
            _attribute_units(document, tag, attributes, start)
            if tag in INLINE and kind == "start":
                run.append(_Event("open", start, end, tag))
            elif tag in VOID or tag in INLINE:
                run.append(_Event("atom", start, end))
            else:
                _flush(document, run, kinds[-1])
                run = []
                if kind == "start" and tag not in EMPTY:
                    kinds.append("heading" if tag in HEADINGS else "cell" if tag in ("td", "th") else "paragraph")
        elif kind == "end":
            if data in INLINE:
                run.append(_Event("close", start, end, data))
            elif data in VOID:
                run.append(_Event("atom", start, end))
            else:
                _flush(document, run, kinds[-1])
                run = []
                if len(kinds) > 1:
                    kinds.pop()
        elif kind == "data":
            run.append(_Event("text", start, end, text=text[start:end]))
        elif kind == "entity":
            raw = text[start:end]
            decoded = html.unescape(raw)
            run.append(_Event("text", start, end, text=decoded) if decoded != raw else _Event("atom", start, end))
        else:
            run.append(_Event("atom", start, end))
        i += 1
    _flush(document, run, kinds[-1])
    return document


def _skip_end(events, i: int, tag: str) -> int:
    """The index of the event that ends the element opened at ``events[i]`` (its own end tag, or the event
    before an end tag of an element opened before it, or the last event)."""
    depth, opened = 0, []
    for j in range(i + 1, len(events)):
        kind, _start, _end, data = events[j]
        name = data[0] if kind in ("start", "startend") else data if kind == "end" else None
        if kind == "start" and name == tag:
            depth += 1
        elif kind == "start" and name not in EMPTY:
            opened.append(name)
        elif kind == "end" and name == tag:
            if depth == 0:
                return j
            depth -= 1
        elif kind == "end" and name in opened:
            opened.remove(name)
        elif kind == "end" and tag not in ("svg", "math", "script", "style", "template", "textarea"):
            return j - 1  # an end tag of something opened before: the element was never closed
    return len(events) - 1


def _language(layout: Layout, attributes, start: int, tag_text: str) -> None:
    for name, _value, value_start, value_end, _quote in attributes:
        if name == "lang" and value_start >= 0:
            layout.edits.append((start + value_start, start + value_end, "lang"))
            return
    name = _TAG_NAME.match(tag_text)
    at = start + (name.end() if name else 5)
    layout.edits.append((at, at, "insert-lang"))


def _charset(layout: Layout, attributes, start: int) -> None:
    values = {name: (value, s, e) for name, value, s, e, _q in attributes}
    if "charset" in values and values["charset"][1] >= 0:
        value, s, e = values["charset"]
        if value.strip().lower() not in ("utf-8", "utf8"):
            layout.edits.append((start + s, start + e, "charset"))
    elif values.get("http-equiv", ("",))[0].strip().lower() == "content-type" and "content" in values:
        value, s, e = values["content"]
        match = _CHARSET.search(value)
        if match and match.group(2).lower() not in ("utf-8", "utf8") and s >= 0:
            layout.edits.append((start + s + match.start(2), start + s + match.end(2), "charset"))


def _attribute_units(document: Document, tag: str, attributes, start: int) -> None:
    values = {name: value for name, value, *_rest in attributes}
    meta = tag == "meta" and (values.get("name", "").lower() in META_NAMES
                              or values.get("property", "").lower() in META_NAMES)
    for name, value, value_start, value_end, quote in attributes:
        if value_start < 0 or not (name in ATTRIBUTES or (meta and name == "content")):
            continue
        decoded = _SPACES.sub(" ", html.unescape(value)).strip()
        if not _WORD.search(decoded):
            continue
        document.units.append(Unit(id=str(len(document.units) + 1), kind="attribute", masked=plain(decoded)))
        document.layout.places.append((start + value_start, start + value_end, quote or None, None))


def _flush(document: Document, run: list[_Event], kind: str) -> None:
    """Make a unit of a run of events between two block boundaries, if it holds words."""
    if not any(e.kind == "text" and _WORD.search(e.text) for e in run):
        return
    partner = _partners(run)
    first, last = 0, len(run) - 1
    while first <= last:  # leave out what surrounds the text: spaces, single tags, a pair around all of it
        if _blank(run[first], partner):
            first += 1
        elif _blank(run[last], partner):
            last -= 1
        elif partner.get(first) == last:
            first, last = first + 1, last - 1
        else:
            break
    events = run[first:last + 1]
    partner = {k - first: v - first for k, v in partner.items() if first <= k and v <= last}
    source = document.layout.source
    start, end = events[0].start, events[-1].end
    if events[0].kind == "text":
        start += len(events[0].text) - len(events[0].text.lstrip()) if events[0].text == source[
            events[0].start:events[0].end] else 0
    if events[-1].kind == "text" and events[-1].text == source[events[-1].start:events[-1].end]:
        end -= len(events[-1].text) - len(events[-1].text.rstrip())
    masker = Masker()
    pieces: dict[tuple[str, int], list] = {}  # (part, id) -> [(offset in the part, source start, length)]
    masked = masker._masked
    j = 0
    while j < len(events):
        event = events[j]
        if event.kind == "text":
            piece = event.text
            if j == 0:
                piece = piece.lstrip()
            if j == len(events) - 1:
                piece = piece.rstrip()
            masker.text(_SPACES.sub(" ", piece) if event.text == source[event.start:event.end] else piece)
        elif j in partner and not any(e.kind == "text" and _WORD.search(e.text) for e in events[j:partner[j]]):
            _atom(masker, pieces, event.start, events[partner[j]].end, source)  # markup around no words
            j = partner[j]
        elif j in partner:
            close = events[partner[j]]
            masker.open(source[event.start:event.end], source[close.start:close.end])
            n = masker._stack[-1]
            pieces[("o", n)] = [(0, event.start, event.end - event.start)]
            pieces[("c", n)] = [(0, close.start, close.end - close.start)]
        elif j in partner.values():
            n = masker._stack[-1]
            before = set(masked.pairs)
            masker.close()
            for inner in before - set(masked.pairs):  # a pair around the same text: merged into n
                shift = len(masked.pairs[n][0]) - sum(length for _o, _s, length in pieces[("o", inner)])
                pieces[("o", n)] += [(o + shift, s, length) for o, s, length in pieces.pop(("o", inner))]
                after = pieces.pop(("c", inner))
                shift = sum(length for _o, _s, length in after)
                pieces[("c", n)] = after + [(o + shift, s, length) for o, s, length in pieces[("c", n)]]
        else:
            _atom(masker, pieces, event.start, event.end, source)
        j += 1
    unit_masked = masker.result()
    document.units.append(Unit(id=str(len(document.units) + 1), kind=kind, masked=unit_masked))
    document.layout.places.append((start, end, None, pieces))


def _atom(masker: Masker, pieces: dict, start: int, end: int, source: str) -> None:
    before = masker._last_atom
    offset = len(masker._masked.atoms[before]) if before is not None and before not in masker._masked.glued else 0
    masker.atom(source[start:end])
    n = masker._last_atom
    if n != before:
        offset = 0
    pieces.setdefault(("a", n), []).append((offset, start, end - start))


def _blank(event: _Event, partner: dict) -> bool:
    """Spaces or a single tag (unpaired tags are atoms by now)."""
    return (event.kind == "text" and not event.text.strip()) or event.kind == "atom"


def _partners(run: list[_Event]) -> dict[int, int]:
    """Opening event -> its closing event (inline elements properly nested in the run)."""
    partner, stack = {}, []
    for n, event in enumerate(run):
        if event.kind == "open":
            stack.append(n)
        elif event.kind == "close":
            for depth in range(len(stack) - 1, -1, -1):
                if run[stack[depth]].tag == event.tag:
                    partner[stack[depth]] = n
                    del stack[depth:]
                    break
    for k in list(partner):
        run[k].kind, run[partner[k]].kind = "open", "close"
    for n, event in enumerate(run):  # stray or unclosed inline tags are single tags
        if event.kind in ("open", "close") and n not in partner and n not in partner.values():
            event.kind = "atom"
    return partner


def escape(text: str) -> str:
    """Translated text as HTML text.

    >>> escape("A & B <b>")
    'A &amp; B &lt;b&gt;'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str, quote: str | None) -> str:
    text = escape(text)
    if quote == "'":
        return text.replace("'", "&#39;")
    return text.replace('"', "&quot;")


def write(document: Document, translations: list[str], lang: str | None = None) -> tuple[str, list[str]]:
    layout = document.layout
    source = layout.source
    problems: list[str] = list(document.problems)
    attribute_edits = []  # (start, end, new text)
    texts = []
    for unit, (start, end, quote, pieces), translated in zip(document.units, layout.places, translations):
        if pieces is None:  # an attribute value
            text, issues = restore(translated, unit.masked)
            value = _escape_attribute(text, quote)
            if quote is None and value != source[start:end]:
                value = '"' + value + '"'
            attribute_edits.append((start, end, value))
        else:
            texts.append((unit, start, end, pieces, translated))
            issues = []
        problems += [f"unit {unit.id}: {issue}" for issue in issues]
    edits = []
    for unit, start, end, pieces, translated in texts:
        inside = [e for e in attribute_edits if start <= e[0] and e[1] <= end]
        masked = _rebuilt(unit.masked, pieces, inside, source)
        translated, moved = _in_order(translated, unit.masked)
        text, issues = restore(escape(translated), masked)
        problems += [f"unit {unit.id}: {issue}" for issue in issues + moved]
        edits.append((start, end, text))
    spans = [(s, e) for s, e, _t in edits]
    edits += [e for e in attribute_edits if not any(s <= e[0] and e[1] <= t for s, t in spans)]
    for start, end, what in layout.edits:
        if what == "charset":
            edits.append((start, end, "utf-8"))
        elif lang and what == "lang":
            edits.append((start, end, lang))
        elif lang and what == "insert-lang":
            edits.append((start, end, f' lang="{lang}"'))
    out, position = [], 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < position:
            continue
        out.append(source[position:start])
        out.append(text)
        position = end
    out.append(source[position:])
    return "".join(out), problems


def _in_order(translated: str, masked) -> tuple[str, list[str]]:
    """The translation, with its markup as the source has it: when the model lost, repeated or reordered
    a placeholder, the text (without placeholders) is followed by every piece of markup in source order,
    so that the edition's tags are the source's (an element may then be empty).

    >>> m = read("<p>A <b>bold</b> word<br>.</p>").units[0].masked
    >>> _in_order("Една ⟦1⟧ дума ⟦/1⟧⟦2⟧.", m)[0], _in_order("Една дума ⟦2⟧.", m)[0]
    ('Една ⟦1⟧ дума ⟦/1⟧⟦2⟧.', 'Една дума . ⟦1⟧⟦/1⟧⟦2⟧')
    """
    from localize.protect import PLACEHOLDER

    ours = set(masked.atoms) | set(masked.pairs)
    expected = [m.group(0) for m in PLACEHOLDER.finditer(masked.text) if int(m.group(2)) in ours]
    found = [m.group(0) for m in PLACEHOLDER.finditer(translated) if int(m.group(2)) in ours]
    if found == expected:
        return translated, []
    words = _SPACES.sub(" ", PLACEHOLDER.sub(lambda m: "" if int(m.group(2)) in ours else m.group(0), translated))
    return words.strip() + " " + "".join(expected), [
        "markup the model moved or lost is put after the text, in the source's order"]


def _rebuilt(masked, pieces: dict, edits: list, source: str):
    """``masked`` with its markup taken from the source with the attribute edits inside it applied, and
    the atoms made of text (URLs...) escaped as HTML text."""
    from copy import copy

    def patched(start: int, end: int) -> str:
        out, position = [], start
        for s, e, text in sorted(edits):
            if start <= s and e <= end:
                out += [source[position:s], text]
                position = e
        return "".join(out) + source[position:end]

    def part(original: str, found: list) -> str:
        out, position = [], 0
        for offset, start, length in sorted(found):
            out += [escape(original[position:offset]), patched(start, start + length)]
            position = offset + length
        return "".join(out) + escape(original[position:])

    result = copy(masked)
    result.atoms = {n: part(text, pieces.get(("a", n), [])) for n, text in masked.atoms.items()}
    result.pairs = {n: (part(b, pieces.get(("o", n), [])), part(a, pieces.get(("c", n), [])))
                    for n, (b, a) in masked.pairs.items()}
    return result
