"""Markdown (CommonMark + tables + strikethrough) through markdown-it-py, byte-faithful.

Only the translatable text of headings, paragraphs (in lists and block quotes too) and table cells is
rewritten; every other byte is copied from the source: front matter, code blocks, raw HTML blocks,
reference definitions, list and quote markers, blank lines, and inside a paragraph every piece of
markup as it was typed. markdown-it-py finds the structure; each inline token is then traced back to
its own stretch of the source (``_Source``, ``_spans``), so a link keeps its destination as written
(a Cyrillic URL is not percent-encoded) and a reference link stays a reference link.

Inside a unit, emphasis and links become placeholder pairs around translatable text (link text and
image alt text are translated; a ``[shortcut]`` or ``[collapsed][]`` reference, whose text is its
label, becomes ``[translation][label]``); so does an inline HTML element around its text, unless its
content is not prose (``<script>``, ``<style>``, ``<code>`` ... ``RAW_ELEMENTS``): then the element
is one atom, and its content never reaches the model. Code spans, autolinks, entities, backslash
escapes (but for those ``escape`` writes back), hard breaks, HTML comments and lone tags are atoms. A
paragraph's soft line breaks are joined, so a translated paragraph is one line.

Containers nested deeper than ``MAX_NESTING`` levels are not followed by markdown-it; their lines are
translated one by one, and the document's ``problems`` name them.

>>> doc = read("# Talks\\n\\nSee [the *academy*](https://a.org/Москва) and `code`.\\n")
>>> [u.masked.text for u in doc.units]
['Talks', 'See ⟦1⟧ the ⟦2⟧ academy ⟦/2⟧ ⟦/1⟧ and ⟦3⟧.']
>>> write(doc, ["Преговори", "Вижте ⟦1⟧ ⟦2⟧ академията ⟦/2⟧ ⟦/1⟧ и ⟦3⟧."])[0]
'# Преговори\\n\\nВижте [*академията*](https://a.org/Москва) и `code`.\\n'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from localize.i18n import _
from localize.model import Document, Unit
from localize.protect import Masker, restore

#: How deep markdown-it follows nested containers (it counts a list as two levels: list and item).
#: markdown-it-py's own default; parsing that deep stays far below Python's recursion limit.
MAX_NESTING = 100
#: Inline HTML elements whose content is not prose: the element and its content are one atom.
RAW_ELEMENTS = frozenset("script style textarea pre code kbd samp var math svg".split())
UNIT_PARENTS = {"paragraph_open": "paragraph", "heading_open": "heading", "th_open": "cell", "td_open": "cell"}
_FRONT_MATTER = re.compile(r"\A(---\r?\n.*?\n(?:---|\.\.\.)\r?\n)", re.S)
_LINE_BREAK = re.compile(r"(\r\n?|\n)")  # what markdown-it counts as one
_ESCAPE = re.compile(r"([\\`*_\[\]<]|~(?=~))")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|=+\s*$|(?:-[ \t]*)+$|~~~)")
#: Container markers and a heading's opening hashes: what comes before a block's text on its first line.
_OPENING = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*(?:#{1,6}(?=[ \t]|$)[ \t]*)?")
_BREAK = re.compile(r"(?:\\|[ \t]*)\n[ \t]*")
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>\Z|</([A-Za-z][A-Za-z0-9-]*)\s*>\Z")


@dataclass
class Place:
    """Where a unit's text sits in the source lines."""

    first_line: int
    first_col: int
    last_line: int
    last_end: int


def parser():
    from markdown_it import MarkdownIt

    # without text_join, escapes and entities stay tokens of their own ("text_special"), as typed
    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"]).disable("text_join")


