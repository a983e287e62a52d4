"""Quote rules on hand-built Docs: parse annotations set by hand, no trained model involved."""

import spacy
from spacy.tokens import Doc, Span

from whosaid.extract import extract_quotes
from whosaid.lang import load_language_table

FR = load_language_table("fr")
EN = load_language_table("en")


def make_doc(lang, rows, ents=()):
    """rows: (word, space_after, pos, dep, head index, lemma); ents: (start, end, label) token spans."""
    nlp = spacy.blank(lang)
    words, spaces, pos, deps, heads, lemmas = zip(*rows)
    sent_starts = [True] + [False] * (len(words) - 1)
    doc = Doc(
        nlp.vocab,
        words=list(words),
        spaces=list(spaces),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        lemmas=list(lemmas),
        sent_starts=sent_starts,
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def quotes_of(doc, table):
    text = doc.text
    return [
        (q.kind, text[q.start : q.end], q.speaker.name if q.speaker else None, q.rule)
        for q in extract_quotes(doc, table).quotes
    ]


def test_cue_verb_with_que_clause_is_an_indirect_quote():
    # "Lavrov a déclaré que Moscou aidera Pyongyang ."
    doc = make_doc(
        "fr",
        [
            ("Lavrov", True, "PROPN", "nsubj", 2, "Lavrov"),
            ("a", True, "AUX", "aux:tense", 2, "avoir"),
            ("déclaré", True, "VERB", "ROOT", 2, "déclarer"),
            ("que", True, "SCONJ", "mark", 5, "que"),
            ("Moscou", True, "PROPN", "nsubj", 5, "Moscou"),
            ("aidera", True, "VERB", "ccomp", 2, "aider"),
            ("Pyongyang", False, "PROPN", "obj", 5, "Pyongyang"),
            (".", False, "PUNCT", "punct", 2, "."),
        ],
        ents=[(0, 1, "PER"), (4, 5, "LOC"), (6, 7, "LOC")],
    )
    assert quotes_of(doc, FR) == [("indirect", "Moscou aidera Pyongyang", "Lavrov", "clause")]


def test_thought_verb_without_marks_is_not_a_quote():
    # "Paul pense que Moscou aidera Pyongyang ."
    doc = make_doc(
        "fr",
        [
            ("Paul", True, "PROPN", "nsubj", 1, "Paul"),
            ("pense", True, "VERB", "ROOT", 1, "penser"),
            ("que", True, "SCONJ", "mark", 4, "que"),
            ("Moscou", True, "PROPN", "nsubj", 4, "Moscou"),
            ("aidera", True, "VERB", "ccomp", 1, "aider"),
            ("Pyongyang", False, "PROPN", "obj", 4, "Pyongyang"),
            (".", False, "PUNCT", "punct", 1, "."),
        ],
        ents=[(0, 1, "PER")],
    )
    assert quotes_of(doc, FR) == []


def test_reversed_incise_with_inverted_subject():
    # "Les combats continuent , a indiqué Timor Goksel ."
    doc = make_doc(
        "fr",
        [
            ("Les", True, "DET", "det", 1, "le"),
            ("combats", True, "NOUN", "nsubj", 2, "combat"),
            ("continuent", False, "VERB", "ccomp", 5, "continuer"),
            (",", True, "PUNCT", "punct", 5, ","),
            ("a", True, "AUX", "aux:tense", 5, "avoir"),
            ("indiqué", True, "VERB", "ROOT", 5, "indiquer"),
            ("Timor", True, "PROPN", "nsubj", 5, "Timor"),
            ("Goksel", False, "PROPN", "flat:name", 6, "Goksel"),
            (".", False, "PUNCT", "punct", 5, "."),
        ],
        ents=[(6, 8, "PER")],
    )
    assert quotes_of(doc, FR) == [("indirect", "Les combats continuent", "Timor Goksel", "reversed")]


def test_quotation_before_said_name():
    # '" We will come , " said Bolden .'
    doc = make_doc(
        "en",
        [
            ('"', False, "PUNCT", "punct", 6, '"'),
            ("We", True, "PRON", "nsubj", 2, "we"),
            ("will", True, "AUX", "aux", 3, "will"),
            ("come", False, "VERB", "ccomp", 6, "come"),
            (",", False, "PUNCT", "punct", 6, ","),
            ('"', True, "PUNCT", "punct", 6, '"'),
            ("said", True, "VERB", "ROOT", 6, "say"),
            ("Bolden", False, "PROPN", "nsubj", 6, "Bolden"),
            (".", False, "PUNCT", "punct", 6, "."),
        ],
        ents=[(7, 8, "PERSON")],
    )
    doc_heads_fixed = quotes_of(doc, EN)
    assert doc_heads_fixed == [("direct", "We will come", "Bolden", "marks")]
