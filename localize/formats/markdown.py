"""Markdown (CommonMark + tables + strikethrough) through markdown-it-py.

Only the text of headings, paragraphs (in lists and block quotes too) and table cells is rewritten,
in place: everything else -- front matter, code blocks, raw HTML blocks, reference definitions,
list markers, quote markers, blank lines -- stays byte for byte. Inside a unit, emphasis and links
become placeholder pairs around translatable text (link text and image alt text are translated, the
URL is not), code spans, autolinks and inline HTML become atoms. A paragraph's soft line breaks are
joined, so a translated paragraph is one line.

>>> doc = read("# Talks\\n\\nSee [the *academy*](https://a.org/x_y) and `code`.\\n")
>>> [u.masked.text for u in doc.units]
['Talks', 'See ⟦1⟧ the ⟦2⟧ academy ⟦/2⟧ ⟦/1⟧ and ⟦3⟧.']
>>> write(doc, ["Преговори", "Вижте ⟦1⟧ ⟦2⟧ академията ⟦/2⟧ ⟦/1⟧ и ⟦3⟧."])[0]
'# Преговори\\n\\nВижте [*академията*](https://a.org/x_y) и `code`.\\n'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localize.model import Document, Unit
from localize.protect import Masker, restore

_FRONT_MATTER = re.compile(r"\A(---\n.*?\n(?:---|\.\.\.)\n)", re.S)
_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+*>](?=\s|$)|\d{1,9}[.)](?=\s|$)|=+\s*$|-+\s*$)")
UNIT_PARENTS = {"paragraph_open": "paragraph", "heading_open": "heading", "th_open": "cell", "td_open": "cell"}


@dataclass
class Place:
    """Where a unit's text sits in the source lines."""

    first_line: int
    first_col: int
    last_line: int
    last_end: int
    prefixes: list[str]  # the text before the content on each of its lines (container markers)


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def read(text: str) -> Document:
    match = _FRONT_MATTER.match(text)
    offset = match.group(1).count("\n") if match else 0
    body = text[match.end():] if match else text
    lines = text.split("\n")
    tokens = _parser().parse(body)
    units: list[Unit] = []
    places: list[Place] = []
    cursor: dict[int, int] = {}  # per line: where the last located cell ended (tables)
    parent = None
    for token in tokens:
        if token.type in UNIT_PARENTS:
            parent = UNIT_PARENTS[token.type]
        if token.type != "inline" or not token.content.strip() or token.map is None:
            continue
        place = _locate(lines, token.content, token.map[0] + offset, cursor)
        if place is None:
            continue
        masker = Masker()
        _mask(token.children or [], masker, place.prefixes)
        units.append(Unit(id=str(len(units) + 1), kind=parent or "paragraph", masked=masker.result()))
        places.append(place)
    return Document(format="md", units=units, layout=(lines, places))


def _locate(lines: list[str], content: str, first: int, cursor: dict[int, int]) -> Place | None:
    parts = content.split("\n")
    prefixes, col, end = [], 0, 0
    for j, part in enumerate(parts):
        number = first + j
        if number >= len(lines):
            return None
        start = cursor.get(number, 0) if j == 0 else 0
        found = lines[number].find(part, start)
        if found < 0:
            return None
        prefixes.append(lines[number][:found])
        if j == 0:
            col = found
        end = found + len(part)
    cursor[first + len(parts) - 1] = end
    return Place(first, col, first + len(parts) - 1, end, prefixes)


def _mask(children, masker: Masker, prefixes: list[str]) -> None:
    breaks = 0
    skip_until_close = False
    for child in children:
        kind = child.type
        if skip_until_close:
            skip_until_close = kind != "link_close"
            continue
        if kind == "text":
            masker.text(child.content)
        elif kind == "softbreak":
            breaks += 1
            masker.text(" ")
        elif kind == "hardbreak":
            breaks += 1
            prefix = prefixes[breaks] if breaks < len(prefixes) else ""
            masker.atom("\\\n" + prefix)
        elif kind == "code_inline":
            fence = child.markup
            pad = " " if child.content.startswith("`") or child.content.endswith("`") else ""
            masker.atom(f"{fence}{pad}{child.content}{pad}{fence}")
        elif kind == "html_inline":
            masker.atom(child.content)
        elif kind == "link_open" and child.markup == "autolink":
            masker.atom(_autolink(children, child))
            skip_until_close = True
        elif kind == "link_open":
            masker.open("[", f"]({_destination(child)})")
        elif kind == "image":
            masker.open("![", f"]({_destination(child, 'src')})")
            _mask(child.children or [], masker, prefixes)
            masker.close()
        elif kind in ("em_open", "strong_open", "s_open"):
            masker.open(child.markup, child.markup)
        elif kind in ("em_close", "strong_close", "s_close", "link_close"):
            masker.close()


def _autolink(children, opening) -> str:
    index = children.index(opening)
    text = children[index + 1].content if index + 1 < len(children) else opening.attrs.get("href", "")
    return f"<{text}>"


def _destination(token, attribute: str = "href") -> str:
    url = str(token.attrs.get(attribute, ""))
    if not url or re.search(r"[\s()<>]", url):
        url = f"<{url}>"
    title = token.attrs.get("title")
    if title:
        url += ' "' + str(title).replace('"', '\\"') + '"'
    return url


def escape(text: str) -> str:
    r"""Escape what would turn translated text into Markdown markup.

    >>> escape("5 * 3 = [x]")
    '5 \\* 3 = \\[x\\]'
    >>> escape("- not a list")
    '\\- not a list'
    """
    text = _ESCAPE.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: "\\" + m.group(0), text, count=1)


def write(document: Document, translations: list[str]) -> tuple[str, list[str]]:
    lines, places = document.layout
    lines = list(lines)
    problems: list[str] = []
    edits = []
    for unit, place, translated in zip(document.units, places, translations):
        text, issues = restore(escape(translated), unit.masked)
        problems += [f"unit {unit.id}: {issue}" for issue in issues]
        edits.append((place, text))
    for place, text in sorted(edits, key=lambda e: (e[0].first_line, e[0].first_col), reverse=True):
        head = lines[place.first_line][: place.first_col]
        tail = lines[place.last_line][place.last_end:]
        lines[place.first_line: place.last_line + 1] = [head + text + tail]
    return "\n".join(lines), problems
