"""The `whosaid_paragraphs` spaCy component: a sentence starts after every line break.

No sentence then runs across paragraphs (datelines, headings, intertitles). It goes before the
parser, which keeps the boundaries it is given. Registered by entry point (see pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after each line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


@Language.factory("whosaid_paragraphs")
def make_paragraph_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory of the component (a plain function needs no state)."""
    return mark_paragraph_starts
