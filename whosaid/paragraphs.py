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

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, LIKE_NUM, SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from whosaid.errors import UnsupportedLanguageError
from whosaid.lang import load_language_table


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after each line break, and forbid a sentence start
    right after a word on the same line (news sentences end with punctuation: the parser otherwise
    cut "People | who eat … are more likely" and lost the subject).

    Computed on the Doc's arrays and set in one call (setting it token by token cost about 5 ms an
    article, as much as the whole extraction's largest step): only spaces (where a line break can
    be) and opening marks are looked at one by one."""
    n = len(doc)
    if n < 2:
        return doc
    flags = doc.to_array([IS_ALPHA, LIKE_NUM, IS_SPACE, ORTH])
    # 1: a start, -1: no start, 0: the parser decides (in spaCy's unsigned array, -1 wraps around)
    starts = numpy.zeros(n, dtype="int64")
    starts[0] = 1  # the first word opens the first sentence
    word_before = (flags[:-1, 0] | flags[:-1, 1]).astype(bool)
    starts[1:][word_before] = -1
    opening = {doc.vocab.strings[mark] for mark in OPENING_MARKS}
    for k in numpy.flatnonzero(numpy.isin(flags[:, 3], list(opening))).tolist():
        if k > 0 and starts[k] == 0 and _opens_after_full_stop(doc, doc[k]):
            starts[k] = 1
    closing = {doc.vocab.strings[mark] for mark in CLOSING_MARKS}
    for k in numpy.flatnonzero(numpy.isin(flags[:-1, 3], list(closing))).tolist():
        if k > 0 and starts[k + 1] == 0 and _closes_a_sentence(doc, doc[k]):
            starts[k + 1] = 1
    for k in numpy.flatnonzero(flags[:-1, 2]).tolist():
        if "\n" in doc[k].text:
            starts[k + 1] = 1  # the line break wins over the word before it
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


SENTENCE_ENDS = (".", "!", "?", "…")
OPENING_MARKS = ("«", "“", '"', "„", "‹")
CLOSING_MARKS = ("»", "”", '"', "›")


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


def _closes_a_sentence(doc: Doc, token) -> bool:
    """A quotation mark closed right after a full stop, then a space and a capital, ends a sentence (« …
    avec la majorité sortante. » Pour la première secrétaire …, « … »: the parser ran the two together and
    the second quotation took the first one's speaker)."""
    previous = doc[token.i - 1]
    after = doc[token.i + 1]
    return previous.text in SENTENCE_ENDS and bool(token.whitespace_) and after.is_alpha and after.text[:1].isupper()


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
