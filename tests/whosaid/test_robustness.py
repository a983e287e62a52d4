"""Odd input never breaks the core: offsets stay inside the text, HTML stays escaped, nothing raises
anything but a WhosaidError."""

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whosaid import EmptyTextError, analyze
from whosaid.extract import find_quote_marks
from whosaid.highlight import highlight_html
from whosaid.lang import load_language_table
from whosaid.records import Entity, TextSpan

QUOTEY = st.text(alphabet=st.sampled_from(list("«»“”„‹›\"'’ \n\t,.:;!?-–—abcXYZéà")), max_size=200)


@given(QUOTEY)
@settings(max_examples=300, deadline=None)
def test_quote_marks_always_point_inside_the_text(text):
    for mark in find_quote_marks(text, load_language_table("fr")):
        assert 0 <= mark.open < len(text)
        assert mark.open < mark.start <= mark.end <= len(text)
        assert text[mark.start : mark.end].strip() == text[mark.start : mark.end]
        if mark.closed:
            assert mark.end <= mark.close < len(text)


@given(st.text(max_size=120), st.lists(st.tuples(st.integers(0, 130), st.integers(0, 30)), max_size=5))
@settings(max_examples=200, deadline=None)
def test_highlight_escapes_everything_and_keeps_all_text(text, spans):
    entities = [
        Entity(f"e{i}", "<b>x</b>", "PERSON", ("PER",), (), (TextSpan(s, min(s + n, len(text)), ""),))
        for i, (s, n) in enumerate(spans)
        if s < len(text)
    ]
    html_out = highlight_html(text, entities, [])
    assert "<b>" not in html_out and "<script" not in html_out.lower()
    shown = html.unescape(re.sub(r"<(?!br>)[^>]*>", "", html_out).replace("<br>", "\n"))
    assert shown == text  # every character of the article is on the page, once, in order


@pytest.mark.model
@pytest.mark.parametrize(
    "text, error",
    [
        ("😀🎉 « 👍 » a dit 🤖.", None),
        ('« « « » » » “ ” " " ‹ ›' * 20, EmptyTextError),
        ("Il a dit que " + "très " * 3000 + "bien.", None),
        ("a" * 20_000, None),
        ("Le ministre a déclaré : «\n\n»\n\n«", None),
        ("مرحبا بالعالم. The minister said that peace would come.", None),
        ("\u200b\u200b Le\u00a0ministre\u202fa déclaré que la paix viendra.", None),
        ("A.\n" * 2000, EmptyTextError),
    ],
)
def test_odd_texts_analyse_or_fail_cleanly(text, error):
    if error is not None:
        with pytest.raises(error):
            analyze(text, language="fr")
        return
    result = analyze(text, language="fr")
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    for ent in result.entities:
        assert all(text[m.start : m.end] == m.text for m in ent.mentions)
