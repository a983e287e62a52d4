"""Odd input never breaks the core: offsets stay inside the text, HTML stays escaped, nothing raises
anything but a WhosaidError."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whosaid import WhosaidError, analyze
from whosaid.highlight import highlight_html
from whosaid.extract import find_quote_marks
from whosaid.lang import load_language_table
from whosaid.records import Entity, TextSpan

QUOTEY = st.text(alphabet=st.sampled_from(list('«»“”„‹›"\'’ \n\t,.:;!?-–—abcXYZéà')), max_size=200)


@given(QUOTEY)
@settings(max_examples=300, deadline=None)
def test_quote_marks_always_point_inside_the_text(text):
    for mark in find_quote_marks(text, load_language_table("fr")):
        assert 0 <= mark.open < len(text)
        assert mark.open < mark.start <= mark.end <= len(text)
        assert text[mark.start:mark.end].strip() == text[mark.start:mark.end]
        if mark.closed:
            assert mark.end <= mark.close < len(text)


@given(st.text(max_size=120), st.lists(st.tuples(st.integers(0, 130), st.integers(0, 30)), max_size=5))
@settings(max_examples=200, deadline=None)
def test_highlight_escapes_everything_and_keeps_all_text(text, spans):
    entities = [Entity(f"e{i}", "<b>x</b>", "PERSON", ("PER",), (), (TextSpan(s, min(s + n, len(text)), ""),))
                for i, (s, n) in enumerate(spans) if s < len(text)]
    html_out = highlight_html(text, entities, [])
    assert "<b>" not in html_out and "<script" not in html_out.lower()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "😀🎉 « 👍 » a dit 🤖.",
    "« « « » » » “ ” \" \" ‹ ›" * 20,
    "Il a dit que " + "très " * 3000 + "bien.",
    "a" * 20_000,
    "Le ministre a déclaré : «\n\n»\n\n«",
    "مرحبا بالعالم. The minister said that peace would come.",
    "\u200b\u200b Le\u00a0ministre\u202fa déclaré que la paix viendra.",
    "A.\n" * 2000,
])
def test_odd_texts_analyse_or_fail_cleanly(text):
    try:
        result = analyze(text, language="fr")
    except WhosaidError:
        return
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    for ent in result.entities:
        assert all(text[m.start:m.end] == m.text for m in ent.mentions)