def read(text: str) -> Document:
    match = _FRONT_MATTER.match(text)
    offset = len(_LINE_BREAK.findall(match.group(1))) if match else 0
    body = text[match.end():] if match else text
    pieces = _LINE_BREAK.split(text)  # line, break, line, ...
    md, env = parser(), {}
    document = Document(format="md", units=[], layout=(pieces[0::2], [], pieces[1::2]))
    lines = document.layout[0]
    cursor: dict[int, int] = {}  # per line: where the last located cell ended (tables)
    parent = None
    for token in md.parse(body, env):
        if token.type in UNIT_PARENTS:
            parent = UNIT_PARENTS[token.type]
        if token.type in ("blockquote_open", "list_item_open") and token.level + 1 >= MAX_NESTING and token.map:
            _too_deep(document, md, env, token.map[0] + offset, token.map[1] + offset)
        if token.type == "inline" and token.content.strip() and token.map is not None:
            first = token.map[0] + offset
            start = cursor.get(first, 0) if parent == "cell" else _OPENING.match(lines[first]).end()
            end = _add(document, md, env, token, first, start, parent or "paragraph")
            if parent == "cell" and end is not None:
                cursor[first] = end
    return document


def _too_deep(document: Document, md, env: dict, first: int, last: int) -> None:
    """Translate the lines of a container markdown-it did not enter, one by one, and say so."""
    lines = document.layout[0]
    found = False
    for number in range(first, last):
        start = _OPENING.match(lines[number]).end()
        if lines[number][start:].strip():
            _add(document, md, env, md.parseInline(lines[number][start:].rstrip(), env)[0], number, start, "paragraph")
            found = True
    if found and last - first == 1:
        document.problems.append(_("line {line} is nested more than {limit} levels deep: translated on its own, "
                                   "check it").format(line=last, limit=MAX_NESTING))
    elif found:
        document.problems.append(_("lines {first}-{last} are nested more than {limit} levels deep: translated line "
                                   "by line, check them").format(first=first + 1, last=last, limit=MAX_NESTING))


def _add(document: Document, md, env: dict, token, first: int, start: int, kind: str) -> int | None:
    """Make ``token`` (an inline token whose content starts on line ``first``) a unit; returns the column
    where its content ends on its last line, or None (with a problem) when it cannot be traced."""
    from markdown_it.rules_inline import StateInline

    lines, places, breaks = document.layout
    try:
        source = _Source(lines, breaks, token.content, first, start, kind == "cell")
        spans = _spans(token.children or [], StateInline(token.content, md, env, []), 0)
        if (spans[-1][2] if spans else 0) != len(token.content):
            raise LookupError(token.content)
        masker = Masker()
        _mask(spans, source, masker)
    except LookupError:
        document.problems.append(_("line {line}: text that could not be traced in the source is left "
                                   "untranslated").format(line=first + 1))
        return None
    document.units.append(Unit(id=str(len(document.units) + 1), kind=kind, masked=masker.result()))
    (first_line, first_col), (last_line, last_end) = source.position(0), source.position(len(token.content))
    places.append(Place(first_line, first_col, last_line, last_end))
    return last_end


