"""The article as HTML: entity marks (one colour per type) and quote spans, every piece of the
article's own text escaped, so a pasted `<script>` shows as text and runs nothing.

Pure function of plain records, like displaCy's `render(manual=True)`; the page only displays it.
"""

from __future__ import annotations

import html

from whosaid.records import TYPES, Entity, Quote


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _segment_html(text: str) -> str:
    """Escaped text with paragraph breaks kept."""
    return _esc(text).replace("\n", "<br>")


def highlight_html(
    text: str,
    entities: list[Entity] | tuple[Entity, ...],
    quotes: list[Quote] | tuple[Quote, ...],
    *,
    types: tuple[str, ...] | list[str] = TYPES,
    selected: str | None = None,
    show_quotes: bool = True,
    window: tuple[int, int] | None = None,
) -> str:
    """HTML of `text` with entity mentions of `types` marked and quotes underlined.

    Each mark's tooltip names the canonical entity ("Lavrov" -> "Sergueï Lavrov · PERSON"); each
    quote carries its speaker; the quote whose id is `selected` gets a stronger style. `window`
    renders only text[a:b] (a quote in its paragraph).
    """
    a, b = window or (0, len(text))
    text = text[a:b]
    marks = sorted(
        (
            (m.start - a, m.end - a, e)
            for e in entities
            if e.label in types
            for m in e.mentions
            if m.start >= a and m.end <= b
        ),
        key=lambda item: (item[0], -item[1]),
    )
    spans = (
        sorted(
            ((max(q.start, a) - a, min(q.end, b) - a, q) for q in quotes if q.start < b and q.end > a),
            key=lambda item: item[0],
        )
        if show_quotes
        else []
    )
    cuts = {0, len(text)}
    for start, end, _ in marks + spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    bounds = sorted(cuts)
    out = []
    open_quote = None
    # one sweep: spans and marks are taken in start order as the segments reach them, and dropped
    # once they end, so the work grows with the text, not with its square
    active_quotes: list = []
    active_marks: list = []
    next_quote = next_mark = 0
    for left, right in zip(bounds, bounds[1:]):
        while next_quote < len(spans) and spans[next_quote][0] <= left:
            active_quotes.append(spans[next_quote])
            next_quote += 1
        while next_mark < len(marks) and marks[next_mark][0] <= left:
            active_marks.append(marks[next_mark])
            next_mark += 1
        if active_quotes and any(e <= left for _, e, _ in active_quotes):
            active_quotes = [item for item in active_quotes if item[1] > left]
        if active_marks and any(e <= left for _, e, _ in active_marks):
            active_marks = [item for item in active_marks if item[1] > left]
        found = next((item for item in active_quotes if right <= item[1]), None)
        quote = found[2] if found else None
        if quote is not open_quote:
            if open_quote is not None:
                out.append("</span>")
            if quote is not None:
                speaker = quote.speaker.name if quote.speaker else "?"
                cls = "ws-quote ws-selected" if quote.id == selected else "ws-quote"
                out.append(
                    f'<span class="{cls} ws-{_esc(quote.kind)}" data-quote="{_esc(quote.id)}" '
                    f'title="{_esc(speaker)} · {_esc(quote.kind)}">'
                )
                if left == found[0]:
                    out.append(f'<span class="ws-speaker">{_esc(speaker)}</span>')
            open_quote = quote
        piece = _segment_html(text[left:right])
        ent = next((e for _, end, e in active_marks if right <= end), None)
        if ent is not None and right > left:
            out.append(
                f'<mark class="ws-ent ws-{_esc(ent.label)}" data-entity="{_esc(ent.id)}" '
                f'title="{_esc(ent.name)} · {_esc(ent.label)}">{piece}</mark>'
            )
        else:
            out.append(piece)
    if open_quote is not None:
        out.append("</span>")
    return f'<div class="ws-article">{"".join(out)}</div>'


def paragraph_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) around [start, end): from the line break before to the one after."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right


def legend_html(labels: dict[str, str], colors: dict[str, str], *, types: tuple[str, ...] | list[str] = TYPES) -> str:
    """Colour key for the entity types shown, with the names given in `labels`."""
    items = "".join(f'<mark class="ws-ent ws-{_esc(t)}">{_esc(labels.get(t, t))}</mark> ' for t in types)
    return f'<div class="ws-legend">{items}</div>'


def stylesheet(colors: dict[str, str]) -> str:
    """CSS for marks and quotes: translucent colours over the theme's own text colour (light and dark)."""
    rules = [
        ".ws-article{line-height:1.9;font-size:1.02rem}",
        ".ws-ent{border-radius:.3em;padding:.05em .25em;color:inherit;"
        "box-decoration-break:clone;-webkit-box-decoration-break:clone}",
        ".ws-quote{border-bottom:2px dotted " + colors.get("SPEAKER", "#0072B2") + ";}",
        ".ws-quote.ws-selected{background:" + _alpha(colors.get("QUOTE", "#F0E442"), 0.30) + ";}",
        ".ws-speaker{font-size:.72em;font-weight:600;margin-right:.3em;padding:0 .3em;border-radius:.3em;"
        "background:" + _alpha(colors.get("SPEAKER", "#0072B2"), 0.25) + ";vertical-align:super}",
        ".ws-legend mark{margin-right:.4em}",
        # a phone: smaller speaker badges and tighter lines, so a quote reads as a sentence, not a few words
        "@media (max-width:640px){.ws-article{font-size:.95rem;line-height:1.6}"
        ".ws-speaker{font-size:.62em;vertical-align:baseline}.ws-ent{padding:0 .15em}}",
    ]
    for label in TYPES:
        color = colors.get(label, "#999999")
        rules.append(f".ws-{label}{{background:{_alpha(color, 0.35)};border:1px solid {color}}}")
    return "<style>" + "".join(rules) + "</style>"


def _alpha(hex_color: str, alpha: float) -> str:
    hex_color = hex_color.lstrip("#")
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"
