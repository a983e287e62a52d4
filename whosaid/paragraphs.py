"""The `whosaid_paragraphs` spaCy component: a sentence starts after every line break, and never right
after a word on the same line.

No sentence then runs across paragraphs (datelines, headings, intertitles), and the parser no longer
cuts one after a word ("People | who eat …"). It goes before the parser, which keeps the boundaries it
is given (both the starts it is given and those it is forbidden). Registered by entry point (see pyproject.toml).
Adding it also teaches the pipeline's tokenizer the language table's `compound_words`, words the
model's rules cut at a hyphen and an elision (« main-d'œuvre » came out as four words, and the parser
then ended a sentence inside it).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from whosaid.errors import UnsupportedLanguageError
from whosaid.lang import load_language_table


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after each line break, and forbid a sentence start
    right after a word on the same line (news sentences end with punctuation: the parser otherwise
    cut "People | who eat … are more likely" and lost the subject)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.is_alpha or previous.like_num:
            token.is_sent_start = False
        elif _opens_after_full_stop(doc, token):
            token.is_sent_start = True
    return doc


SENTENCE_ENDS = (".", "!", "?", "…")
OPENING_MARKS = ("«", "“", '"', "„", "‹")


def _opens_after_full_stop(doc: Doc, token) -> bool:
    """A quotation mark opened after a full stop and a space, before a capital, starts a sentence
    (« …, relève le politologue X. « Le oui de départ … », explique-t-il »: the parser ran the two
    together and the incise lost its quote); a closing mark sits right against the stop ('."')."""
    previous = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.text in OPENING_MARKS
        and previous.text in SENTENCE_ENDS
        and bool(previous.whitespace_)
        and after is not None
        and after.text[:1].isupper()
    )


@Language.factory("whosaid_paragraphs")
def make_paragraph_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory of the component (a plain function needs no state); it teaches the tokenizer the
    language's compound words."""
    teach_compound_words(nlp)
    return mark_paragraph_starts


def teach_compound_words(nlp: Language) -> None:
    """Make each compound word of the language table one token, as written and capitalised."""
    try:
        words = load_language_table(nlp.lang).compound_words
    except UnsupportedLanguageError:
        return
    for word in words:
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