class _Source:
    """An inline token's content located in the source lines, so that any stretch of the content can be
    copied from the source as written (with the container markers of the lines it crosses)."""

    def __init__(self, lines: list[str], breaks: list[str], content: str, first: int, start: int, cell: bool):
        self.lines, self.breaks = lines, breaks
        self.rows: list[tuple[int, int, list[int]]] = []  # per content line: offset, line number, columns
        offset = 0
        for j, part in enumerate(content.split("\n")):
            while True:
                if first + j >= len(lines):
                    raise LookupError(part)
                try:
                    columns = _columns(lines[first + j], part, start if j == 0 else 0, cell)
                    break
                except LookupError:  # a first line of white space markdown-it trimmed ("\f")?
                    if j or lines[first][start:].strip():
                        raise
                    first, start = first + 1, 0
            self.rows.append((offset, first + j, columns))
            offset += len(part) + 1

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source of a content offset."""
        start, number, columns = self.rows[bisect.bisect_right(self.rows, (offset, len(self.lines))) - 1]
        return number, columns[min(offset - start, len(columns) - 1)]

    def raw(self, start: int, end: int) -> str:
        """The source text of the content between two offsets."""
        (a, col_a), (b, col_b) = self.position(start), self.position(end)
        if a == b:
            return self.lines[a][col_a:col_b]
        middle = "".join(self.breaks[n] + self.lines[n + 1] for n in range(a, b - 1))
        return self.lines[a][col_a:] + middle + self.breaks[b - 1] + self.lines[b][:col_b]


def _columns(line: str, part: str, start: int, cell: bool) -> list[int]:
    r"""Source column of each character of ``part`` (one line of a token's content) in ``line``, and of
    its end. Indentation markdown-it expanded (tabs) maps to the first character; a pipe in a table
    cell was written ``\|``.

    >>> _columns("> a \\| b", "a | b", 0, cell=True)
    [2, 3, 5, 6, 7, 8]
    """
    body = part.lstrip(" \t")
    if cell and "|" in body:
        found = re.compile("".join(r"\\?\|" if c == "|" else re.escape(c) for c in body)).search(line, start)
        col = found.start() if found else -1
    else:
        col = line.find(body, start)
    if col < 0:
        raise LookupError(part)
    columns = []
    for c in body:
        if c == "|" and line[col] == "\\":
            col += 1
        columns.append(col)
        col += 1
    columns.append(col)
    return [columns[0]] * (len(part) - len(body)) + columns


def _spans(children, state, pos: int) -> list[tuple]:
    """Each child token with the stretch ``[start, end)`` of the content it was parsed from (``state``: a
    markdown-it inline state over that content, whose rules measure links and code spans), and for an
    image its alt text's spans and where the alt text ends. ``LookupError`` if they do not line up."""
    from markdown_it.rules_inline import autolink, backtick, image, link

    content = state.src
    spans: list[tuple] = []
    link_ends: list[int] = []
    in_autolink = False
    for child in children:
        kind, extra = child.type, None
        if in_autolink:  # its text and closing token are inside the autolink's span
            in_autolink = kind != "link_close"
            continue
        if kind in ("softbreak", "hardbreak"):
            match = _BREAK.match(content, pos)
            end = match.end() if match else -1
        elif kind in ("link_open", "image", "code_inline"):
            state.pos, state.level = pos, child.level
            rule = {"image": image, "code_inline": backtick}.get(kind, autolink if child.markup == "autolink" else link)
            if not rule(state, True):
                raise LookupError(content[pos:])
            end = state.pos
            if kind == "image":
                label_end = state.md.helpers.parseLinkLabel(state, pos + 1, False)
                extra = (_spans(child.children or [], state, pos + 2), label_end)
            elif child.markup == "autolink":
                in_autolink = True
            elif kind == "link_open":
                link_ends.append(end)
                end = pos + 1
        elif kind == "link_close":
            end = link_ends.pop() if link_ends else -1
        else:
            written = child.markup if kind in ("text_special",) or kind.endswith(("_open", "_close")) else child.content
            end = pos + len(written) if content.startswith(written, pos) else -1
        if end < pos:
            raise LookupError(content[pos:])
        spans.append((child, pos, end, extra))
        pos = end
    return spans


def _mask(spans: list[tuple], source: _Source, masker: Masker) -> None:
    """Build the unit's masked text: text to translate, everything else from the source."""
    partner = _partners(spans)  # opening span -> its closing span: emphasis, links, HTML elements
    closers = set(partner.values())
    i = 0
    while i < len(spans):
        child, start, end, extra = spans[i]
        kind = child.type
        if kind == "text":
            _text(masker, child.content, source.raw(start, end))
        elif kind == "softbreak":
            masker.text(" ")
        elif kind == "hardbreak":
            masker.atom(source.raw(start, end), glued=True)
        elif kind == "text_special" and child.content in "\\`*_[]<":
            masker.text(child.content)  # an escaped * _ [ ] < ` \\: escape() writes it back as it was
        elif kind == "image":
            alt, label_end = extra
            masker.open(source.raw(start, start + 2), _reference(source, start + 2, label_end, end))
            _mask(alt, source, masker)
            masker.close()
        elif _tag(child, opens=True) in RAW_ELEMENTS:  # unclosed: up to the end of what encloses it
            last = partner.get(i, min([j - 1 for o, j in partner.items() if o < i < j], default=len(spans) - 1))
            masker.atom(source.raw(start, spans[last][2]))
            i = last
        elif i in partner:
            _child, close_start, close_end, _extra = spans[partner[i]]
            masker.open(source.raw(start, end), _reference(source, end, close_start, close_end)
                        if kind == "link_open" else source.raw(close_start, close_end))
        elif i in closers:
            masker.close()
        elif start < end:  # other escapes, entities, code, autolinks, lone HTML tags and comments
            masker.atom(source.raw(start, end))
        i += 1


def _text(masker: Masker, text: str, written: str) -> None:
    """Translatable text; in a table cell a pipe was written ``\\|`` and is kept as such."""
    if written == text:
        masker.text(text)
        return
    if written != text.replace("|", "\\|"):
        raise LookupError(written)
    for n, piece in enumerate(text.split("|")):
        if n:
            masker.atom("\\|")
        masker.text(piece)


def _reference(source: _Source, label_start: int, label_end: int, end: int) -> str:
    """What follows a link's (or image's) text: its destination, or its reference, as written; a
    shortcut ``[label]`` or collapsed ``[label][]`` reference names its label after the translated text."""
    after = source.raw(label_end, end)
    if after in ("]", "][]"):
        return "][" + source.raw(label_start, label_end) + "]"
    return after


def _partners(spans: list[tuple]) -> dict[int, int]:
    """Opening span -> closing span, for Markdown markup and for inline HTML elements that close inside
    the markup around them (properly nested; a stray HTML tag has no partner)."""
    partner, stack = {}, []
    for i, (child, *_rest) in enumerate(spans):
        if child.markup == "autolink":
            continue
        if child.nesting == 1 or _tag(child, opens=True):
            stack.append(i)
        elif child.nesting == -1:
            while stack and spans[stack[-1]][0].nesting != 1:  # HTML opened inside and never closed
                stack.pop()
            if stack:
                partner[stack.pop()] = i
        elif stack and _tag(child, opens=False) and _tag(child, opens=False) == _tag(spans[stack[-1]][0], opens=True):
            partner[stack.pop()] = i
    return partner


def _tag(child, opens: bool) -> str:
    """The element (lower case) an inline HTML token opens, or closes; "" for anything else (text, a
    comment, ``<br/>``)."""
    tag = _TAG.match(child.content) if child.type == "html_inline" else None
    if tag is None:
        return ""
    name = (tag.group(1) if not tag.group(2) else None) if opens else tag.group(3)  # <br/> opens nothing
    return (name or "").lower()


def escape(text: str, line_start: bool = True) -> str:
    r"""Escape what would turn translated text into Markdown markup (at the start of a line, too).

    >>> escape("5 * 3 = [x]")
    '5 \\* 3 = \\[x\\]'
    >>> escape("- not a list"), escape("- in a table cell", line_start=False)
    ('\\- not a list', '- in a table cell')
    """
    text = _ESCAPE.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: "\\" + m.group(0), text, count=1) if line_start else text


def write(document: Document, translations: list[str], lang: str | None = None) -> tuple[str, list[str]]:
    lines, places, breaks = document.layout
    lines = list(lines)
    problems: list[str] = list(document.problems)
    edits = []
    for unit, place, translated in zip(document.units, places, translations):
        text, issues = restore(escape(translated, unit.kind != "cell"), unit.masked)
        problems += [f"unit {unit.id}: {issue}" for issue in issues]
        edits.append((place, text))
    for place, text in sorted(edits, key=lambda e: (e[0].first_line, e[0].first_col), reverse=True):
        head = lines[place.first_line][: place.first_col]
        tail = lines[place.last_line][place.last_end:]
        lines[place.first_line] = head + text + tail
        for number in range(place.first_line + 1, place.last_line + 1):
            lines[number] = None  # joined into the first line
    return lines[0] + "".join(br + line for br, line in zip(breaks, lines[1:]) if line is not None), problems
