"""The back matter of a pasted web article (sources, related links) holds no quotes."""

import pytest

from whosaid import analyze
from whosaid.back_matter import back_matter_start
from whosaid.lang import load_language_table

STORIES = {
    "en": (
        'The mayor said the bridge would reopen in May. "We are on schedule," she told reporters.\n\n'
        "Sources\n\n"
        '"Bridge to reopen in May, says mayor" — Daily Courier, March 3, 2024\n'
    ),
    "fr": (
        "La maire a indiqué que le pont rouvrirait en mai. « Nous sommes dans les temps », a-t-elle ajouté.\n\n"
        "Voir aussi\n\n"
        "« Le pont rouvrira en mai, assure la maire » — Le Courrier, 3 mars 2024\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_quote_starts_in_the_back_matter(language):
    text = STORIES[language]
    heading = back_matter_start(text, load_language_table(language))
    assert heading is not None and text[heading:].lstrip().startswith(("Sources", "Voir aussi"))
    quotes = analyze(text, language=language).quotes
    assert len(quotes) == 2
    assert all(q.start < heading for q in quotes)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", 'Sources\n\nThe mayor said the bridge would reopen. "We are on schedule," she said. More follows.'),
        ("fr", "Sources\n\nLa maire a indiqué que le pont rouvrirait. « Nous sommes dans les temps », a-t-elle dit."),
    ],
)
def test_a_heading_in_the_first_half_is_no_back_matter(language, text):
    assert back_matter_start(text, load_language_table(language)) is None
    assert len(analyze(text, language=language).quotes) == 2
