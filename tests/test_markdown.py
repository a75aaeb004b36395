"""The Markdown reader/writer: only text changes; structure, URLs, code and front matter stay."""

from __future__ import annotations

import re

from localize.formats import markdown
from markdown_tree import structure

ARTICLE = """---
title: "Road map"
tags: [news]
---

# Russia and China sign a *new* road map ##

Setext title
============

Chinese expert **Song Zhongping** said the [road map](https://example.org/a_b?x=1&y=2 "The map") is
a warning. See <https://example.org/auto> and `road_map()`.

> "Moscow and Beijing will not accept pressure," said Yuri Tavrovsky.\\
> He added more.

- joint *naval* exercises;
- regular air patrols
  over the Sea of Japan;

1. first item
2. second item with ![a ship](img/ship.jpg "Drills") inline

| Country | Trade |
|---------|-------|
| Russia  | 14.5% |
| China   | `n/a` |

```python
print("code is not translated")
```

    indented code stays

<div class="raw">raw <b>HTML</b> block</div>

Text with <span>inline HTML</span> and ~~struck~~ words.

[ref]: https://example.org/ref
"""


def _fake_translate(masked_text: str) -> str:
    """Stand-in for the engine in this format test: upper-cases words, keeps placeholders."""
    return re.sub(r"[^\W\d]+", lambda m: m.group(0).upper(), masked_text)


def test_structure_urls_code_and_front_matter_survive():
    doc = markdown.read(ARTICLE)
    edition, problems = markdown.write(doc, [_fake_translate(u.masked.text) for u in doc.units])
    assert problems == []
    assert structure(edition) == structure(ARTICLE)
    assert edition.startswith('---\ntitle: "Road map"\ntags: [news]\n---\n')
    for verbatim in ['```python\nprint("code is not translated")\n```', "    indented code stays",
                     '<div class="raw">raw <b>HTML</b> block</div>', "[ref]: https://example.org/ref",
                     "(https://example.org/a_b?x=1&y=2 \"The map\")", "<https://example.org/auto>", "`road_map()`",
                     '(img/ship.jpg "Drills")']:
        assert verbatim in edition
    assert "# RUSSIA AND CHINA SIGN A *NEW* ROAD MAP ##" in edition
    assert "[ROAD MAP](https://example.org" in edition
    assert "![A SHIP](img/ship.jpg" in edition
    assert "| RUSSIA  | 14.5% |" in edition or "| RUSSIA | 14.5% |" in edition
    assert "> HE ADDED MORE." in edition


def test_units_are_the_translatable_blocks():
    doc = markdown.read(ARTICLE)
    kinds = [u.kind for u in doc.units]
    assert kinds.count("heading") == 2 and kinds.count("cell") == 6
    texts = [u.masked.text for u in doc.units]
    assert not any("print(" in t or "indented code" in t or "raw <b>" in t or "title:" in t for t in texts)


def test_translated_markup_characters_are_escaped():
    doc = markdown.read("A plain line.\n")
    edition, _ = markdown.write(doc, ["5 * 3 and [x] and a_b"])
    assert structure(edition) == structure("A plain line.\n")
