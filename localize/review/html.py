"""``STEM.LANG.review.html``: one self-contained page for reviewing an edition's glossary decisions.

Source and target side by side, segment by segment; each glossary occurrence highlighted in both
columns with its status, the approved form and the reason on hover and on keyboard focus; a summary
(counts per status, language names from Babel, models, glossary checksums, date); a filter that shows
only the segments needing attention (flagged or repaired terms, markup repairs). No network, no
external asset. All article text is escaped; a Content-Security-Policy allows only this page's own
script (by its hash), so nothing injected through an article can run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import datetime, timezone

from localize.i18n import N_, _, current_language, ngettext

_PLACEHOLDER = re.compile(r"⟦(/?)(\d+)⟧")
ATTENTION = ("flagged", "repaired")
STATUS_LABELS = {"ok": N_("ok"), "inflected": N_("inflected"), "repaired": N_("repaired"),
                 "dnt-kept": N_("kept (do not translate)"), "flagged": N_("flagged")}

SCRIPT = """
document.getElementById('attention').addEventListener('change', function (e) {
  document.body.classList.toggle('only-attention', e.target.checked);
});
"""

STYLE = """
:root { --ok: #1b7f3b; --inflected: #1f5fa8; --repaired: #a85c00; --dnt: #6b4fa0; --flagged: #b00020; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #111; }
h1 { font-size: 1.4rem; } table.summary td, table.summary th { padding: .15rem .6rem; text-align: left; }
.rows { display: grid; grid-template-columns: 4.5rem 1fr 1fr; gap: .25rem .75rem; }
.row { display: contents; } .row > div { padding: .35rem 0; border-top: 1px solid #ddd; }
.sid { color: #666; font-size: .85rem; }
.reused-badge { color: #1b7f3b; font-weight: 600; font-size: .75rem; }
body.only-attention .row:not(.attention) { display: none; }
mark.term { background: none; border-bottom: 3px solid; padding: 0 .1rem; position: relative; cursor: help; }
mark.term:focus { outline: 2px solid #000; }
mark.ok { border-color: var(--ok); } mark.inflected { border-color: var(--inflected); }
mark.repaired { border-color: var(--repaired); background: #fff3e0; } mark.dnt-kept { border-color: var(--dnt); }
mark.flagged { border-color: var(--flagged); background: #fde7ea; }
mark.term .tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; background: #222; color: #fff;
  padding: .3rem .5rem; border-radius: .25rem; font-size: .85rem; white-space: normal; width: max-content; max-width: 22rem; }
mark.term:hover .tip, mark.term:focus .tip, mark.term:focus-within .tip { display: block; }
code { background: #f2f2f2; padding: 0 .2rem; }
.badge { font-weight: 600; } .missing { color: var(--flagged); font-style: italic; }
@media (max-width: 40rem) { .rows { grid-template-columns: 1fr; } .sid { border-top: 2px solid #999 !important; } }
@media print { .controls { display: none; } mark.term .tip { display: inline; position: static; background: none;
  color: #333; padding: 0; } mark.term .tip::before { content: " ["; } mark.term .tip::after { content: "]"; } }
"""


def _hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()


def _language(code: str) -> str:
    from localize.i18n import language_name

    return language_name(code)


def _tip(decision) -> str:
    parts = [_(STATUS_LABELS.get(decision.status, decision.status)),
             _("approved: {form}").format(form=decision.approved) if decision.approved else _("no approved form")]
    if decision.case:
        from localize.terms.report import FORM_NAMES

        name = FORM_NAMES.get(decision.case)
        parts.append(_("form: {case}").format(case=_(name) if name else decision.case))
    if decision.reason:
        parts.append(decision.reason)
    if getattr(decision, "check", ""):
        parts.append(_("check: {what}").format(what=decision.check))
    parts.append(decision.glossary)
    return " · ".join(parts)


def _mark(text: str, decision, index: int) -> str:
    return (f'<mark class="term {decision.status}" tabindex="0" aria-describedby="tip{index}">{html.escape(text)}'
            f'<span class="tip" role="tooltip" id="tip{index}">{html.escape(_tip(decision))}</span></mark>')


def _source_html(segment, masked, decisions, counter) -> str:
    by_slot = {}
    for decision in decisions:
        by_slot.setdefault((decision.start, decision.end), decision)
    out, position = [], 0
    text = segment.source
    for match in _PLACEHOLDER.finditer(text):
        out.append(html.escape(text[position:match.start()]))
        position = match.end()
        n = int(match.group(2))
        slot = (masked.terms or {}).get(n)
        if slot is not None:
            decision = by_slot.get((slot.start, slot.end))
            if decision is not None:
                counter[0] += 1
                out.append(_mark(slot.source, decision, counter[0]))
            else:
                out.append(html.escape(slot.source))
        elif n in masked.atoms:
            out.append(f"<code>{html.escape(masked.atoms[n])}</code>")
        elif n in (masked.quantities or {}):
            out.append(html.escape(masked.quantities[n].source))
    out.append(html.escape(text[position:]))
    return "".join(out)


def _target_html(text: str, decisions, masked, counter) -> str:
    text = _PLACEHOLDER.sub(lambda m: masked.atoms.get(int(m.group(2)), "") if not m.group(1) else "", text)
    placed, taken = [], []
    for decision in decisions:  # the model may have reordered the terms: find each one anywhere
        at = text.find(decision.output) if decision.output else -1
        while at >= 0 and any(a < at + len(decision.output) and at < b for a, b in taken):
            at = text.find(decision.output, at + 1)
        if at >= 0:
            taken.append((at, at + len(decision.output)))
            placed.append((at, decision))
    out, position = [], 0
    for at, decision in sorted(placed, key=lambda p: p[0]):
        out.append(html.escape(text[position:at]))
        counter[0] += 1
        out.append(_mark(decision.output, decision, counter[0]))
        position = at + len(decision.output)
    out.append(html.escape(text[position:]))
    shown = {id(d) for _, d in placed}
    for decision in decisions:
        if id(decision) not in shown:
            counter[0] += 1
            out.append(" " + _mark("⚠ " + (decision.approved or decision.source), decision, counter[0]))
    return "".join(out)


def render(edition, source_name: str, src: str, packages: list[str], glossaries: list[tuple[str, str]],
           now: datetime | None = None) -> str:
    """The review page of one edition (a ``pipeline.Edition`` with document, segments and terms)."""
    lang = edition.lang
    now = now or datetime.now(timezone.utc)
    decisions = edition.terms.decisions if edition.terms else []
    by_segment: dict[str, list] = {}
    for decision in decisions:
        by_segment.setdefault(decision.segment, []).append(decision)
    counts = edition.terms.counts() if edition.terms else {}
    counter = [0]
    rows = []
    number_check = _("number check: {reason}")
    for segment in edition.segments:
        masked = edition.document.units[segment.unit].masked
        mine = sorted(by_segment.get(segment.id, []), key=lambda d: d.start)
        missing = [q for q in (edition.terms.quantities if edition.terms else [])
                   if q["segment"] == segment.id and q["status"] == "missing"]
        attention = any(d.status in ATTENTION for d in mine) or bool(missing)
        reused = segment.id in getattr(edition, "reused", ())
        classes = "row" + (" attention" if attention else "") + (" reused" if reused else "")
        badge_title, badge_text = _("approved human translation from the memory"), _("approved")
        badge = (f'<br><span class="reused-badge" title="{html.escape(badge_title)}">'
                 f'{html.escape(badge_text)}</span>') if reused else ""
        rows.append(
            f'<div class="{classes}" data-segment="{html.escape(segment.id)}">'
            f'<div class="sid">{html.escape(segment.id)}{badge}</div>'
            f'<div lang="{html.escape(src)}">{_source_html(segment, masked, mine, counter)}</div>'
            f'<div lang="{html.escape(lang)}">{_target_html(segment.targets.get(lang, ""), mine, masked, counter)}'
            + "".join(f' <mark class="term flagged" tabindex="0">⚠ {html.escape(q["source"])}<span class="tip" '
                      f'role="tooltip">{html.escape(number_check.format(reason=q["reason"]))}</span></mark>'
                      for q in missing)
            + "</div>"
            "</div>")
    labels = {s: _(STATUS_LABELS.get(s, s)) for s in counts}
    summary = "".join(f'<tr><th><mark class="term {s}">{html.escape(labels[s])}</mark></th>'
                      f'<td class="badge">{n}</td></tr>' for s, n in counts.items())
    glossary_rows = "".join(f"<li>{html.escape(p)} <code>sha256:{html.escape(h[:16])}…</code></li>" for p, h in glossaries)
    title = f"{_language(src)} → {_language(lang)}: {source_name}"
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_hash(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'"
    ui = current_language()
    reused_count = len(getattr(edition, "reused", ()))
    occurrences, attention = sum(counts.values()), sum(counts.get(s, 0) for s in ATTENTION)
    text = {
        "facts": _("{segments} ({reused}), {occurrences}, {attention}.").format(
            segments=ngettext("{n} segment", "{n} segments", len(edition.segments)).format(n=len(edition.segments)),
            reused=ngettext("{n} approved translation reused", "{n} approved translations reused",
                            reused_count).format(n=reused_count),
            occurrences=ngettext("{n} glossary occurrence", "{n} glossary occurrences", occurrences).format(
                n=occurrences),
            attention=ngettext("{n} needs attention", "{n} need attention", attention).format(n=attention)),
        "title": _("Review: {title}").format(title=title),
        "summary": _("Summary"),
        "models": _("Models: {models}.").format(models="; ".join(packages)),
        "glossaries": _("Glossaries:"),
        "none": _("none"),
        "made": _("Made {date}.").format(date=now.strftime("%Y-%m-%d %H:%M UTC")),
        "filter": _("Show only segments that need attention"),
        "segments": _("Segments"),
    }
    text = {key: html.escape(value) for key, value in text.items()}
    return f"""<!DOCTYPE html>
<html lang="{html.escape(ui)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{text["title"]}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{text["title"]}</h1>
<section aria-label="{text["summary"]}">
<table class="summary"><tbody>{summary}</tbody></table>
<p>{text["facts"]} {text["models"]}</p>
<p>{text["glossaries"]}</p><ul>{glossary_rows or "<li>" + text["none"] + "</li>"}</ul>
<p>{text["made"]}</p>
</section>
<p class="controls"><label><input type="checkbox" id="attention"> {text["filter"]}</label></p>
<div class="rows" role="table" aria-label="{text["segments"]}">
<div class="row" role="row"><div class="sid"><b>#</b></div><div><b>{html.escape(_language(src))}</b></div><div><b>{html.escape(_language(lang))}</b></div></div>
{"".join(rows)}
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""
