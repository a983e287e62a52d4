"""Quotation marks on raw text: pairs, paragraphs, unbalanced marks (no model needed)."""

import pytest

from whosaid.extract import find_quote_marks
from whosaid.lang import load_language_table

TABLE = load_language_table("fr")


def contents(text):
    return [text[m.start : m.end] for m in find_quote_marks(text, TABLE)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit : « Nous viendrons. »", ["Nous viendrons."]),
        ("She said: “We will come.”", ["We will come."]),
        ('He said, "We will come," and left.', ["We will come"]),
        ("Er sagte „Wir kommen“ heute.", ["Wir kommen"]),
        ("Il parle de ‹ paix › encore.", ["paix"]),
        ("« Un » et « deux »", ["Un", "deux"]),
        ('"A" then "B" then "C"', ["A", "B", "C"]),
        ("Rien ici, l’OTAN n’a rien dit.", []),
        ("« Le premier paragraphe.\n\nLe second » a-t-il dit.", ["Le premier paragraphe.\n\nLe second"]),
        # long stretches without marks before, between and after (the scan jumps over them)
        ("x" * 500 + " « Un. » " + "y" * 500 + " « Deux. »" + "z" * 500, ["Un.", "Deux."]),
        ("Il a dit « sans fin\n\nrien ici " + "w" * 300, ["sans fin"]),
        ("Le « premier\n\nsecond » puis « troisième »", ["premier\n\nsecond", "troisième"]),
    ],
)
def test_pairs(text, expected):
    assert contents(text) == expected


def test_english_continuation_paragraphs_are_separate_quotations():
    text = '"First paragraph of the statement.\n\n"Second paragraph," she said.'
    assert contents(text) == ["First paragraph of the statement.", "Second paragraph"]


def test_unbalanced_mark_stops_at_paragraph_end():
    text = "Il a dit : « jamais fermé ici.\n\nLe lendemain, rien. Puis « autre chose » encore."
    marks = find_quote_marks(text, TABLE)
    assert [text[m.start : m.end] for m in marks] == ["jamais fermé ici.", "autre chose"]
    assert marks[0].closed is False and marks[1].closed is True


def test_offsets_point_at_content_without_padding():
    text = "Il a dit «\u00a0Bonjour\u00a0»."
    (mark,) = find_quote_marks(text, TABLE)
    assert text[mark.open] == "«" and text[mark.close] == "»"
    assert text[mark.start : mark.end] == "Bonjour"


def test_straight_quote_left_open_does_not_swallow_the_next_quotation():
    text = (
        'His statement added, "There is no question Houston should have been selected.\n\n'
        'In a statement, the governor said, "The museum put in a tremendous effort."'
    )
    assert contents(text) == [
        "There is no question Houston should have been selected.",
        "The museum put in a tremendous effort.",
    ]
