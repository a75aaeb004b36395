"""The review page in headless Chromium: the filter works, every term is highlighted, no injected
script runs. Debian's chromium (installed by .ci/run) is driven by Playwright; no browser download."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Shown when the browser test is skipped: the command that installs the browser (the Makefile has it).
SKIP_REASON = "Debian's chromium is not installed; run `make chromium` (as root), as .ci/run does"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

HOSTILE = """# Russia and China <script>window.pwned = 1</script>

Song Zhongping said <img src="x" onerror="window.pwned = 2"> Beijing and Moscow will respond.

See [the Diplomatic Academy](javascript:window.pwned=3) and the <b onmouseover="window.pwned=4">navy</b>.

<script>window.pwned = 5</script>

The government said the Zubrovka Institute is new.
"""


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(SKIP_REASON)
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield instance
        instance.close()


def test_skip_message_names_a_real_command():
    makefile = (Path(__file__).parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "`make chromium`" in SKIP_REASON and "\nchromium:" in makefile
    assert "make chromium" in (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")


def test_review_page_in_chromium(invoke, tmp_path, browser):
    glossary = tmp_path / "g.tsv"
    news = (Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv").read_text()
    columns = next(line for line in news.splitlines() if line and not line.startswith("#")).split("\t")
    row = {"en": "Zubrovka Institute", "bg": "Институт Зубровка", "type": "term"}
    glossary.write_text(news + "\t".join(row.get(c, "") for c in columns) + "\n")
    source = tmp_path / "hostile.md"
    source.write_text(HOSTILE)
    result = invoke("translate", source, "-t", "ru", "-g", glossary)
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "hostile.ru.terms.json").read_text())
    page_file = tmp_path / "hostile.ru.review.html"
    html = page_file.read_text()
    assert "<script>window.pwned" not in html and "onerror=" not in html.replace("onerror=&quot;", "")

    page = browser.new_page(viewport={"width": 1100, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.pwned") == "undefined"
    # every occurrence of terms.json is highlighted in the source column and in the target column
    occurrences = report["occurrences"]
    assert len(occurrences) >= 5
    assert page.locator('div[lang="en"] mark.term').count() == len(occurrences)
    assert page.locator('div[lang="ru"] mark.term').count() == len(occurrences)
    flagged = [o for o in occurrences if o["status"] == "flagged"]
    assert flagged and page.locator("mark.term.flagged").count() >= 2 * len(flagged)
    # hover/focus shows the approved form and the reason
    first_flag = page.locator('div[lang="ru"] mark.term.flagged').first
    first_flag.focus()
    assert first_flag.locator(".tip").is_visible() and "flagged" in first_flag.locator(".tip").inner_text()
    # the attention filter hides the rows that need no attention
    rows = page.locator(".rows .row[data-segment]")
    total = rows.count()
    page.screenshot(path=str(tmp_path / "review-all.png"), full_page=True)
    page.check("#attention")
    visible = sum(1 for i in range(total) if rows.nth(i).locator(".sid").is_visible())
    attention = page.locator(".rows .row.attention").count()
    assert 0 < visible == attention < total
    page.screenshot(path=str(tmp_path / "review-attention.png"), full_page=True)
    page.uncheck("#attention")
    assert sum(1 for i in range(total) if rows.nth(i).locator(".sid").is_visible()) == total
    assert page.evaluate("typeof window.pwned") == "undefined" and errors == []
    screenshots = os.environ.get("LOCALIZE_SCREENSHOTS")
    if screenshots:  # to look at the page: LOCALIZE_SCREENSHOTS=/some/dir make test
        for name in ("review-all.png", "review-attention.png"):
            shutil.copy(tmp_path / name, Path(screenshots) / name)
