"""A self-contained HTML review page: extracted items highlighted in the text.

``render_html(docs)`` takes ``[(text, document), ...]`` -- the input text as
decoded and its extracted ``Document`` (a dict as serialized, or the pydantic
model itself) -- and returns ONE HTML page with inline CSS and JS and no
external resources. For each document it shows the text with every extracted
item highlighted in place (in the style of spaCy displaCy's entity view) and
the extracted JSON, pretty-printed, beside it. Hovering an item shows its
fields (a ``title`` attribute, which the page's script turns into a tooltip
panel) and highlights every other piece of the same item (e.g. all mentions
of one official). With several documents, a list of links leads to each.

Markup of a highlighted piece::

    <mark class="vr-item vr-official vr-part-mention" data-doc="0"
          data-kind="official" data-index="0" data-item="official-0"
          data-part="mention-0" title="...">Nông Bình Cương<span
          class="vr-label">OFFICIAL</span></mark>

* ``data-kind``: ``official``, ``percentage``, ``indicator_count`` or ``task``
  (the ``Document`` list the item comes from, singular).
* ``data-index``: the item's index in that list; ``data-item`` is
  ``"{kind}-{index}"``, unique within a document; ``data-doc`` is the
  document's position in ``docs``.
* ``data-part`` says which span of the item the mark shows: ``mention-N`` and
  ``position-N`` for officials, ``span`` and ``subject`` (the optional
  ``subject_span``) for percentages, ``span`` for the others.

**Counting items.** One item may give several marks: an official has one mark
per mention and per position, a percentage one more for its subject, and a
span that partly overlaps another is split into fragments (each fragment is a
separate ``<mark>`` with the same attributes plus class ``vr-cont`` on the
continuations). So count *distinct* ``data-item`` values among
``.vr-item`` elements -- per document, or distinct ``(data-doc, data-item)``
pairs for the whole page. That number equals the number of extracted items
(``officials + percentages + indicator_counts + tasks``) except for items
none of whose spans lies in the text; those are listed as "not placed" in the
document's header (``<li class="vr-unplaced">``).

**Text.** Inside ``<div class="vr-text">`` the text is emitted exactly, HTML
escaped, with nothing added but the marks and their label spans
(``<span class="vr-label">``): stripping the tags and the labels' content
gives back the input text. Newlines are kept (CSS ``white-space: pre-wrap``).

**Overlaps.** The text is split at every span boundary; each segment is
wrapped in the marks covering it, outer (earlier-starting, then longer) marks
first. Marks that contain one another nest; a mark that partly overlaps an
earlier one is closed where that one must close and reopened after it, so the
HTML is always well-formed. A mark's label is written once, at its end.

A span whose ``text`` differs from ``input[start:end]`` is still drawn (at its
offsets, clipped to the text) with class ``vr-mismatch`` (outlined in red).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = ["KINDS", "render_html", "write_review"]

# kind -> (Document list, label, nesting rank for identical spans: lower = outer)
KINDS: dict[str, tuple[str, str, int]] = {
    "task": ("tasks", "TASK", 0),
    "official": ("officials", "OFFICIAL", 1),
    "indicator_count": ("indicator_counts", "INDICATOR", 2),
    "percentage": ("percentages", "PERCENT", 3),
}

_PART_LABELS = {"position": "POSITION", "subject": "SUBJECT"}


@dataclass
class _Mark:
    start: int
    end: int
    kind: str
    index: int
    part: str
    label: str
    title: str
    mismatch: bool = False
    seq: int = 0  # creation order, the last tie-breaker

    @property
    def item(self) -> str:
        return f"{self.kind}-{self.index}"

    def sort_key(self) -> tuple:
        return (self.start, -self.end, KINDS[self.kind][2], self.index, self.seq)


@dataclass
class _Item:
    kind: str
    index: int
    fields: list[tuple[str, str]]
    parts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if value != int(value) else f"{value:.1f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_fmt(v) for v in value)
    return str(value)


def _pairs(obj: dict, keys: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for key in keys:
        value = obj.get(key)
        if value is None or value == [] or value == "":
            continue
        out.append((key, _fmt(value)))
    return out


def _title(kind: str, index: int, part_desc: str, pairs: Sequence[tuple[str, str]]) -> str:
    head = f"{KINDS[kind][1]} #{index}" + (f" · {part_desc}" if part_desc else "")
    return "\n".join([head, *(f"{k}: {v}" for k, v in pairs)])


def _as_dict(document: Any) -> dict:
    if hasattr(document, "model_dump"):
        return document.model_dump(mode="json")
    return dict(document or {})


def _json_for_script(obj: Any) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' left to end the element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


# --------------------------------------------------------------------------- items -> marks


def _collect(text: str, doc: dict) -> tuple[list[_Mark], list[_Item], list[str]]:
    """Marks to draw, per-item data for the tooltip, and items that could not be placed."""
    marks: list[_Mark] = []
    items: list[_Item] = []
    unplaced: list[str] = []
    n = len(text)

    def add(kind: str, index: int, part: str, span: Any, title: str, label: str) -> bool:
        if not isinstance(span, dict):
            return False
        try:
            start, end = int(span.get("start")), int(span.get("end"))
        except (TypeError, ValueError):
            return False
        s, e = max(0, min(start, n)), max(0, min(end, n))
        if e <= s:
            return False
        mismatch = (s, e) != (start, end) or (
            span.get("text") is not None and text[s:e] != span.get("text")
        )
        if mismatch:
            title += f"\n⚠ span text differs from input[{start}:{end}]"
        marks.append(_Mark(s, e, kind, index, part, label, title, mismatch, len(marks)))
        return True

    for kind, (key, label, _rank) in KINDS.items():
        for index, obj in enumerate(doc.get(key) or []):
            if not isinstance(obj, dict):
                continue
            placed = False
            if kind == "official":
                positions = obj.get("positions") or []
                mentions = obj.get("mentions") or []
                fields = _pairs(obj, ["name", "honorific"])
                fields += [(f"position {i}", p.get("text") or p.get("title") or "") for i, p in enumerate(positions)]
                fields += [("mentions", str(len(mentions)))] + _pairs(obj, ["rule"])
                item = _Item(kind, index, fields)
                for i, span in enumerate(mentions):
                    part = f"mention-{i}"
                    item.parts[part] = [("part", f"mention {i + 1}/{len(mentions)}")]
                    title = _title(kind, index, f"mention {i + 1}/{len(mentions)}", fields)
                    placed |= add(kind, index, part, span, title, label)
                for i, pos in enumerate(positions):
                    part = f"position-{i}"
                    pos_fields = _pairs(pos, ["title", "organization", "organization_expanded", "rule"])
                    item.parts[part] = [("part", f"position {i}")] + pos_fields
                    title = _title(kind, index, f"position {i}", _pairs(obj, ["name"]) + pos_fields)
                    placed |= add(kind, index, part, pos.get("span"), title, _PART_LABELS["position"])
            elif kind == "percentage":
                fields = _pairs(
                    obj,
                    ["value", "text", "qualifier", "change", "subject", "reference",
                     "basis", "is_target", "range_bound", "rule"],
                )
                item = _Item(kind, index, fields)
                placed |= add(kind, index, "span", obj.get("span"), _title(kind, index, "", fields), label)
                if obj.get("subject_span"):
                    item.parts["subject"] = [("part", "subject")]
                    title = _title(kind, index, "subject", fields)
                    placed |= add(kind, index, "subject", obj.get("subject_span"), title, _PART_LABELS["subject"])
            elif kind == "indicator_count":
                fields = _pairs(obj, ["count", "total", "unit", "status", "outcome", "scope", "breakdown_of", "rule"])
                item = _Item(kind, index, fields)
                placed |= add(kind, index, "span", obj.get("span"), _title(kind, index, "", fields), label)
            else:  # task
                fields = _pairs(obj, ["year", "issued_by", "assignees", "rule"])
                item = _Item(kind, index, fields)
                placed |= add(kind, index, "span", obj.get("span"), _title(kind, index, "", fields), label)
            items.append(item)
            if not placed:
                unplaced.append(f"{kind}-{index}")
    return marks, items, unplaced


def _render_text(text: str, marks: list[_Mark], doc_index: int) -> str:
    """The text, escaped, with the marks as well-formed nested <mark> elements."""
    if not marks:
        return html.escape(text)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=_Mark.sort_key)
    out: list[str] = []
    stack: list[_Mark] = []
    opened: set[int] = set()  # id() of marks with a fragment already written
    active: list[_Mark] = []
    nxt = 0

    def open_tag(m: _Mark) -> str:
        cls = f"vr-item vr-{m.kind} vr-part-{m.part.split('-')[0]}"
        if id(m) in opened:
            cls += " vr-cont"
        if m.mismatch:
            cls += " vr-mismatch"
        opened.add(id(m))
        return (
            f'<mark class="{cls}" data-doc="{doc_index}" data-kind="{m.kind}" '
            f'data-index="{m.index}" data-item="{m.item}" data-part="{html.escape(m.part)}" '
            f'title="{html.escape(m.title, quote=True)}">'
        )

    def close_tag(m: _Mark, pos: int) -> str:
        label = f'<span class="vr-label">{html.escape(m.label)}</span>' if m.end <= pos else ""
        return label + "</mark>"

    for a, b in zip(bounds, bounds[1:]):
        while nxt < len(by_start) and by_start[nxt].start <= a:
            active.append(by_start[nxt])
            nxt += 1
        active = [m for m in active if m.end > a]
        desired = sorted(active, key=_Mark.sort_key)
        k = 0
        while k < len(stack) and k < len(desired) and stack[k] is desired[k]:
            k += 1
        for m in reversed(stack[k:]):
            out.append(close_tag(m, a))
        stack = stack[:k]
        for m in desired[k:]:
            out.append(open_tag(m))
            stack.append(m)
        out.append(html.escape(text[a:b]))
    for m in reversed(stack):
        out.append(close_tag(m, len(text)))
    return "".join(out)


# --------------------------------------------------------------------------- page

_CSS = """
:root { --official:#c9b8ff; --position:#e6ddff; --percentage:#ffd166; --subject:#fff0c2;
  --indicator_count:#9fe6a8; --task:#ffe1e8; --task-edge:#f28ba3; --ink:#1d1f24; --muted:#5f6673; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
  color:var(--ink); background:#f6f7f9; }
header.vr-head { padding:16px 24px 8px; background:#fff; border-bottom:1px solid #dde1e6; }
h1 { font-size:20px; margin:0 0 4px; }
h2 { font-size:17px; margin:0; word-break:break-all; }
.vr-sub { color:var(--muted); margin:0 0 8px; font-size:13px; }
.vr-toc ol { margin:4px 0 8px; padding-left:22px; columns:2 320px; font-size:13px; }
.vr-toc a { color:#2457c5; text-decoration:none; } .vr-toc a:hover { text-decoration:underline; }
.vr-toc .vr-counts { color:var(--muted); }
.vr-legend { display:flex; flex-wrap:wrap; gap:6px; align-items:center; font-size:12px; margin:6px 0; }
.vr-legend button { font:inherit; border:1px solid #c6ccd4; border-radius:14px; padding:2px 10px; cursor:pointer;
  background:#fff; display:inline-flex; gap:6px; align-items:center; }
.vr-legend button[aria-pressed="false"] { opacity:.45; text-decoration:line-through; }
.vr-swatch { width:12px; height:12px; border-radius:3px; display:inline-block; }
section.vr-doc { margin:18px 24px; background:#fff; border:1px solid #dde1e6; border-radius:8px; padding:14px 18px; }
.vr-meta { display:flex; flex-wrap:wrap; gap:4px 16px; color:var(--muted); font-size:13px; margin:4px 0 10px; }
.vr-meta ul { margin:0; padding:0; list-style:none; display:flex; flex-wrap:wrap; gap:4px 16px; }
.vr-unplaced, .vr-error { color:#b3261e; }
.vr-cols { display:grid; grid-template-columns:minmax(0,3fr) minmax(0,2fr); gap:18px; align-items:start; }
@media (max-width:900px) { .vr-cols { grid-template-columns:1fr; } }
.vr-text { white-space:pre-wrap; overflow-wrap:anywhere; line-height:2.3; font-size:15.5px; }
.vr-json { position:sticky; top:8px; margin:0; }
.vr-json summary { cursor:pointer; font-size:13px; color:var(--muted); }
.vr-json pre { margin:6px 0 0; max-height:85vh; overflow:auto; background:#0f1720; color:#d8e1ea;
  padding:10px 12px; border-radius:6px; font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
  white-space:pre-wrap; overflow-wrap:anywhere; }
mark.vr-item { color:inherit; padding:.2em .3em; margin:0 .1em; border-radius:.35em; line-height:1;
  box-decoration-break:clone; -webkit-box-decoration-break:clone; cursor:help; border:1px solid transparent; }
mark.vr-item mark.vr-item { padding:.08em .2em; }
mark.vr-cont { border-top-left-radius:0; border-bottom-left-radius:0; margin-left:0; }
.vr-official { background:var(--official); }
.vr-official.vr-part-position { background:var(--position); border:1px dashed #8f74e8; }
.vr-percentage { background:var(--percentage); }
.vr-percentage.vr-part-subject { background:var(--subject); border:1px dashed #d9a521; }
.vr-indicator_count { background:var(--indicator_count); }
.vr-task { background:var(--task); border:1px solid var(--task-edge); }
mark.vr-mismatch { outline:2px solid #d93025; outline-offset:1px; }
mark.vr-hot { box-shadow:0 0 0 2px #1d1f24; }
.vr-label { font-size:.62em; font-weight:700; line-height:1; letter-spacing:.02em; margin-left:.4em;
  vertical-align:middle; text-transform:uppercase; opacity:.75; user-select:none; -webkit-user-select:none; }
body.vr-off-official .vr-official, body.vr-off-percentage .vr-percentage,
body.vr-off-indicator_count .vr-indicator_count, body.vr-off-task .vr-task {
  background:none; border-color:transparent; padding:0; margin:0; box-shadow:none; cursor:auto; }
body.vr-off-official .vr-official > .vr-label, body.vr-off-percentage .vr-percentage > .vr-label,
body.vr-off-indicator_count .vr-indicator_count > .vr-label, body.vr-off-task .vr-task > .vr-label { display:none; }
#vr-tip { position:fixed; z-index:10; max-width:440px; background:#fff; border:1px solid #b9c0c9; border-radius:6px;
  box-shadow:0 6px 20px rgba(0,0,0,.18); padding:8px 10px; font-size:12.5px; pointer-events:none; }
#vr-tip[hidden] { display:none; }
#vr-tip .vr-tip-head { font-weight:700; margin-bottom:4px; }
#vr-tip table { border-collapse:collapse; }
#vr-tip td { vertical-align:top; padding:1px 8px 1px 0; overflow-wrap:anywhere; }
#vr-tip td:first-child { color:var(--muted); white-space:nowrap; }
"""

_JS = r"""
(function () {
  var data = {};
  document.querySelectorAll('script.vr-data').forEach(function (s) {
    try { data[s.getAttribute('data-doc')] = JSON.parse(s.textContent); } catch (e) {}
  });
  var tip = document.getElementById('vr-tip');
  // The JS panel replaces the native tooltip (kept in data-title).
  document.querySelectorAll('mark.vr-item[title]').forEach(function (m) {
    m.setAttribute('data-title', m.getAttribute('title'));
    m.removeAttribute('title');
  });
  var hot = [];
  function clearHot() { hot.forEach(function (e) { e.classList.remove('vr-hot'); }); hot = []; }
  function row(table, k, v) {
    var tr = document.createElement('tr'), a = document.createElement('td'), b = document.createElement('td');
    a.textContent = k; b.textContent = v; tr.appendChild(a); tr.appendChild(b); table.appendChild(tr);
  }
  function show(m) {
    var d = data[m.getAttribute('data-doc')] || {}, it = d[m.getAttribute('data-item')];
    tip.textContent = '';
    var head = document.createElement('div');
    head.className = 'vr-tip-head';
    if (!it) { head.textContent = m.getAttribute('data-title') || ''; tip.appendChild(head); return; }
    head.textContent = it.label + ' #' + it.index;
    tip.appendChild(head);
    var table = document.createElement('table');
    var part = (it.parts || {})[m.getAttribute('data-part')] || [];
    part.concat(it.fields).forEach(function (kv) { row(table, kv[0], kv[1]); });
    if (m.classList.contains('vr-mismatch')) row(table, '⚠', 'span text differs from the input at its offsets');
    tip.appendChild(table);
  }
  function place(ev) {
    var w = tip.offsetWidth, h = tip.offsetHeight, x = ev.clientX + 14, y = ev.clientY + 16;
    if (x + w > window.innerWidth - 4) x = Math.max(4, ev.clientX - w - 14);
    if (y + h > window.innerHeight - 4) y = Math.max(4, ev.clientY - h - 16);
    tip.style.left = x + 'px'; tip.style.top = y + 'px';
  }
  document.addEventListener('mouseover', function (ev) {
    var m = ev.target.closest ? ev.target.closest('mark.vr-item') : null;
    clearHot();
    if (!m || document.body.classList.contains('vr-off-' + m.getAttribute('data-kind'))) { tip.hidden = true; return; }
    var sel = 'mark.vr-item[data-doc="' + m.getAttribute('data-doc') + '"][data-item="' + m.getAttribute('data-item') + '"]';
    hot = Array.prototype.slice.call(document.querySelectorAll(sel));
    hot.forEach(function (e) { e.classList.add('vr-hot'); });
    show(m); tip.hidden = false; place(ev);
  });
  document.addEventListener('mousemove', function (ev) { if (!tip.hidden) place(ev); });
  document.querySelectorAll('.vr-legend button[data-kind]').forEach(function (b) {
    b.addEventListener('click', function () {
      var off = document.body.classList.toggle('vr-off-' + b.getAttribute('data-kind'));
      b.setAttribute('aria-pressed', off ? 'false' : 'true');
    });
  });
})();
"""


def _counts(doc: dict) -> dict[str, int]:
    return {kind: len(doc.get(key) or []) for kind, (key, _l, _r) in KINDS.items()}


def _counts_text(counts: dict[str, int]) -> str:
    names = {"official": "official", "percentage": "percentage",
             "indicator_count": "indicator count", "task": "task"}
    order = ["official", "percentage", "indicator_count", "task"]
    return " · ".join(f"{counts[k]} {names[k]}{'' if counts[k] == 1 else 's'}" for k in order)


def _render_doc(i: int, text: str, doc: dict) -> str:
    text = text or ""
    marks, items, unplaced = _collect(text, doc)
    data = {
        f"{it.kind}-{it.index}": {
            "kind": it.kind,
            "label": KINDS[it.kind][1],
            "index": it.index,
            "fields": it.fields,
            "parts": it.parts,
        }
        for it in items
    }
    doc_id = str(doc.get("id") or f"document {i + 1}")
    meta = []
    for key in ("published", "report_year", "plan_year", "plan_period"):
        if doc.get(key) is not None:
            meta.append(f"<li>{key}: <b>{html.escape(str(doc[key]))}</b></li>")
    source = doc.get("source") or {}
    if source.get("path"):
        meta.append(f"<li>source: {html.escape(str(source['path']))}</li>")
    meta.append(f"<li>{html.escape(_counts_text(_counts(doc)))}</li>")
    if doc.get("warnings"):
        meta.append(f"<li>{len(doc['warnings'])} warning(s)</li>")
    if doc.get("error"):
        err = doc["error"] or {}
        meta.append(
            f'<li class="vr-error">error {html.escape(str(err.get("code", "")))}: '
            f'{html.escape(str(err.get("message", "")))}</li>'
        )
    if unplaced:
        meta.append(f'<li class="vr-unplaced">not placed (no span in the text): {html.escape(", ".join(unplaced))}</li>')
    pretty = json.dumps(doc, ensure_ascii=False, indent=2)
    return (
        f'<section class="vr-doc" id="vr-doc-{i}" data-doc="{i}">\n'
        f"<h2>{html.escape(doc_id)}</h2>\n"
        f'<div class="vr-meta"><ul>{"".join(meta)}</ul></div>\n'
        f'<div class="vr-cols">\n'
        f'<div class="vr-text" lang="vi">{_render_text(text, marks, i)}</div>\n'
        f'<details class="vr-json" open><summary>Extracted JSON</summary><pre>{html.escape(pretty)}</pre></details>\n'
        f"</div>\n"
        f'<script type="application/json" class="vr-data" data-doc="{i}">{_json_for_script(data)}</script>\n'
        f"</section>\n"
    )


def render_html(docs: Sequence[tuple[str, Any]], title: str = "vnreport review") -> str:
    """One self-contained HTML page reviewing ``docs``: ``[(text, document), ...]``.

    ``document`` is a ``Document`` (or ``ErrorRecord``) as a dict, or the
    pydantic model. See the module docstring for the markup and for how to
    count the highlighted items (distinct ``data-item`` values per document).
    """
    docs = [(text, _as_dict(doc)) for text, doc in docs]
    totals = {k: 0 for k in KINDS}
    for _text, doc in docs:
        for k, v in _counts(doc).items():
            totals[k] += v
    parts = [
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
        '<header class="vr-head">\n',
        f"<h1>{html.escape(title)}</h1>\n",
        f'<p class="vr-sub">{len(docs)} document{"s" if len(docs) != 1 else ""} · '
        f"{html.escape(_counts_text(totals))} · hover an item for its fields</p>\n",
    ]
    if len(docs) > 1:
        links = "".join(
            f'<li><a href="#vr-doc-{i}">{html.escape(str(doc.get("id") or f"document {i + 1}"))}</a> '
            f'<span class="vr-counts">{html.escape(_counts_text(_counts(doc)))}</span></li>'
            for i, (_t, doc) in enumerate(docs)
        )
        parts.append(f'<nav class="vr-toc"><ol>{links}</ol></nav>\n')
    legend = [
        ("official", "official (mention)", "var(--official)"),
        ("official", "official position", "var(--position)"),
        ("percentage", "percentage", "var(--percentage)"),
        ("percentage", "percentage subject", "var(--subject)"),
        ("indicator_count", "indicator count", "var(--indicator_count)"),
        ("task", "task", "var(--task)"),
    ]
    buttons = []
    seen: set[str] = set()
    for kind, name, colour in legend:
        swatch = f'<span class="vr-swatch" style="background:{colour}"></span>'
        if kind in seen:  # one toggle per kind; extra swatches are plain
            buttons[-1] = buttons[-1].replace("</button>", f" {swatch}{html.escape(name)}</button>")
            continue
        seen.add(kind)
        buttons.append(f'<button type="button" data-kind="{kind}" aria-pressed="true">{swatch}{html.escape(name)}</button>')
    parts.append(f'<div class="vr-legend">show: {"".join(buttons)}</div>\n</header>\n<main>\n')
    for i, (text, doc) in enumerate(docs):
        parts.append(_render_doc(i, text, doc))
    parts.append(f'</main>\n<div id="vr-tip" hidden></div>\n<script>{_JS}</script>\n</body>\n</html>\n')
    return "".join(parts)


def write_review(docs: Sequence[tuple[str, Any]], path: str | Path, title: str = "vnreport review") -> Path:
    """Write ``render_html(docs, title)`` to ``path`` (UTF-8); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(docs, title=title), encoding="utf-8")
    return path


# -- what `vnreport review` reads ---------------------------------------------------------------

OUTPUT_SUFFIXES = (".json", ".jsonl")


def review_inputs(inputs: Sequence[str], text_dir: str | Path | None = None) -> tuple[list[tuple[str, dict]], int]:
    """``(text, document)`` pairs for ``render_html`` from what the user names, and the failures.

    * an article (``.txt``, or any other file): extracted now;
    * a saved output (``.json``: one document; ``.jsonl``: one per line): shown as saved, on
      its source text, read from ``text_dir/<id>.txt`` when given, else from its
      ``source.path``; when that text's sha256 is not the saved one, the entry is a failure
      (``source_changed``: the offsets no longer point into it);
    * a folder: its ``.json``/``.jsonl`` outputs and its ``.txt`` articles, sorted.

    A failure (unreadable input, error record, missing or changed source) stays on the page as
    an error entry; the count of failures is returned (the CLI exits 1 when it is not 0).
    """
    from .batch import safe_id
    from .io import InputError
    from .source import error_record, extract_source, read_source

    docs: list[tuple[str, dict]] = []
    failed = 0

    def fail(doc_id: str, code: str, message: str, path: str | None = None, saved: dict | None = None) -> None:
        nonlocal failed
        failed += 1
        rec = dict(saved or {})
        rec.update(error_record(doc_id, code, message, path=path))
        if saved and saved.get("source"):
            rec["source"] = saved["source"]
        docs.append(("", rec))

    def saved_output(rec: Any, where: str) -> None:
        if not isinstance(rec, dict) or "id" not in rec or "source" not in rec:
            fail(where, "not_an_output", f"{where}: not a vnreport extraction output")
            return
        if rec.get("error"):
            fail(str(rec["id"]), rec["error"].get("code", "error"), rec["error"].get("message", ""),
                 saved=rec)
            return
        source = rec.get("source") or {}
        path = Path(text_dir) / f"{rec['id']}.txt" if text_dir else (Path(source["path"]) if source.get("path") else None)
        if path is None:
            fail(str(rec["id"]), "no_source", f"{where}: no source path saved; name the texts with --text DIR", saved=rec)
            return
        try:
            src = read_source(path=path)
        except InputError as e:
            fail(str(rec["id"]), e.code, f"source {path}: {e.message}", path=str(path), saved=rec)
            return
        if source.get("sha256") and src.sha256 != source["sha256"]:
            fail(str(rec["id"]), "source_changed",
                 f"source {path} is not the text this output was extracted from (sha256 differs): run extract again",
                 path=str(path), saved=rec)
            return
        docs.append((src.text, rec))

    def one(path: Path) -> None:
        label = str(path)
        if path.suffix == ".json":
            try:
                saved_output(json.loads(path.read_text(encoding="utf-8")), label)
            except (OSError, ValueError) as e:
                fail(safe_id(path.stem), "unreadable_output", f"{label}: {e}")
        elif path.suffix == ".jsonl":
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, ValueError) as e:
                fail(safe_id(path.stem), "unreadable_output", f"{label}: {e}")
                return
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    fail(f"{safe_id(path.stem)}-line-{n}", "unreadable_output", f"{label} line {n}: {e}")
                    continue
                saved_output(rec, f"{label} line {n}")
        else:
            try:
                src = read_source(path=path)
            except InputError as e:
                fail(safe_id(path.stem), e.code, f"{label}: {e.message}", path=label)
                return
            docs.append((src.text, extract_source(src, doc_id=safe_id(path.stem)).model_dump(mode="json")))

    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and q.suffix in OUTPUT_SUFFIXES + (".txt",)):
                one(f)
        elif not p.exists():
            fail(safe_id(p.stem), "not_found", f"{raw}: no such file or folder", path=raw)
        else:
            one(p)
    return docs, failed
