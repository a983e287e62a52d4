"""Article HTML: marks, tooltips, quotes, and escaping of untrusted text (no model needed)."""

import pytest

from whosaid.highlight import highlight_html, legend_html, stylesheet
from whosaid.records import Entity, Quote, Speaker, TextSpan


def ent(eid, name, label, *spans):
    return Entity(eid, name, label, (label,), (), tuple(TextSpan(s, e, "") for s, e in spans))


def test_marks_carry_canonical_names_and_types():
    text = "Lavrov est à Pyongyang."
    html_out = highlight_html(
        text, [ent("e1", "Sergueï Lavrov", "PERSON", (0, 6)), ent("e2", "Pyongyang", "PLACE", (13, 22))], []
    )
    assert '<mark class="ws-ent ws-PERSON" data-entity="e1" title="Sergueï Lavrov · PERSON">Lavrov</mark>' in html_out
    assert 'title="Pyongyang · PLACE">Pyongyang</mark>' in html_out


def test_type_toggles_hide_marks():
    text = "Lavrov est à Pyongyang."
    html_out = highlight_html(
        text,
        [ent("e1", "Sergueï Lavrov", "PERSON", (0, 6)), ent("e2", "Pyongyang", "PLACE", (13, 22))],
        [],
        types=("PLACE",),
    )
    assert "ws-PERSON" not in html_out and "ws-PLACE" in html_out


def test_quote_span_names_its_speaker_and_holds_entities():
    text = "Il a dit que Moscou aidera."
    quote = Quote(
        "q1",
        13,
        26,
        "Moscou aidera",
        "indirect",
        None,
        Speaker("Sergueï Lavrov", "e1", "Il", 0, 2),
        "explicit",
        ("e2",),
    )
    html_out = highlight_html(text, [ent("e2", "Moscou", "PLACE", (13, 19))], [quote], selected="q1")
    assert 'class="ws-quote ws-selected ws-indirect" data-quote="q1"' in html_out
    assert '<span class="ws-speaker">Sergueï Lavrov</span>' in html_out
    assert html_out.index("ws-quote") < html_out.index("ws-PLACE") < html_out.index(" aidera</span>.")


@pytest.mark.parametrize(
    "payload", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '"><b onmouseover=alert(1)>x</b>']
)
def test_untrusted_text_is_escaped(payload):
    text = f"Paris {payload} fin."
    evil_entity = ent("e1", payload, "PLACE", (0, 5))
    html_out = highlight_html(text, [evil_entity], [])
    assert "<script" not in html_out and "<img" not in html_out and "<b " not in html_out
    assert "&lt;" in html_out


def test_newlines_become_breaks_and_text_is_complete():
    text = "Un.\n\nDeux & trois."
    html_out = highlight_html(text, [], [])
    assert html_out == '<div class="ws-article">Un.<br><br>Deux &amp; trois.</div>'


def test_legend_and_stylesheet():
    colors = {"PERSON": "#E69F00", "ORG": "#56B4E9", "PLACE": "#009E73", "OTHER": "#CC79A7"}
    assert "Personnes" in legend_html({"PERSON": "Personnes"}, colors, types=("PERSON",))
    css = stylesheet(colors)
    assert ".ws-PERSON{background:rgba(230,159,0,0.35)" in css


def test_window_renders_one_paragraph_with_offsets_shifted():
    from whosaid.highlight import paragraph_window

    text = "Avant.\n\nIl a dit que Moscou aidera.\n\nAprès."
    start = text.index("Moscou")
    quote = Quote("q1", start, start + 13, "Moscou aidera", "indirect", None, None, "explicit", ())
    window = paragraph_window(text, quote.start, quote.end)
    assert text[window[0] : window[1]] == "Il a dit que Moscou aidera."
    html_out = highlight_html(text, [ent("e2", "Moscou", "PLACE", (start, start + 6))], [quote], window=window)
    assert "Avant" not in html_out and "Après" not in html_out
    assert '<span class="ws-speaker">?</span><mark class="ws-ent ws-PLACE"' in html_out


def _long_article(paragraphs: int):
    """An article of `paragraphs` copies of one paragraph: two entities and one quote each."""
    block = "Le ministre Jean Dupont a déclaré que Paris aiderait Lyon sans tarder cette année.\n"
    text = block * paragraphs
    dupont, paris, quotes = [], [], []
    for n in range(paragraphs):
        at = n * len(block)
        dupont.append((at + 12, at + 23))
        paris.append((at + 38, at + 43))
        quotes.append(
            Quote(
                id=f"q{n}",
                start=at + 38,
                end=at + 81,
                text=text[at + 38 : at + 81],
                kind="indirect",
                cue=None,
                speaker=Speaker("Jean Dupont", "e1", "Jean Dupont", at + 12, at + 23),
                attribution="explicit",
                mentions=("e2",),
            )
        )
    return text, [ent("e1", "Jean Dupont", "PERSON", *dupont), ent("e2", "Paris", "PLACE", *paris)], quotes


def test_highlighting_grows_linearly_with_the_article():
    """Each doubling of the article at most 2.2 times the work (it was quadratic: 4 times).

    The work is the number of lines of whosaid/highlight.py executed (a trace count), not a
    clock time, so that a busy machine cannot fail the test (a timing ratio once did in CI).
    """
    import sys

    import whosaid.highlight as module

    def lines_run(paragraphs: int) -> int:
        text, entities, quotes = _long_article(paragraphs)
        count = 0

        def tracer(frame, event, arg):
            nonlocal count
            if frame.f_code.co_filename != module.__file__:
                return None
            if event == "line":
                count += 1
            return tracer

        sys.settrace(tracer)
        try:
            highlight_html(text, entities, quotes)
        finally:
            sys.settrace(None)
        return count

    small, double, quadruple = lines_run(100), lines_run(200), lines_run(400)
    assert small > 0 and double / small <= 2.2 and quadruple / double <= 2.2, (small, double, quadruple)
    html_out = highlight_html(*_long_article(3))
    assert html_out.count("<mark") == 6 and html_out.count('class="ws-quote') == 3
