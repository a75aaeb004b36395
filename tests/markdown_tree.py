"""Compare the structure of two Markdown documents: their markdown-it token trees without the text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from localize.formats.markdown import MAX_NESTING

_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").enable("strikethrough")
_VERBATIM = {"code_inline", "code_block", "fence", "html_block", "html_inline", "front_matter"}


def structure(text: str) -> list:
    """Token types, nesting, markup, URLs and code -- everything but translatable text."""
    out = []

    def walk(tokens, depth):
        for token in tokens:
            if token.type in ("text", "softbreak"):
                continue
            attrs = {k: v for k, v in (token.attrs or {}).items() if k in ("href", "src", "title")}
            content = token.content if token.type in _VERBATIM else None
            out.append((depth, token.type, token.tag, token.markup, tuple(sorted(attrs.items())), content))
            if token.children and token.type != "image":
                walk(token.children, depth + 1)

    walk(_PARSER.parse(text), 0)
    return out
