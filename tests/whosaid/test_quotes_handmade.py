"""Quote rules on hand-built Docs: parse annotations set by hand, no trained model involved."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from whosaid.extract import extract_quotes
from whosaid.lang import load_language_table

FR = load_language_table("fr")
EN = load_language_table("en")


def make_doc(lang, rows, ents=(), morphs=None):
    """rows: (word, space_after, pos, dep, head index, lemma); ents: (start, end, label) token spans;
    morphs: token index -> morphological features ("Definite=Ind")."""
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
    for i, features in (morphs or {}).items():
        doc[i].set_morph(features)
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


def speaker_phrases(doc, table):
    return [(q.speaker.text if q.speaker else None) for q in extract_quotes(doc, table).quotes]


def test_the_addressee_after_a_name_is_not_part_of_the_speaker():
    # '" We will come , " said Bolden to reporters .' (the parser hung "to reporters" on the name)
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
            ("Bolden", True, "PROPN", "nsubj", 6, "Bolden"),
            ("to", True, "ADP", "prep", 7, "to"),
            ("reporters", False, "NOUN", "pobj", 8, "reporter"),
            (".", False, "PUNCT", "punct", 6, "."),
        ],
        ents=[(7, 8, "PERSON")],
    )
    assert speaker_phrases(doc, EN) == ["Bolden"]


def test_the_addressee_of_a_french_incise_is_not_part_of_the_speaker():
    # "« Le site fermera » , a confirmé Hugo Perrault au Monde ." (the newspaper tagged as a place)
    doc = make_doc(
        "fr",
        [
            ("«", True, "PUNCT", "punct", 3, "«"),
            ("Le", True, "DET", "det", 2, "le"),
            ("site", True, "NOUN", "nsubj", 3, "site"),
            ("fermera", True, "VERB", "ROOT", 3, "fermer"),
            ("»", False, "PUNCT", "punct", 3, "»"),
            (",", True, "PUNCT", "punct", 7, ","),
            ("a", True, "AUX", "aux:tense", 7, "avoir"),
            ("confirmé", True, "VERB", "parataxis", 3, "confirmer"),
            ("Hugo", True, "PROPN", "nsubj", 7, "Hugo"),
            ("Perrault", True, "PROPN", "flat:name", 8, "Perrault"),
            ("au", True, "ADP", "case", 11, "au"),
            ("Monde", False, "PROPN", "nmod", 8, "Monde"),
            (".", False, "PUNCT", "punct", 3, "."),
        ],
        ents=[(8, 10, "PER"), (11, 12, "LOC")],
    )
    assert speaker_phrases(doc, FR) == ["Hugo Perrault"]


@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        (
            # "« Le site fermera » , a assuré la clinique dans un communiqué ."
            "fr",
            [
                ("«", True, "PUNCT", "punct", 3, "«"),
                ("Le", True, "DET", "det", 2, "le"),
                ("site", True, "NOUN", "nsubj", 3, "site"),
                ("fermera", True, "VERB", "ROOT", 3, "fermer"),
                ("»", False, "PUNCT", "punct", 3, "»"),
                (",", True, "PUNCT", "punct", 7, ","),
                ("a", True, "AUX", "aux:tense", 7, "avoir"),
                ("assuré", True, "VERB", "parataxis", 3, "assurer"),
                ("la", True, "DET", "det", 9, "le"),
                ("clinique", True, "NOUN", "nsubj", 7, "clinique"),
                ("dans", True, "ADP", "case", 12, "dans"),
                ("un", True, "DET", "det", 12, "un"),
                ("communiqué", False, "NOUN", "nmod", 9, "communiqué"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            "la clinique",
        ),
        (
            # '" The site will close , " said the company in a statement .'
            "en",
            [
                ('"', False, "PUNCT", "punct", 7, '"'),
                ("The", True, "DET", "det", 2, "the"),
                ("site", True, "NOUN", "nsubj", 4, "site"),
                ("will", True, "AUX", "aux", 4, "will"),
                ("close", False, "VERB", "ccomp", 7, "close"),
                (",", False, "PUNCT", "punct", 7, ","),
                ('"', True, "PUNCT", "punct", 7, '"'),
                ("said", True, "VERB", "ROOT", 7, "say"),
                ("the", True, "DET", "det", 9, "the"),
                ("company", True, "NOUN", "nsubj", 7, "company"),
                ("in", True, "ADP", "prep", 9, "in"),
                ("a", True, "DET", "det", 12, "a"),
                ("statement", False, "NOUN", "pobj", 10, "statement"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            "the company",
        ),
    ],
)
def test_the_channel_of_a_cue_is_not_part_of_the_speaker(lang, rows, expected):
    # the parser hung the channel ("dans un communiqué", "in a statement") on the speaker's noun
    doc = make_doc(lang, rows)
    assert speaker_phrases(doc, FR if lang == "fr" else EN) == [expected]


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        (
            # '" We will come , " Whitacre aide Ann Roe said .' (the tagger took the name "Whitacre" for a verb)
            "en",
            [
                ('"', False, "PUNCT", "punct", 11, '"'),
                ("We", True, "PRON", "nsubj", 2, "we"),
                ("will", True, "AUX", "aux", 3, "will"),
                ("come", False, "VERB", "ccomp", 11, "come"),
                (",", False, "PUNCT", "punct", 11, ","),
                ('"', True, "PUNCT", "punct", 11, '"'),
                ("Whitacre", True, "VERB", "compound", 7, "whitacre"),
                ("aide", True, "NOUN", "compound", 9, "aide"),
                ("Ann", True, "PROPN", "compound", 9, "Ann"),
                ("Roe", True, "PROPN", "nsubj", 11, "Roe"),
                ("quickly", True, "ADV", "advmod", 11, "quickly"),
                ("said", False, "VERB", "ROOT", 11, "say"),
                (".", False, "PUNCT", "punct", 11, "."),
            ],
            [(6, 7, "ORG"), (8, 10, "PERSON")],
        ),
        (
            # "« Nous partirons » , Dupont Industries a annoncé ." (the tagger took "Dupont" for a verb)
            "fr",
            [
                ("«", True, "PUNCT", "punct", 2, "«"),
                ("Nous", True, "PRON", "nsubj", 2, "nous"),
                ("partirons", True, "VERB", "ROOT", 2, "partir"),
                ("»", False, "PUNCT", "punct", 2, "»"),
                (",", True, "PUNCT", "punct", 8, ","),
                ("Dupont", True, "VERB", "parataxis", 2, "duper"),
                ("Industries", True, "PROPN", "nsubj", 5, "Industries"),
                ("a", True, "AUX", "aux:tense", 8, "avoir"),
                ("annoncé", False, "VERB", "parataxis", 2, "annoncer"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            [(5, 7, "ORG")],
        ),
    ],
)
def test_a_word_of_a_name_is_never_a_cue(lang, rows, ents):
    doc = make_doc(lang, rows, ents=ents)
    cues = [doc.text[q.cue[0] : q.cue[1]] for q in extract_quotes(doc, FR if lang == "fr" else EN).quotes]
    assert cues and all(not cue.startswith(("Whitacre", "Dupont")) for cue in cues)


def insider_doc(lang, head_word, head_lemma, *, determiner=("An", "a"), indefinite=True):
    """ "<determiner> Orvale Bank <head> said the branch would close ." (English words; French tables
    read the same tree)."""
    rows = [
        (determiner[0], True, "DET", "det", 3, determiner[1]),
        ("Orvale", True, "PROPN", "compound", 2, "Orvale"),
        ("Bank", True, "PROPN", "compound", 3, "Bank"),
        (head_word, True, "NOUN", "nsubj", 4, head_lemma),
        ("said", True, "VERB", "ROOT", 4, "say"),
        ("the", True, "DET", "det", 6, "the"),
        ("branch", True, "NOUN", "nsubj", 8, "branch"),
        ("would", True, "AUX", "aux", 8, "would"),
        ("close", False, "VERB", "ccomp", 4, "close"),
        (".", False, "PUNCT", "punct", 4, "."),
    ]
    doc = make_doc(lang, rows, ents=[(1, 3, "ORG")])
    doc[0].set_morph("Definite=Ind|PronType=Art" if indefinite else "Definite=Def|PronType=Art")
    doc[3].set_morph("Number=Sing")
    return doc


@pytest.mark.parametrize(
    ("head", "lemma", "indefinite", "speaker"),
    [
        # an anonymous insider the name only qualifies keeps their own noun
        ("official", "official", True, "Orvale Bank official"),
        ("adviser", "adviser", True, "Orvale Bank adviser"),
        # a spokesperson speaks for the organisation
        ("spokesperson", "spokesperson", True, "Orvale Bank"),
        # "the Orvale Bank official" refers back: the organisation's rules decide, not someone new
        ("official", "official", False, "Orvale Bank"),
    ],
)
def test_an_indefinite_insider_is_someone_new_but_a_spokesperson_speaks_for_the_organisation(
    head, lemma, indefinite, speaker
):
    doc = insider_doc("en", head, lemma, indefinite=indefinite)
    ((kind, text, name, _rule),) = quotes_of(doc, EN)
    assert (kind, text, name) == ("indirect", "the branch would close", speaker)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # « un conseiller de la mairie de Dinan » : quelqu'un de nouveau, qualifié par un nom
        ((("Un", "un"), ("conseiller", "conseiller")), "conseiller de la mairie de Dinan"),
        # « un porte-parole de la mairie de Dinan » : la mairie parle
        ((("Un", "un"), ("porte-parole", "porte-parole")), "mairie de Dinan"),
    ],
)
def test_french_an_indefinite_insider_keeps_their_noun(words, speaker):
    # "<Un> <conseiller> de la mairie de Dinan a affirmé que le marché rouvrirait ."
    (det, det_lemma), (noun, noun_lemma) = words
    rows = [
        (det, True, "DET", "det", 1, det_lemma),
        (noun, True, "NOUN", "nsubj", 8, noun_lemma),
        ("de", True, "ADP", "case", 4, "de"),
        ("la", True, "DET", "det", 4, "le"),
        ("mairie", True, "NOUN", "nmod", 1, "mairie"),
        ("de", True, "ADP", "case", 6, "de"),
        ("Dinan", True, "PROPN", "nmod", 4, "Dinan"),
        ("a", True, "AUX", "aux:tense", 8, "avoir"),
        ("affirmé", True, "VERB", "ROOT", 8, "affirmer"),
        ("que", True, "SCONJ", "mark", 12, "que"),
        ("le", True, "DET", "det", 11, "le"),
        ("marché", True, "NOUN", "nsubj", 12, "marché"),
        ("rouvrirait", False, "VERB", "ccomp", 8, "rouvrir"),
        (".", False, "PUNCT", "punct", 8, "."),
    ]
    doc = make_doc("fr", rows, ents=[(4, 7, "ORG")])
    ((kind, text, name, _rule),) = quotes_of(doc, FR)
    assert (kind, text, name) == ("indirect", "le marché rouvrirait", speaker)


NAMED_HEAD = {
    # "Harlow campaign spokesperson Kelsey Dunmore said that the vote was rigged ."
    "en": [
        ("Harlow", "PROPN", "compound", 2, "Harlow"),
        ("campaign", "NOUN", "compound", 2, "campaign"),
        ("spokesperson", "NOUN", "compound", 4, "spokesperson"),
        ("Kelsey", "PROPN", "compound", 4, "Kelsey"),
        ("Dunmore", "PROPN", "nsubj", 5, "Dunmore"),
        ("said", "VERB", "ROOT", 5, "say"),
        ("that", "SCONJ", "mark", 10, "that"),
        ("the", "DET", "det", 8, "the"),
        ("vote", "NOUN", "nsubj", 10, "vote"),
        ("was", "AUX", "auxpass", 10, "be"),
        ("rigged", "VERB", "ccomp", 5, "rig"),
    ],
    # "Harlow campagne porte-parole Kelsey Dunmore affirme que le vote sera annulé ." (the same tree)
    "fr": [
        ("Harlow", "PROPN", "nmod", 1, "Harlow"),
        ("campagne", "NOUN", "nmod", 2, "campagne"),
        ("porte-parole", "NOUN", "nmod", 3, "porte-parole"),
        ("Kelsey", "PROPN", "nsubj", 5, "Kelsey"),
        ("Dunmore", "PROPN", "flat:name", 3, "Dunmore"),
        ("affirme", "VERB", "ROOT", 5, "affirmer"),
        ("que", "SCONJ", "mark", 10, "que"),
        ("le", "DET", "det", 8, "le"),
        ("vote", "NOUN", "nsubj", 10, "vote"),
        ("sera", "AUX", "aux:pass", 10, "être"),
        ("annulé", "VERB", "ccomp", 5, "annuler"),
    ],
}


@pytest.mark.parametrize(("lang", "table"), [("en", EN), ("fr", FR)])
def test_the_name_holding_the_subjects_head_speaks_whatever_type_the_model_gave_it(lang, table):
    # the model typed the spokesperson ORG and the campaign's name PERSON: the subject's head lies in
    # the spokesperson's name, and that name speaks
    rows = [(w, True, p, d, h, lemma) for w, p, d, h, lemma in NAMED_HEAD[lang]]
    rows.append((".", False, "PUNCT", "punct", 5, "."))
    rows[-2] = (*rows[-2][:1], False, *rows[-2][2:])
    doc = make_doc(lang, rows, ents=[(0, 1, "PERSON" if lang == "en" else "PER"), (3, 5, "ORG")])
    ((_kind, _text, name, _rule),) = quotes_of(doc, table)
    assert name == "Kelsey Dunmore"


@pytest.mark.parametrize(
    ("lang", "words", "ents", "expected"),
    [
        # the model stopped an organisation at « du » and tagged the country on its own
        (
            "fr",
            ["l'", "Autorité", "des", "routes", "du", "Portugal", "a", "dit"],
            [(1, 5, "ORG"), (5, 6, "LOC")],
            [("Autorité des routes du Portugal", "ORG")],
        ),
        ("en", ["the", "Bureau", "of", "Kenya", "said"], [(1, 3, "ORG"), (3, 4, "GPE")], [("Bureau of Kenya", "ORG")]),
        # a name that does not end with "of" / « de » stays apart from the next one
        (
            "fr",
            ["le", "Sénat", "France", "a", "dit"],
            [(1, 2, "ORG"), (2, 3, "LOC")],
            [("Sénat", "ORG"), ("France", "LOC")],
        ),
        (
            "en",
            ["the", "Bureau", "of", ",", "Kenya"],
            [(1, 3, "ORG"), (4, 5, "GPE")],
            [("Bureau of", "ORG"), ("Kenya", "GPE")],
        ),
    ],
)
def test_an_organisation_cut_at_of_or_du_is_joined_to_the_name_after_it(lang, words, ents, expected):
    from whosaid.extract.names import join_cut_names

    nlp = spacy.blank(lang)
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "words", "heads", "pos", "expected"),
    [
        # the parser made the apposition the phrase's head: it says what the name before the comma is
        (
            "fr",
            ["Le", "Collectif", "du", "Soum", ",", "une", "association"],
            [1, 6, 3, 1, 6, 6, 6],
            ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN"],
            "Collectif du Soum",
        ),
        (
            "en",
            ["The", "tenants", "union", ",", "a", "charity"],
            [2, 2, 5, 5, 5, 5],
            ["DET", "NOUN", "NOUN", "PUNCT", "DET", "NOUN"],
            "tenants union",
        ),
    ],
)
def test_an_indefinite_apposition_describes_the_speaker_named_before_its_comma(lang, words, heads, pos, expected):
    from whosaid.extract.sources import describe_speaker

    morphs = [
        "Definite=Ind|PronType=Art" if w in ("une", "a") else "Definite=Def|PronType=Art" if p == "DET" else ""
        for w, p in zip(words, pos)
    ]
    deps = ["det" if p == "DET" else "punct" if p == "PUNCT" else "case" if p == "ADP" else "dep" for p in pos]
    deps[-1] = "ROOT"
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos, heads=heads, deps=deps, morphs=morphs)
    mention = describe_speaker(list(doc), FR if lang == "fr" else EN, head=doc[len(words) - 1])
    assert mention.name == expected


@pytest.mark.parametrize(
    ("lang", "words", "ents", "expected"),
    [
        # a first name and a family name the model tagged as two places: one person
        (
            "en",
            ["Marta", "Kowalewska", "told", "Reuters"],
            [(0, 1, "GPE"), (1, 2, "GPE"), (3, 4, "ORG")],
            [("Marta Kowalewska", "PERSON"), ("Reuters", "ORG")],
        ),
        ("fr", ["Claire", "Vasseur", "a", "dit"], [(0, 1, "LOC"), (1, 2, "LOC")], [("Claire Vasseur", "PER")]),
        # two proper nouns of different types stay two names
        ("en", ["Reuters", "London", "said"], [(0, 1, "ORG"), (1, 2, "GPE")], [("Reuters", "ORG"), ("London", "GPE")]),
    ],
)
def test_two_proper_nouns_the_model_tagged_side_by_side_with_one_type_are_one_name(lang, words, ents, expected):
    from whosaid.extract.names import join_cut_names

    pos = ["PROPN" if w[:1].isupper() else "VERB" for w in words]
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


LINK_POS = {
    "de": "ADP",
    "des": "ADP",
    "for": "ADP",
    "of": "ADP",
    "pour": "ADP",
    "la": "DET",
    "the": "DET",
    "and": "CCONJ",
    "et": "CCONJ",
}


@pytest.mark.parametrize(
    ("lang", "words", "ents", "expected"),
    [
        # the model stopped the name at its first word and typed it a place: the acronym spells it all
        (
            "fr",
            ["Le", "Centre", "de", "gestion", "des", "eaux", "de", "Lyon", "(", "CGEL", ")", "a", "dit"],
            [(1, 2, "LOC"), (7, 8, "LOC")],
            [("Centre de gestion des eaux de Lyon", "ORG")],
        ),
        (
            "en",
            ["The", "Office", "for", "Budget", "Responsibility", "(", "OBR", ")", "said"],
            [(1, 2, "ORG")],
            [("Office for Budget Responsibility", "ORG")],
        ),
        # link words spelled by the acronym or skipped: "pour la" is skipped, "de" spelled
        (
            "fr",
            ["l'", "Observatoire", "congolais", "pour", "la", "transparence", "(", "OCPT", ")"],
            [(1, 3, "LOC")],
            [("Observatoire congolais pour la transparence", "ORG")],
        ),
        # a name already whole stays as the model typed it; its acronym keeps its own entity
        (
            "en",
            ["The", "Office", "for", "Budget", "Responsibility", "(", "OBR", ")"],
            [(1, 5, "ORG"), (6, 7, "ORG")],
            [("Office for Budget Responsibility", "ORG"), ("OBR", "ORG")],
        ),
        # a common phrase's acronym with no entity in it, or a lowercase phrase, names nobody
        ("fr", ["le", "produit", "intérieur", "brut", "(", "PIB", ")"], [], []),
        ("en", ["the", "Exclusive", "Economic", "Zone", "(", "EEZ", ")"], [], []),
        # letters that do not spell the words before: nothing changes
        ("en", ["The", "Office", "said", "(", "OBR", ")"], [(1, 2, "ORG")], [("Office", "ORG")]),
        # the model's organisation starts on a prefix the acronym leaves out: the name starts there too
        (
            "en",
            ["the", "UN", "Office", "for", "the", "Coordination", "of", "Humanitarian", "Affairs", "(", "OCHA", ")"],
            [(1, 3, "ORG"), (5, 9, "ORG")],
            [("UN Office for the Coordination of Humanitarian Affairs", "ORG")],
        ),
        (
            "fr",
            ["l'", "UE", "Agence", "pour", "la", "sécurité", "aérienne", "(", "ASA", ")"],
            [(1, 3, "ORG")],
            [("UE Agence pour la sécurité aérienne", "ORG")],
        ),
        # a person's name across the start is another name: nothing changes
        (
            "en",
            ["Director", "Ann", "Office", "for", "Budget", "Responsibility", "(", "OBR", ")"],
            [(1, 3, "PERSON")],
            [("Ann Office", "PERSON")],
        ),
        # an acronym written as a word, commas in the name, the model's entity starting on its article
        (
            "en",
            ["The", "Union", "of", "Shop", ",", "Distributive", "and", "Allied", "Workers", "(", "Usdaw", ")"],
            [(0, 4, "ORG"), (7, 9, "ORG")],
            [("Union of Shop , Distributive and Allied Workers", "ORG")],
        ),
        (
            "fr",
            ["la", "Fédération", "des", "entreprises", ",", "artisans", "et", "commerçants", "(", "Feac", ")"],
            [(1, 4, "ORG")],
            [("Fédération des entreprises , artisans et commerçants", "ORG")],
        ),
        # a capitalised word in parentheses that spells nothing before it: nothing changes
        (
            "en",
            ["LONDON", ",", "March", "4", "(", "Reuters", ")"],
            [(0, 1, "GPE"), (5, 6, "ORG")],
            [("LONDON", "GPE"), ("Reuters", "ORG")],
        ),
    ],
)
def test_an_acronym_in_parentheses_sets_the_extent_of_the_name_it_spells(lang, words, ents, expected):
    from whosaid.extract.names import join_cut_names

    pos = [LINK_POS.get(w.lower(), "PUNCT" if w in "()" else "PROPN" if w[:1].isupper() else "NOUN") for w in words]
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def _apposition_made_subject(lang, words, name_end, det, head_noun, verb):
    """[prep det noun , ] Name (ACR) , det noun , verb that the seuils … : the parser hung the name on the
    fronted phrase and made the indefinite apposition the subject."""
    rows = []
    lemmas = {"said": "say", "affirmait": "affirmer"}
    for i, (word, pos, dep, head) in enumerate(words):
        space = i + 1 < len(words) and words[i + 1][0] not in (",", ")", ".") and not word.endswith("'") and word != "("
        rows.append((word, space, pos, dep, head, lemmas.get(word, word.lower())))
    return make_doc(lang, rows, ents=[(name_end[0], name_end[1], "ORG")], morphs={det: "Definite=Ind", head_noun: ""})


@pytest.mark.parametrize(
    ("lang", "table", "words", "name", "expected"),
    [
        (
            "fr",
            FR,
            # Dans un rapport , l' Observatoire de l' eau ( ODE ) , une association , affirmait que les seuils
            # sont dépassés .
            [
                ("Dans", "ADP", "case", 2),
                ("un", "DET", "det", 2),
                ("rapport", "NOUN", "obl:mod", 16),
                (",", "PUNCT", "punct", 16),
                ("l'", "DET", "det", 5),
                ("Observatoire", "PROPN", "nmod", 2),
                ("de", "ADP", "case", 8),
                ("l'", "DET", "det", 8),
                ("eau", "NOUN", "nmod", 5),
                ("(", "PUNCT", "punct", 10),
                ("ODE", "PROPN", "appos", 5),
                (")", "PUNCT", "punct", 10),
                (",", "PUNCT", "punct", 14),
                ("une", "DET", "det", 14),
                ("association", "NOUN", "nsubj", 16),
                (",", "PUNCT", "punct", 16),
                ("affirmait", "VERB", "ROOT", 16),
                ("que", "SCONJ", "mark", 21),
                ("les", "DET", "det", 19),
                ("seuils", "NOUN", "nsubj", 21),
                ("sont", "AUX", "aux:pass", 21),
                ("dépassés", "VERB", "ccomp", 16),
                (".", "PUNCT", "punct", 16),
            ],
            (5, 9),
            "Observatoire de l'eau",
        ),
        (
            "en",
            EN,
            # In a report , the Council for Clean Water ( CCW ) , a charity , said that the limits were exceeded .
            [
                ("In", "ADP", "prep", 16),
                ("a", "DET", "det", 2),
                ("report", "NOUN", "pobj", 0),
                (",", "PUNCT", "punct", 16),
                ("the", "DET", "det", 5),
                ("Council", "PROPN", "appos", 2),
                ("for", "ADP", "prep", 5),
                ("Clean", "PROPN", "compound", 8),
                ("Water", "PROPN", "pobj", 6),
                ("(", "PUNCT", "punct", 10),
                ("CCW", "PROPN", "appos", 5),
                (")", "PUNCT", "punct", 10),
                (",", "PUNCT", "punct", 14),
                ("a", "DET", "det", 14),
                ("charity", "NOUN", "nsubj", 16),
                (",", "PUNCT", "punct", 16),
                ("said", "VERB", "ROOT", 16),
                ("that", "SCONJ", "mark", 21),
                ("the", "DET", "det", 19),
                ("limits", "NOUN", "nsubjpass", 21),
                ("were", "AUX", "auxpass", 21),
                ("exceeded", "VERB", "ccomp", 16),
                (".", "PUNCT", "punct", 16),
            ],
            (5, 9),
            "Council for Clean Water",
        ),
    ],
)
def test_a_name_the_parser_left_before_an_indefinite_apposition_it_made_the_subject_speaks(
    lang, table, words, name, expected
):
    doc = _apposition_made_subject(lang, words, name, 13, 14, 16)
    found = quotes_of(doc, table)
    assert len(found) == 1 and found[0][2] == expected


@pytest.mark.parametrize(
    ("lang", "table", "rows", "expected"),
    [
        (
            "fr",
            FR,
            # "Bpifrance , qui investit 15 millions , a indiqué que le projet avance ." with the subject made a
            # root of its own
            [
                ("Bpifrance", False, "PROPN", "ROOT", 0, "Bpifrance"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("qui", True, "PRON", "nsubj", 3, "qui"),
                ("investit", True, "VERB", "acl:relcl", 0, "investir"),
                ("15", True, "NUM", "nummod", 5, "15"),
                ("millions", False, "NOUN", "obj", 3, "million"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("a", True, "AUX", "aux:tense", 8, "avoir"),
                ("indiqué", True, "VERB", "ROOT", 8, "indiquer"),
                ("que", True, "SCONJ", "mark", 12, "que"),
                ("le", True, "DET", "det", 11, "le"),
                ("projet", True, "NOUN", "nsubj", 12, "projet"),
                ("avance", False, "VERB", "ccomp", 8, "avancer"),
                (".", False, "PUNCT", "punct", 8, "."),
            ],
            "Bpifrance",
        ),
        (
            "en",
            EN,
            # "Halden , which employs 300 people , said that the offer was low ." likewise
            [
                ("Halden", False, "PROPN", "ROOT", 0, "Halden"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("which", True, "PRON", "nsubj", 3, "which"),
                ("employs", True, "VERB", "relcl", 0, "employ"),
                ("300", True, "NUM", "nummod", 5, "300"),
                ("people", False, "NOUN", "dobj", 3, "people"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("said", True, "VERB", "ROOT", 7, "say"),
                ("that", True, "SCONJ", "mark", 11, "that"),
                ("the", True, "DET", "det", 10, "the"),
                ("offer", True, "NOUN", "nsubj", 11, "offer"),
                ("was", True, "AUX", "ccomp", 7, "be"),
                ("low", False, "ADJ", "acomp", 11, "low"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            "Halden",
        ),
    ],
)
def test_a_subject_the_parser_cut_off_before_its_side_clause_still_speaks(lang, table, rows, expected):
    doc = make_doc(lang, rows, ents=[(0, 1, "ORG")])
    found = quotes_of(doc, table)
    assert len(found) == 1 and found[0][2] == expected


@pytest.mark.parametrize(
    ("lang", "words", "subject"),
    [
        # the parser gave the verb two subjects, one in the dateline before the dash
        ("en", ["BOSTON", "—", "The", "court", "ruled", "that", "it", "was", "void"], "court"),
        ("fr", ["NANTES", "—", "Le", "tribunal", "a", "jugé", "que", "tout", "était", "nul"], "tribunal"),
    ],
)
def test_a_subject_cut_off_from_its_verb_by_a_dash_is_not_its_own(lang, words, subject):
    from whosaid.extract.syntax import subject_of

    verb = words.index("ruled" if lang == "en" else "jugé")
    det = words.index(subject) - 1
    heads = [verb if w in (words[0], subject) else verb for w in words]
    heads[det] = det + 1
    deps = ["nsubj" if w in (words[0], subject) else "dep" for w in words]
    deps[det], deps[verb] = "det", "ROOT"
    pos = ["PROPN" if w.isupper() else "NOUN" if w == subject else "X" for w in words]
    pos[verb] = "VERB"
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)
    table = FR if lang == "fr" else EN
    assert subject_of(doc[verb], table).text == subject


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Paul Martin lundi", "Paul Martin"),  # a word of time the model ran the name on to
        ("en", "Paul Martin yesterday", "Paul Martin"),
        ("fr", "Paul Lundi", "Paul Lundi"),  # capitalised, it is part of the name
    ],
)
def test_a_name_ends_before_a_lowercase_word_of_time(lang, text, expected):
    from whosaid.extract.name_mentions import trim_name

    start, end = trim_name(text, 0, len(text), FR if lang == "fr" else EN)
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "word", "cue"),
    [
        (  # « La situation est critique . »: an adjective after a copula
            "fr",
            [
                ("La", True, "DET", "det", 1, "le"),
                ("situation", True, "NOUN", "nsubj", 3, "situation"),
                ("est", True, "AUX", "cop", 3, "être"),
                ("critique", False, "ADJ", "ROOT", 3, "critique"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            3,
            False,
        ),
        (  # « Le maire critique le projet . »: the verb
            "fr",
            [
                ("Le", True, "DET", "det", 1, "le"),
                ("maire", True, "NOUN", "nsubj", 2, "maire"),
                ("critique", True, "VERB", "ROOT", 2, "critiquer"),
                ("le", True, "DET", "det", 4, "le"),
                ("projet", False, "NOUN", "obj", 2, "projet"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            2,
            True,
        ),
        (  # "The situation is critical ." (ClearNLP has no copula label: the adjective is no verb of saying)
            "en",
            [
                ("The", True, "DET", "det", 1, "the"),
                ("situation", True, "NOUN", "nsubj", 2, "situation"),
                ("is", True, "AUX", "ROOT", 2, "be"),
                ("critical", False, "ADJ", "acomp", 2, "critical"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            3,
            False,
        ),
        (  # "The mayor criticized the plan ."
            "en",
            [
                ("The", True, "DET", "det", 1, "the"),
                ("mayor", True, "NOUN", "nsubj", 2, "mayor"),
                ("criticized", True, "VERB", "ROOT", 2, "criticize"),
                ("the", True, "DET", "det", 4, "the"),
                ("plan", False, "NOUN", "dobj", 2, "plan"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            2,
            True,
        ),
    ],
)
def test_a_predicate_after_a_copula_is_no_cue(lang, rows, word, cue):
    """« la situation est critique »: the tagger's adjective heads its sentence, but with a copula it is
    a predicate, never the verb of saying it is spelled like."""
    from whosaid.extract.cues import is_cue_verb

    doc = make_doc(lang, rows)
    assert is_cue_verb(doc[word], FR if lang == "fr" else EN) is cue


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "speaker"),
    [
        (  # '" Parents care , " said Lena Ortiz , director of Care Ca n't Wait .' with "Wait" a clause of "said"
            "en",
            [
                ('"', False, "PUNCT", "punct", 5, '"'),
                ("Parents", True, "NOUN", "nsubj", 2, "parent"),
                ("care", False, "VERB", "ccomp", 5, "care"),
                (",", False, "PUNCT", "punct", 5, ","),
                ('"', True, "PUNCT", "punct", 5, '"'),
                ("said", True, "VERB", "ROOT", 5, "say"),
                ("Lena", True, "PROPN", "compound", 7, "Lena"),
                ("Ortiz", False, "PROPN", "nsubj", 14, "Ortiz"),
                (",", True, "PUNCT", "punct", 7, ","),
                ("director", True, "NOUN", "appos", 7, "director"),
                ("of", True, "ADP", "prep", 9, "of"),
                ("Care", True, "NOUN", "pobj", 10, "care"),
                ("Ca", False, "AUX", "aux", 14, "can"),
                ("n't", True, "PART", "neg", 14, "not"),
                ("Wait", False, "VERB", "ccomp", 5, "wait"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(6, 8, "PERSON"), (11, 15, "ORG")],
            "Lena Ortiz",
        ),
        (  # « « Les parents attendent » , a déclaré Paul Martin , directeur de On Veut Agir . » with "Agir" a clause
            "fr",
            [
                ("«", True, "PUNCT", "punct", 3, "«"),
                ("Les", True, "DET", "det", 2, "le"),
                ("parents", True, "NOUN", "nsubj", 3, "parent"),
                ("attendent", True, "VERB", "ccomp", 7, "attendre"),
                ("»", False, "PUNCT", "punct", 3, "»"),
                (",", True, "PUNCT", "punct", 7, ","),
                ("a", True, "AUX", "aux:tense", 7, "avoir"),
                ("déclaré", True, "VERB", "ROOT", 7, "déclarer"),
                ("Paul", True, "PROPN", "nsubj", 16, "Paul"),
                ("Martin", False, "PROPN", "flat:name", 8, "Martin"),
                (",", True, "PUNCT", "punct", 11, ","),
                ("directeur", True, "NOUN", "appos", 8, "directeur"),
                ("de", True, "ADP", "case", 13, "de"),
                ("On", True, "PROPN", "nmod", 11, "On"),
                ("Veut", True, "AUX", "aux", 16, "vouloir"),
                ("Agir", False, "VERB", "ccomp", 7, "agir"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            [(8, 10, "PER"), (13, 16, "ORG")],
            "Paul Martin",
        ),
    ],
)
def test_words_after_an_incise_name_who_spoke_even_parsed_as_a_clause(lang, rows, ents, speaker):
    """Right after a closing quotation mark, a cue's words to its right with no complementizer are its
    inverted subject, whatever clause the parser built of them: the quotation is the speaker's, and they
    are no quote."""
    doc = make_doc(lang, rows, ents)
    found = quotes_of(doc, FR if lang == "fr" else EN)
    assert [q[2] for q in found] == [speaker]
    assert all(speaker.split()[-1] not in q[1] for q in found)


@pytest.mark.parametrize(
    ("lang", "rows", "verb", "expected"),
    [
        (  # "LONDON - British retailer Marlowe said …" with the company hung on the dateline's place
            "en",
            [
                ("LONDON", True, "PROPN", "nsubj", 5, "LONDON"),
                ("-", True, "PUNCT", "punct", 0, "-"),
                ("British", True, "ADJ", "amod", 3, "british"),
                ("retailer", True, "NOUN", "compound", 4, "retailer"),
                ("Marlowe", True, "PROPN", "conj", 0, "Marlowe"),
                ("said", True, "VERB", "ROOT", 5, "say"),
                ("it", True, "PRON", "nsubj", 7, "it"),
                ("closes", False, "VERB", "ccomp", 5, "close"),
            ],
            5,
            "Marlowe",
        ),
        (  # « PARIS - Le syndicat a dénoncé … » with the union hung on the place
            "fr",
            [
                ("PARIS", True, "PROPN", "nsubj", 5, "PARIS"),
                ("-", True, "PUNCT", "punct", 0, "-"),
                ("Le", True, "DET", "det", 3, "le"),
                ("syndicat", True, "NOUN", "conj", 0, "syndicat"),
                ("a", True, "AUX", "aux:tense", 5, "avoir"),
                ("dénoncé", True, "VERB", "ROOT", 5, "dénoncer"),
                ("la", True, "DET", "det", 7, "le"),
                ("décision", False, "NOUN", "obj", 5, "décision"),
            ],
            5,
            "syndicat",
        ),
        (  # a hyphen inside a name is no dash: "Jean-Pierre Martin said"
            "en",
            [
                ("Jean", False, "PROPN", "nsubj", 4, "Jean"),
                ("-", False, "PUNCT", "punct", 0, "-"),
                ("Pierre", True, "PROPN", "flat", 0, "Pierre"),
                ("Martin", True, "PROPN", "flat", 0, "Martin"),
                ("said", False, "VERB", "ROOT", 4, "say"),
            ],
            4,
            "Jean",
        ),
    ],
)
def test_a_subject_cut_off_by_a_dash_gives_way_to_the_phrase_after_it(lang, rows, verb, expected):
    from whosaid.extract.syntax import subject_of

    doc = make_doc(lang, rows)
    assert subject_of(doc[verb], FR if lang == "fr" else EN).text == expected


AFTER_A_COMMA = {
    # "Her rival, Ann Lebrun, accused ministers of "passing the buck" ." as the English parser read it
    "en": [
        ("Her", True, "DET", "poss", 1, "her"),
        ("rival", False, "NOUN", "ROOT", 1, "rival"),
        (",", True, "PUNCT", "punct", 1, ","),
        ("Ann", True, "PROPN", "compound", 4, "Ann"),
        ("Lebrun", False, "PROPN", "appos", 1, "Lebrun"),
        (",", True, "PUNCT", "punct", 4, ","),
        ("accused", True, "VERB", "amod", 7, "accuse"),
        ("ministers", True, "NOUN", "appos", 4, "minister"),
        ("of", True, "ADP", "prep", 7, "of"),
        ('"', False, "PUNCT", "punct", 10, '"'),
        ("passing", True, "VERB", "pcomp", 8, "pass"),
        ("the", True, "DET", "det", 12, "the"),
        ("buck", False, "NOUN", "dobj", 10, "buck"),
        ('"', False, "PUNCT", "punct", 10, '"'),
        (".", False, "PUNCT", "punct", 1, "."),
    ],
    # « Sa rivale, Ann Lebrun, accusé les ministres de « se défausser » . » read the same way
    "fr": [
        ("Sa", True, "DET", "det", 1, "son"),
        ("rivale", False, "NOUN", "ROOT", 1, "rival"),
        (",", True, "PUNCT", "punct", 1, ","),
        ("Ann", True, "PROPN", "appos", 1, "Ann"),
        ("Lebrun", False, "PROPN", "flat:name", 3, "Lebrun"),
        (",", True, "PUNCT", "punct", 3, ","),
        ("accusé", True, "VERB", "amod", 8, "accuser"),
        ("les", True, "DET", "det", 8, "le"),
        ("ministres", True, "NOUN", "appos", 3, "ministre"),
        ("de", True, "ADP", "case", 12, "de"),
        ("«", True, "PUNCT", "punct", 12, "«"),
        ("se", True, "PRON", "expl:comp", 12, "se"),
        ("défausser", True, "VERB", "acl", 8, "défausser"),
        ("»", False, "PUNCT", "punct", 12, "»"),
        (".", False, "PUNCT", "punct", 1, "."),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_that_end_on_a_preposition_are_no_inverted_subject(lang):
    """The parser made the cue an adjective of its object after a comma, so it looks like an incise. With
    no quotation before the cue, words after it that end on a preposition ("ministers of") run on into
    what was said: no inverted subject; the person before the cue speaks."""
    doc = make_doc(lang, AFTER_A_COMMA[lang], ents=[(3, 5, "PERSON" if lang == "en" else "PER")])
    found = quotes_of(doc, EN if lang == "en" else FR)
    assert found and found[0][2] == "Ann Lebrun"


def test_a_clause_without_that_read_as_an_object_is_what_was_said():
    """ "Prosecutors said Pruitt steered city contracts to firms ." as the English parser read it: "steered"
    an adjective of "contracts", the object of "said", with "Pruitt" its subject. An object that opens with
    a subject of its own is a clause reported without "that"; an ordinary object is no quote."""
    rows = [
        ("Prosecutors", True, "NOUN", "nsubj", 1, "prosecutor"),
        ("said", True, "VERB", "ROOT", 1, "say"),
        ("Pruitt", True, "PROPN", "nsubj", 3, "Pruitt"),
        ("steered", True, "ADJ", "amod", 5, "steered"),
        ("city", True, "NOUN", "compound", 5, "city"),
        ("contracts", True, "NOUN", "dobj", 1, "contract"),
        ("to", True, "ADP", "prep", 5, "to"),
        ("firms", False, "NOUN", "pobj", 6, "firm"),
        (".", False, "PUNCT", "punct", 1, "."),
    ]
    found = quotes_of(make_doc("en", rows, ents=[(2, 3, "PERSON")]), EN)
    assert [(kind, text) for kind, text, _, _ in found] == [("indirect", "Pruitt steered city contracts to firms")]
    plain = [row if i != 2 else ("new", True, "ADJ", "amod", 5, "new") for i, row in enumerate(rows)]
    assert quotes_of(make_doc("en", plain), EN) == []


@pytest.mark.parametrize(
    ("lang", "table", "rows", "ents", "expected"),
    [
        (
            # "Secretary of State Adrian Fontes said ." with "State Adrian Fontes" typed one organisation
            "en",
            EN,
            [
                ("Secretary", True, "PROPN", "nmod", 4, "Secretary"),
                ("of", True, "ADP", "prep", 0, "of"),
                ("State", True, "PROPN", "pobj", 1, "State"),
                ("Adrian", True, "PROPN", "compound", 4, "Adrian"),
                ("Fontes", True, "PROPN", "nsubj", 5, "Fontes"),
                ("said", False, "VERB", "ROOT", 5, "say"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(2, 5, "ORG")],
            [("State", "ORG"), ("Adrian Fontes", "PERSON")],
        ),
        (
            # "le ministre de l'Intérieur Paul Morel a dit ." with "Intérieur Paul Morel" typed one organisation
            "fr",
            FR,
            [
                ("le", True, "DET", "det", 1, "le"),
                ("ministre", True, "NOUN", "nsubj", 7, "ministre"),
                ("de", True, "ADP", "case", 3, "de"),
                ("Intérieur", True, "PROPN", "nmod", 1, "Intérieur"),
                ("Paul", True, "PROPN", "appos", 1, "Paul"),
                ("Morel", True, "PROPN", "flat:name", 4, "Morel"),
                ("a", True, "AUX", "aux:tense", 7, "avoir"),
                ("dit", False, "VERB", "ROOT", 7, "dire"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            [(3, 6, "ORG")],
            [("Intérieur", "ORG"), ("Paul Morel", "PER")],
        ),
    ],
)
def test_a_name_inside_an_organisation_that_completes_a_title_is_a_person(lang, table, rows, ents, expected):
    from whosaid.extract.names import join_cut_names
    from whosaid.extract.syntax import extraction_context

    doc = make_doc(lang, rows, ents=ents)
    with extraction_context(doc):
        join_cut_names(doc, table)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "table", "rows", "ents"),
    [
        (
            # '"Yes," Fontes told The Associated Press .' typed one work of art
            "en",
            EN,
            [
                ("Fontes", True, "PROPN", "nsubj", 1, "Fontes"),
                ("told", True, "VERB", "ROOT", 1, "tell"),
                ("The", True, "DET", "det", 4, "the"),
                ("Associated", True, "PROPN", "compound", 4, "Associated"),
                ("Press", False, "PROPN", "dobj", 1, "Press"),
                (".", False, "PUNCT", "punct", 1, "."),
            ],
            [(0, 5, "WORK_OF_ART")],
        ),
        (
            # "Morel affirme au Monde ." typed one MISC
            "fr",
            FR,
            [
                ("Morel", True, "PROPN", "nsubj", 1, "Morel"),
                ("affirme", True, "VERB", "ROOT", 1, "affirmer"),
                ("au", True, "ADP", "case", 3, "au"),
                ("Monde", False, "PROPN", "obl:arg", 1, "Monde"),
                (".", False, "PUNCT", "punct", 1, "."),
            ],
            [(0, 4, "MISC")],
        ),
    ],
)
def test_an_entity_that_holds_a_verb_and_its_subject_is_no_name(lang, table, rows, ents):
    from whosaid.extract.names import join_cut_names
    from whosaid.extract.syntax import extraction_context

    doc = make_doc(lang, rows, ents=ents)
    doc[1].set_morph("VerbForm=Fin")
    with extraction_context(doc):
        join_cut_names(doc, table)
    assert list(doc.ents) == []


def test_a_que_clause_the_parser_read_as_an_object_runs_on_past_the_noun_fr():
    # "Roux a assuré que « toutes les garanties » seraient apportées ." with "garanties" the object of
    # "assuré" and "apportées" the root
    doc = make_doc(
        "fr",
        [
            ("Roux", True, "PROPN", "nsubj", 2, "Roux"),
            ("a", True, "AUX", "aux:tense", 2, "avoir"),
            ("assuré", True, "VERB", "advcl", 10, "assurer"),
            ("que", True, "SCONJ", "mark", 7, "que"),
            ("«", True, "PUNCT", "punct", 7, "«"),
            ("toutes", True, "ADJ", "amod", 7, "tout"),
            ("les", True, "DET", "det", 7, "le"),
            ("garanties", True, "NOUN", "obj", 2, "garantie"),
            ("»", True, "PUNCT", "punct", 2, "»"),
            ("seraient", True, "AUX", "aux:pass", 10, "être"),
            ("apportées", False, "VERB", "ROOT", 10, "apporter"),
            (".", False, "PUNCT", "punct", 10, "."),
        ],
        ents=[(0, 1, "PER")],
    )
    assert quotes_of(doc, FR) == [("mixed", "« toutes les garanties » seraient apportées", "Roux", "clause")]


def test_a_that_clause_the_parser_read_as_an_object_runs_on_past_the_noun_en():
    # 'Roux said that "all the guarantees" would be given .' with "guarantees" the object of "said"
    doc = make_doc(
        "en",
        [
            ("Roux", True, "PROPN", "nsubj", 1, "Roux"),
            ("said", True, "VERB", "ROOT", 1, "say"),
            ("that", True, "SCONJ", "mark", 6, "that"),
            ('"', False, "PUNCT", "punct", 6, '"'),
            ("all", True, "DET", "predet", 6, "all"),
            ("the", True, "DET", "det", 6, "the"),
            ("guarantees", False, "NOUN", "dobj", 1, "guarantee"),
            ('"', True, "PUNCT", "punct", 6, '"'),
            ("would", True, "AUX", "aux", 10, "would"),
            ("be", True, "AUX", "auxpass", 10, "be"),
            ("given", False, "VERB", "conj", 1, "give"),
            (".", False, "PUNCT", "punct", 1, "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert quotes_of(doc, EN) == [("mixed", '"all the guarantees" would be given', "Roux", "clause")]


@pytest.mark.parametrize(
    ("lang", "table", "rows", "ents", "expected"),
    [
        (
            # '« Je nie tout », le quadragénaire a affirmé aux juges .' with the cue read as a participle of
            # the noun
            "fr",
            FR,
            [
                ("«", True, "PUNCT", "punct", 2, "«"),
                ("Je", True, "PRON", "nsubj", 2, "je"),
                ("nie", True, "VERB", "ROOT", 2, "nier"),
                ("tout", True, "PRON", "obj", 2, "tout"),
                ("»", False, "PUNCT", "punct", 2, "»"),
                (",", True, "PUNCT", "punct", 2, ","),
                ("le", True, "DET", "det", 7, "le"),
                ("quadragénaire", True, "NOUN", "appos", 2, "quadragénaire"),
                ("a", True, "AUX", "aux:tense", 9, "avoir"),
                ("affirmé", True, "VERB", "acl", 7, "affirmer"),
                ("aux", True, "ADP", "case", 11, "à"),
                ("juges", False, "NOUN", "obl:arg", 9, "juge"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            [],
            "quadragénaire",
        ),
        (
            # '" I did nothing , " the veteran told reporters .' with "told" an adjective of "reporters"
            "en",
            EN,
            [
                ('"', False, "PUNCT", "punct", 2, '"'),
                ("I", True, "PRON", "nsubj", 2, "I"),
                ("did", True, "VERB", "ROOT", 2, "do"),
                ("nothing", False, "PRON", "dobj", 2, "nothing"),
                (",", False, "PUNCT", "punct", 2, ","),
                ('"', True, "PUNCT", "punct", 2, '"'),
                ("the", True, "DET", "det", 7, "the"),
                ("veteran", True, "NOUN", "nsubj", 2, "veteran"),
                ("told", True, "VERB", "amod", 9, "tell"),
                ("reporters", False, "NOUN", "dobj", 2, "reporter"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            [],
            "veteran",
        ),
    ],
)
def test_a_phrase_between_a_closing_mark_and_a_subjectless_cue_is_its_subject(lang, table, rows, ents, expected):
    speakers = [speaker for _, _, speaker, _ in quotes_of(make_doc(lang, rows, ents=ents), table)]
    assert expected in speakers


@pytest.mark.parametrize(
    ("lang", "rows", "speaker"),
    [
        (
            # "De son côté , l' agence dit que le site rouvrira ." with « De son côté » hung on the subject
            "fr",
            [
                ("De", True, "ADP", "case", 2, "de"),
                ("son", True, "DET", "det", 2, "son"),
                ("côté", False, "NOUN", "obl:mod", 5, "côté"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("l'", False, "DET", "det", 5, "le"),
                ("agence", True, "NOUN", "nsubj", 6, "agence"),
                ("dit", True, "VERB", "ROOT", 6, "dire"),
                ("que", True, "SCONJ", "mark", 10, "que"),
                ("le", True, "DET", "det", 9, "le"),
                ("site", True, "NOUN", "nsubj", 10, "site"),
                ("rouvrira", False, "VERB", "ccomp", 6, "rouvrir"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            "agence",
        ),
        (
            # "For its part , the agency said the site would reopen ." with "For its part" hung on the subject
            "en",
            [
                ("For", True, "ADP", "prep", 5, "for"),
                ("its", True, "PRON", "poss", 2, "its"),
                ("part", False, "NOUN", "pobj", 0, "part"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("the", True, "DET", "det", 5, "the"),
                ("agency", True, "NOUN", "nsubj", 6, "agency"),
                ("said", True, "VERB", "ROOT", 6, "say"),
                ("the", True, "DET", "det", 8, "the"),
                ("site", True, "NOUN", "nsubj", 10, "site"),
                ("would", True, "AUX", "aux", 10, "would"),
                ("reopen", False, "VERB", "ccomp", 6, "reopen"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            "agency",
        ),
    ],
)
def test_a_fronted_phrase_hung_on_the_subject_is_no_part_of_the_speaker(lang, rows, speaker):
    table = FR if lang == "fr" else EN
    assert [q[2] for q in quotes_of(make_doc(lang, rows), table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "speaker"),
    [
        (
            # "Le président de la N-VA , Bart De Wever , a dit que …" with « président de la N-VA » typed PER
            "fr",
            [
                ("Le", True, "DET", "det", 1, "le"),
                ("président", True, "NOUN", "nsubj", 11, "président"),
                ("de", True, "ADP", "case", 4, "de"),
                ("la", True, "DET", "det", 4, "le"),
                ("N-VA", False, "PROPN", "nmod", 1, "N-VA"),
                (",", True, "PUNCT", "punct", 6, ","),
                ("Bart", True, "PROPN", "appos", 1, "Bart"),
                ("De", True, "PROPN", "flat:name", 6, "De"),
                ("Wever", False, "PROPN", "flat:name", 6, "Wever"),
                (",", True, "PUNCT", "punct", 6, ","),
                ("a", True, "AUX", "aux:tense", 11, "avoir"),
                ("dit", True, "VERB", "ROOT", 11, "dire"),
                ("que", True, "SCONJ", "mark", 15, "que"),
                ("le", True, "DET", "det", 14, "le"),
                ("parti", True, "NOUN", "nsubj", 15, "parti"),
                ("attendra", False, "VERB", "ccomp", 11, "attendre"),
                (".", False, "PUNCT", "punct", 11, "."),
            ],
            [(1, 5, "PER"), (6, 9, "PER")],
            "Bart De Wever",
        ),
        (
            # "The director of the FBI , Kash Patel , said the bureau would wait ." with the title typed PERSON
            "en",
            [
                ("The", True, "DET", "det", 1, "the"),
                ("director", True, "NOUN", "nsubj", 10, "director"),
                ("of", True, "ADP", "prep", 1, "of"),
                ("the", True, "DET", "det", 4, "the"),
                ("FBI", False, "PROPN", "pobj", 2, "FBI"),
                (",", True, "PUNCT", "punct", 1, ","),
                ("Kash", True, "PROPN", "compound", 7, "Kash"),
                ("Patel", False, "PROPN", "appos", 1, "Patel"),
                (",", True, "PUNCT", "punct", 1, ","),
                ("has", True, "AUX", "aux", 10, "have"),
                ("said", True, "VERB", "ROOT", 10, "say"),
                ("the", True, "DET", "det", 12, "the"),
                ("bureau", True, "NOUN", "nsubj", 14, "bureau"),
                ("would", True, "AUX", "aux", 14, "would"),
                ("wait", False, "VERB", "ccomp", 10, "wait"),
                (".", False, "PUNCT", "punct", 10, "."),
            ],
            [(1, 5, "PERSON"), (6, 8, "PERSON")],
            "Kash Patel",
        ),
    ],
)
def test_a_title_and_the_body_it_is_of_typed_a_person_is_no_name(lang, rows, ents, speaker):
    """« président de la N-VA » typed a person spoke as "de la N-VA"; the words after "de la"/"of the" are a
    body (`org_evidence.body_after_title`) and the apposed name speaks; « président de Gaulle » keeps its name."""
    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=ents)
    assert [q[2] for q in quotes_of(doc, table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows", "speaker"),
    [
        (
            # "Dans un communiqué , le gouvernement dit que les écoles rouvriront ." with « communiqué » made
            # the subject and « gouvernement » its apposition
            "fr",
            [
                ("Dans", True, "ADP", "case", 2, "dans"),
                ("un", True, "DET", "det", 2, "un"),
                ("communiqué", False, "NOUN", "nsubj", 6, "communiqué"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("le", True, "DET", "det", 5, "le"),
                ("gouvernement", True, "NOUN", "appos", 2, "gouvernement"),
                ("dit", True, "VERB", "ROOT", 6, "dire"),
                ("que", True, "SCONJ", "mark", 10, "que"),
                ("les", True, "DET", "det", 9, "le"),
                ("écoles", True, "NOUN", "nsubj", 10, "école"),
                ("rouvriront", False, "VERB", "ccomp", 6, "rouvrir"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            "gouvernement",
        ),
        (
            # "In a statement , the government said the schools would reopen ." with the same misparse
            "en",
            [
                ("In", True, "ADP", "case", 2, "in"),
                ("a", True, "DET", "det", 2, "a"),
                ("statement", False, "NOUN", "nsubj", 6, "statement"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("the", True, "DET", "det", 5, "the"),
                ("government", True, "NOUN", "appos", 2, "government"),
                ("said", True, "VERB", "ROOT", 6, "say"),
                ("the", True, "DET", "det", 8, "the"),
                ("schools", True, "NOUN", "nsubj", 10, "school"),
                ("would", True, "AUX", "aux", 10, "would"),
                ("reopen", False, "VERB", "ccomp", 6, "reopen"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            "government",
        ),
    ],
)
def test_a_noun_with_a_preposition_of_its_own_is_no_subject(lang, rows, speaker):
    """The parser made « Dans un communiqué signé de son porte-parole » the subject of « le gouvernement
    provincial invite … » (`syntax._after_fronted`: the phrase after the comma speaks)."""
    table = FR if lang == "fr" else EN
    assert [q[2] for q in quotes_of(make_doc(lang, rows), table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "expected"),
    [
        (
            "en",
            [
                ("said", True, "VERB", "ROOT", 0, "say"),
                ("Borja", True, "PROPN", "compound", 4, "Borja"),
                ("del", True, "PROPN", "compound", 4, "del"),
                ("Pozo", True, "PROPN", "compound", 4, "Pozo"),
                ("Cruz", False, "PROPN", "nsubj", 0, "Cruz"),
                (".", False, "PUNCT", "punct", 0, "."),
            ],
            [(1, 2, "PERSON")],
            "Borja del Pozo Cruz",
        ),
        (
            "fr",
            [
                ("explique", True, "VERB", "ROOT", 0, "expliquer"),
                ("Ana", True, "PROPN", "nsubj", 0, "Ana"),
                ("de", True, "PROPN", "flat:name", 1, "de"),
                ("la", True, "PROPN", "flat:name", 1, "la"),
                ("Torre", False, "PROPN", "flat:name", 1, "Torre"),
                (".", False, "PUNCT", "punct", 0, "."),
            ],
            [(1, 2, "PER")],
            "Ana de la Torre",
        ),
        (
            "en",
            [
                ("said", True, "VERB", "ROOT", 0, "say"),
                ("Biden", True, "PROPN", "compound", 2, "Biden"),
                ("Administration", False, "PROPN", "nsubj", 0, "Administration"),
                (".", False, "PUNCT", "punct", 0, "."),
            ],
            [(1, 2, "PERSON")],
            "Biden",  # an organisation noun ends a person's name
        ),
    ],
)
def test_a_persons_name_runs_on_over_the_proper_nouns_the_parser_chained_into_it(lang, rows, ents, expected):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, ents)
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [e.text for e in doc.ents][0] == expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "expected"),
    [
        (
            ["The", "Alzheimer", "'s", "Association", "said"],
            ["DET", "PROPN", "PART", "PROPN", "VERB"],
            [(3, 4, "ORG")],
            [("Alzheimer's Association", "ORG")],
        ),
        # a name of its own owns the body: two names
        (
            ["Google", "'s", "Foundation", "said"],
            ["PROPN", "PART", "PROPN", "VERB"],
            [(0, 1, "ORG"), (2, 3, "ORG")],
            [("Google", "ORG"), ("Foundation", "ORG")],
        ),
        # a body with a name of its own keeps its extent
        (
            ["Acme", "'s", "Smith", "Foundation", "said"],
            ["PROPN", "PART", "PROPN", "PROPN", "VERB"],
            [(2, 4, "ORG")],
            [("Smith Foundation", "ORG")],
        ),
    ],
)
def test_a_bare_body_noun_takes_the_untyped_name_that_possesses_it(words, pos, ents, expected):
    # English only: the rule reads the table's `possessive_suffixes` (French has none)
    from whosaid.extract.names import join_cut_names

    spaces = [k + 1 < len(words) and words[k + 1] != "'s" for k in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    join_cut_names(doc, EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "words", "label", "expected"),
    [
        ("en", ["Prince", "Abdulaziz", "bin", "Salman", "said"], "PERSON", "Prince Abdulaziz bin Salman"),
        ("fr", ["Abdelaziz", "ben", "Salmane", "a", "dit"], "PER", "Abdelaziz ben Salmane"),
    ],
)
def test_two_names_side_by_side_join_over_a_lowercase_particle(lang, words, label, expected):
    from whosaid.extract.names import join_cut_names

    pos = ["PROPN"] * (len(words) - (1 if lang == "en" else 2)) + (["VERB"] if lang == "en" else ["AUX", "VERB"])
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=pos)
    cut = 2 if lang == "en" else 1
    last = len(words) - (1 if lang == "en" else 2)
    doc.ents = [Span(doc, 0, cut, label=label), Span(doc, cut, last, label=label)]
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [e.text for e in doc.ents] == [expected]


@pytest.mark.parametrize(
    ("lang", "rows", "label", "expected"),
    [
        (
            "en",
            [
                ("Chair", True, "PROPN", "compound", 2, "Chair"),
                ("Jerome", True, "PROPN", "compound", 2, "Jerome"),
                ("Powell", True, "PROPN", "nsubj", 3, "Powell"),
                ("said", False, "VERB", "ROOT", 3, "say"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            "WORK_OF_ART",
            [("Jerome Powell", "PERSON")],
        ),
        (
            "fr",
            [
                ("Hélène", True, "PROPN", "nsubj", 2, "Hélène"),
                ("Marchetti", True, "PROPN", "flat:name", 0, "Marchetti"),
                ("déclare", False, "VERB", "ROOT", 2, "déclarer"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            "MISC",
            [("Hélène Marchetti", "PER")],
        ),
        # a work's title that says nothing stays a work
        (
            "en",
            [
                ("Jerome", True, "PROPN", "compound", 1, "Jerome"),
                ("Powell", True, "PROPN", "nsubj", 2, "Powell"),
                ("sold", False, "VERB", "ROOT", 2, "sell"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            "WORK_OF_ART",
            [("Jerome Powell", "WORK_OF_ART")],
        ),
    ],
)
def test_proper_nouns_typed_a_work_that_speak_with_a_first_name_are_a_person(lang, rows, label, expected):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, [(0, 3 if lang == "en" and rows[0][0] == "Chair" else 2, label)])
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        # "l'ambassadeur adjoint , Dmitri Polianski , a protesté": the name typed an organisation
        (
            "fr",
            [
                ("l'", False, "DET", "det", 1, "le"),
                ("ambassadeur", True, "NOUN", "nsubj", 7, "ambassadeur"),
                ("adjoint", False, "ADJ", "amod", 1, "adjoint"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("Dmitri", True, "PROPN", "flat:name", 5, "Dmitri"),
                ("Polianski", False, "PROPN", "appos", 1, "Polianski"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("protesté", False, "VERB", "ROOT", 7, "protester"),
            ],
            [(4, 6, "ORG")],
        ),
        # "the deputy envoy , Dmitry Polyanskiy , objected": typed an organisation
        (
            "en",
            [
                ("the", True, "DET", "det", 2, "the"),
                ("deputy", True, "NOUN", "compound", 2, "deputy"),
                ("ambassador", False, "NOUN", "nsubj", 7, "ambassador"),
                (",", True, "PUNCT", "punct", 2, ","),
                ("Dmitry", True, "PROPN", "compound", 5, "Dmitry"),
                ("Polyanskiy", False, "PROPN", "appos", 2, "Polyanskiy"),
                (",", True, "PUNCT", "punct", 2, ","),
                ("objected", False, "VERB", "ROOT", 7, "object"),
            ],
            [(4, 6, "ORG")],
        ),
    ],
)
def test_a_name_opening_with_a_first_name_apposed_to_a_person_noun_is_a_person(lang, rows, ents):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, ents)
    table = FR if lang == "fr" else EN
    join_cut_names(doc, table)
    assert [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents] == [(doc[4:6].text, "PERSON")]


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        # "a expliqué à franceinfo Fabien Villedieu" typed one organisation
        (
            "fr",
            [
                ("a", True, "AUX", "aux:tense", 1, "avoir"),
                ("expliqué", True, "VERB", "ROOT", 1, "expliquer"),
                ("à", True, "ADP", "case", 3, "à"),
                ("franceinfo", True, "PROPN", "obl:mod", 1, "franceinfo"),
                ("Fabien", True, "PROPN", "nsubj", 1, "Fabien"),
                ("Villedieu", False, "PROPN", "flat:name", 4, "Villedieu"),
            ],
        ),
        # "told newsradio Fabien Villedieu" typed one organisation
        (
            "en",
            [
                ("explained", True, "VERB", "ROOT", 0, "explain"),
                ("to", True, "ADP", "prep", 0, "to"),
                ("newsradio", True, "PROPN", "pobj", 1, "newsradio"),
                ("Fabien", True, "PROPN", "compound", 4, "Fabien"),
                ("Villedieu", False, "PROPN", "nsubj", 0, "Villedieu"),
            ],
        ),
    ],
)
def test_a_name_after_a_word_that_hangs_outside_the_entity_is_a_person_of_its_own(lang, rows):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, [(len(rows) - 3, len(rows), "ORG")])
    table = FR if lang == "fr" else EN
    join_cut_names(doc, table)
    assert [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents] == [
        (doc[len(rows) - 3].text, "ORG"),
        ("Fabien Villedieu", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        (
            "fr",
            [
                ("Emmaüs", True, "PROPN", "flat:name", 1, "Emmaüs"),
                ("France", False, "PROPN", "nsubj", 3, "France"),
                ("a", True, "AUX", "aux:tense", 3, "avoir"),
                ("alerté", False, "VERB", "ROOT", 3, "alerter"),
            ],
            [(1, 2, "LOC")],
        ),
        (
            "en",
            [
                ("Age", True, "PROPN", "compound", 1, "Age"),
                ("UK", True, "PROPN", "nsubj", 2, "UK"),
                ("warned", False, "VERB", "ROOT", 2, "warn"),
            ],
            [(1, 2, "GPE")],
        ),
    ],
)
def test_a_proper_noun_compounded_with_a_place_names_an_organisation(lang, rows, ents):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, ents)
    table = FR if lang == "fr" else EN
    join_cut_names(doc, table)
    assert [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents] == [(doc[0:2].text, "ORG")]


INVERTED_SUBJECT_THEN_VERB_PHRASE = {
    # « « Nous partons » , a salué la maire à propos de Lyon . »: the parser made the inverted subject an
    # object and hung « propos » on the verb
    "fr": (
        [
            ("«", True, "PUNCT", "punct", 2, "«"),
            ("Nous", True, "PRON", "nsubj", 2, "nous"),
            ("partons", True, "VERB", "obj", 6, "partir"),
            ("»", False, "PUNCT", "punct", 2, "»"),
            (",", True, "PUNCT", "punct", 6, ","),
            ("a", True, "AUX", "aux:tense", 6, "avoir"),
            ("salué", True, "VERB", "ROOT", 6, "saluer"),
            ("la", True, "DET", "det", 8, "le"),
            ("maire", True, "NOUN", "obj", 6, "maire"),
            ("à", True, "ADP", "case", 10, "à"),
            ("propos", True, "NOUN", "obl:mod", 6, "propos"),
            ("de", True, "ADP", "case", 12, "de"),
            ("Lyon", False, "PROPN", "nmod", 10, "Lyon"),
            (".", False, "PUNCT", "punct", 6, "."),
        ],
        [(12, 13, "LOC")],
        "maire",
    ),
    # '" We leave , " said the mayor about the vote .': the parser left the verb without a subject
    "en": (
        [
            ('"', False, "PUNCT", "punct", 5, '"'),
            ("We", True, "PRON", "nsubj", 2, "we"),
            ("leave", False, "VERB", "ccomp", 5, "leave"),
            (",", False, "PUNCT", "punct", 5, ","),
            ('"', True, "PUNCT", "punct", 5, '"'),
            ("said", True, "VERB", "ROOT", 5, "say"),
            ("the", True, "DET", "det", 7, "the"),
            ("mayor", True, "NOUN", "dobj", 5, "mayor"),
            ("about", True, "ADP", "prep", 5, "about"),
            ("the", True, "DET", "det", 10, "the"),
            ("vote", False, "NOUN", "pobj", 8, "vote"),
            (".", False, "PUNCT", "punct", 5, "."),
        ],
        [],
        "mayor",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_inverted_subject_ends_where_a_phrase_of_the_verb_begins(lang):
    rows, ents, speaker = INVERTED_SUBJECT_THEN_VERB_PHRASE[lang]
    found = quotes_of(make_doc(lang, rows, ents), FR if lang == "fr" else EN)
    assert [(kind, name) for kind, _, name, _ in found] == [("direct", speaker)]


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        # « la ministre , Élaine Duranceau , a déclaré »: the name untyped
        (
            "fr",
            [
                ("la", True, "DET", "det", 1, "le"),
                ("ministre", False, "NOUN", "nsubj", 7, "ministre"),
                (",", True, "PUNCT", "punct", 3, ","),
                ("Élaine", True, "PROPN", "appos", 1, "Élaine"),
                ("Duranceau", False, "PROPN", "flat:name", 3, "Duranceau"),
                (",", True, "PUNCT", "punct", 3, ","),
                ("a", True, "AUX", "aux:tense", 7, "avoir"),
                ("déclaré", False, "VERB", "ROOT", 7, "déclarer"),
            ],
            [],
        ),
        # "the housing minister , France-Élaine Duranceau , said": "France" typed a place, the rest untyped
        (
            "en",
            [
                ("the", True, "DET", "det", 1, "the"),
                ("minister", False, "NOUN", "nsubj", 8, "minister"),
                (",", True, "PUNCT", "punct", 1, ","),
                ("France", False, "PROPN", "compound", 6, "France"),
                ("-", False, "PUNCT", "punct", 6, "-"),
                ("Élaine", True, "PROPN", "compound", 6, "Élaine"),
                ("Duranceau", False, "PROPN", "appos", 1, "Duranceau"),
                (",", True, "PUNCT", "punct", 1, ","),
                ("said", False, "VERB", "ROOT", 8, "say"),
            ],
            [(3, 4, "GPE")],
        ),
    ],
)
def test_an_untyped_name_with_a_first_name_apposed_to_a_person_noun_is_a_person(lang, rows, ents):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, ents)
    table = FR if lang == "fr" else EN
    join_cut_names(doc, table)
    named = [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents]
    assert named == [("Élaine Duranceau" if lang == "fr" else "France-Élaine Duranceau", "PERSON")]


@pytest.mark.parametrize(
    ("verb", "aux", "person"),
    [
        (("missed", "VBD", "Tense=Past|VerbForm=Fin"), None, True),  # "Erling Haaland, who missed"
        (("won", "VBN", "Tense=Past|VerbForm=Part"), ("have", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin"), False),
    ],
)
def test_a_name_that_who_takes_up_in_the_singular_is_a_person(verb, aux, person):
    # "Erling Haaland , who missed a penalty , apologised" typed an organisation; "Leeds United , who have
    # won" is a team (the verb in the plural); French has no relative pronoun for people only (« qui »)
    from whosaid.extract.names import join_cut_names

    rows = [
        ("Erling", True, "PROPN", "compound", 1, "Erling"),
        ("Haaland", False, "PROPN", "nsubj", 7, "Haaland"),
        (",", True, "PUNCT", "punct", 1, ","),
        ("who", True, "PRON", "nsubj", 5, "who"),
    ]
    if aux is not None:
        rows.append((aux[0], True, "AUX", "aux", 5, aux[0]))
    else:
        rows.append(("just", True, "ADV", "advmod", 5, "just"))
    rows += [
        (verb[0], False, "VERB", "relcl", 1, verb[0]),
        (",", True, "PUNCT", "punct", 1, ","),
        ("apologised", False, "VERB", "ROOT", 7, "apologise"),
    ]
    morphs = {5: verb[2]} | ({4: aux[2]} if aux is not None else {})
    doc = make_doc("en", rows, [(0, 2, "ORG")], morphs)
    join_cut_names(doc, EN)
    assert [(e.text, EN.entity_labels.get(e.label_)) for e in doc.ents] == [
        ("Erling Haaland", "PERSON" if person else "ORG")
    ]
    french = make_doc("fr", [(w, sp, pos, dep, h, lem) for w, sp, pos, dep, h, lem in rows], [(0, 2, "ORG")])
    join_cut_names(french, FR)
    assert [FR.entity_labels.get(e.label_) for e in french.ents] == ["ORG"]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "expected"),
    [
        # « la Chambre genevoise immobilière a dénoncé »: "Chambre genevoise" typed a place
        (
            "fr",
            [
                ("la", True, "DET", "det", 1, "le"),
                ("Chambre", True, "NOUN", "nsubj", 5, "chambre"),
                ("genevoise", True, "ADJ", "amod", 1, "genevois"),
                ("immobilière", True, "ADJ", "amod", 1, "immobilier"),
                ("a", True, "AUX", "aux:tense", 5, "avoir"),
                ("dénoncé", False, "VERB", "ROOT", 5, "dénoncer"),
            ],
            [(1, 3, "LOC")],
            "Chambre genevoise immobilière",
        ),
        # "the Regional Agency said": typed a place
        (
            "en",
            [
                ("the", True, "DET", "det", 2, "the"),
                ("Regional", True, "PROPN", "compound", 2, "Regional"),
                ("Agency", True, "PROPN", "nsubj", 3, "Agency"),
                ("said", False, "VERB", "ROOT", 3, "say"),
            ],
            [(1, 3, "GPE")],
            "Regional Agency",
        ),
    ],
)
def test_a_place_whose_head_is_a_noun_for_a_body_is_an_organisation(lang, rows, ents, expected):
    from whosaid.extract.names import join_cut_names

    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents)
    join_cut_names(doc, table)
    assert [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents] == [(expected, "ORG")]


@pytest.mark.parametrize(
    ("lang", "words", "ent", "expected"),
    [
        # "According to Rathbun the Scientology property": one organisation "Rathbun the Scientology"
        ("en", ["Rathbun", "the", "Scientology", "property"], (0, 3), ["Rathbun", "Scientology"]),
        # « selon Dupont la Sécurité sociale » typed one name
        ("fr", ["Dupont", "la", "Sécurité", "sociale"], (0, 4), ["Dupont", "Sécurité sociale"]),
        # an article after a preposition is part of the name
        ("en", ["Bank", "of", "the", "West"], (0, 4), ["Bank of the West"]),
        ("fr", ["Union", "pour", "le", "changement"], (0, 4), ["Union pour le changement"]),
    ],
)
def test_an_article_inside_a_name_cuts_it_in_two(lang, words, ent, expected):
    from whosaid.extract.names import join_cut_names

    table = FR if lang == "fr" else EN
    pos = {"the": "DET", "la": "DET", "le": "DET", "of": "ADP", "pour": "ADP", "sociale": "ADJ", "property": "NOUN"}
    rows = [(w, True, pos.get(w, "PROPN"), "dep", 0, w.lower()) for w in words]
    doc = make_doc(lang, rows, [(*ent, "ORG")])
    join_cut_names(doc, table)
    assert [e.text for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        # "by District Judge Rhys Morgan" typed one organisation
        ("en", ["District", "Judge", "Rhys", "Morgan"], "Rhys Morgan"),
        # « le tribunal de district juge Rhys Morgan » typed one organisation (a title word, then the name)
        ("fr", ["Tribunal", "juge", "Rhys", "Morgan"], "Rhys Morgan"),
    ],
)
def test_a_title_then_a_first_name_inside_an_organisation_is_a_person(lang, words, expected):
    from whosaid.extract.names import join_cut_names

    table = FR if lang == "fr" else EN
    rows = [(w, True, "PROPN" if w[0].isupper() else "NOUN", "dep", 0, w.lower()) for w in words]
    doc = make_doc(lang, rows, [(0, len(words), "ORG")])
    join_cut_names(doc, table)
    assert [(e.text, table.entity_labels.get(e.label_)) for e in doc.ents][-1] == (expected, "PERSON")


@pytest.mark.parametrize(
    ("lang", "rows", "label"),
    [
        # "shadow treasurer Angus Price spoke" typed "Angus Price" an organisation: a person noun compounded
        # with the name says a person
        (
            "en",
            [
                ("shadow", True, "NOUN", "compound", 1, "shadow"),
                ("treasurer", True, "NOUN", "compound", 3, "treasurer"),
                ("Angus", True, "PROPN", "compound", 3, "Angus"),
                ("Price", True, "PROPN", "nsubj", 4, "Price"),
                ("spoke", False, "VERB", "ROOT", 4, "speak"),
            ],
            "PERSON",
        ),
        (
            "fr",
            [
                ("la", True, "DET", "det", 1, "le"),
                ("trésorière", True, "NOUN", "nmod", 3, "trésorier"),
                ("Ann", True, "PROPN", "flat:name", 3, "Ann"),
                ("Price", True, "PROPN", "nsubj", 4, "Price"),
                ("parle", False, "VERB", "ROOT", 4, "parler"),
            ],
            "PERSON",
        ),
        # a body's noun in the name: still the body ("the carmaker Acme Motors")
        (
            "en",
            [
                ("shadow", True, "NOUN", "compound", 1, "shadow"),
                ("treasurer", True, "NOUN", "compound", 3, "treasurer"),
                ("Acme", True, "PROPN", "compound", 3, "Acme"),
                ("Agency", True, "PROPN", "nsubj", 4, "Agency"),
                ("spoke", False, "VERB", "ROOT", 4, "speak"),
            ],
            "ORG",
        ),
    ],
)
def test_a_person_noun_compounded_before_a_name_typed_a_body_says_a_person(lang, rows, label):
    from whosaid.extract.names import join_cut_names

    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, [(2, 4, "ORG")])
    join_cut_names(doc, table)
    assert [table.entity_labels.get(e.label_) for e in doc.ents] == [label]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        # "beat American Jessie Moore 4-6, 6-3" typed "Jessie Moore 4-6": no person's name ends on a score
        ("en", ["beat", "Jessie", "Moore", "4", "-", "6", ",", "6", "-", "3"]),
        ("fr", ["battu", "Jessie", "Moore", "4", "-", "6", ",", "6", "-", "3"]),
    ],
)
def test_a_persons_name_never_ends_on_a_number(lang, words):
    from whosaid.extract.names import join_cut_names

    table = FR if lang == "fr" else EN
    rows = [(w, w not in ("4", "-", "6", "3"), "PROPN" if w[0].isupper() else "X", "dep", 0, w.lower()) for w in words]
    doc = make_doc(lang, rows, [(1, 6, table.model_label("PERSON"))])
    join_cut_names(doc, table)
    assert [e.text for e in doc.ents] == ["Jessie Moore"]


STRANDED_BEFORE_PARENTHESIS = {
    # « Bercy , de son côté , assure que le plan tient . »: the subject (a place standing for the ministry)
    # made a root of its own
    "fr": (
        [
            ("Bercy", False, "PROPN", "ROOT", 0, "Bercy"),
            (",", True, "PUNCT", "punct", 6, ","),
            ("de", True, "ADP", "case", 4, "de"),
            ("son", True, "DET", "det", 4, "son"),
            ("côté", False, "NOUN", "obl:mod", 6, "côté"),
            (",", True, "PUNCT", "punct", 6, ","),
            ("assure", True, "VERB", "ROOT", 6, "assurer"),
            ("que", True, "SCONJ", "mark", 10, "que"),
            ("le", True, "DET", "det", 9, "le"),
            ("plan", True, "NOUN", "nsubj", 10, "plan"),
            ("tient", False, "VERB", "ccomp", 6, "tenir"),
            (".", False, "PUNCT", "punct", 6, "."),
        ],
        [(0, 1, "LOC")],
    ),
    # "Whitehall , for its part , insists that the plan holds ."
    "en": (
        [
            ("Whitehall", False, "PROPN", "ROOT", 0, "Whitehall"),
            (",", True, "PUNCT", "punct", 6, ","),
            ("for", True, "ADP", "prep", 6, "for"),
            ("its", True, "PRON", "poss", 4, "its"),
            ("part", False, "NOUN", "pobj", 2, "part"),
            (",", True, "PUNCT", "punct", 6, ","),
            ("insists", True, "VERB", "ROOT", 6, "insist"),
            ("that", True, "SCONJ", "mark", 10, "that"),
            ("the", True, "DET", "det", 9, "the"),
            ("plan", True, "NOUN", "nsubj", 10, "plan"),
            ("holds", False, "VERB", "ccomp", 6, "hold"),
            (".", False, "PUNCT", "punct", 6, "."),
        ],
        [(0, 1, "GPE")],
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_stranded_subject_before_a_parenthesis_speaks(lang):
    rows, ents = STRANDED_BEFORE_PARENTHESIS[lang]
    found = quotes_of(make_doc(lang, rows, ents), FR if lang == "fr" else EN)
    assert [name for _, _, name, _ in found] == [rows[0][0]]


@pytest.mark.parametrize(
    "start, end, chars, expected",
    [
        (0, 2, False, ["Marie Curie"]),  # tokens 0-1 hold the first name
        (1, 5, False, ["Marie Curie", "Paris"]),  # overlapping the first one's end counts
        (2, 3, False, []),  # a word between the names
        (3, 7, False, ["Paris", "CERN"]),
        (0, 5, True, ["Marie Curie"]),  # characters 0-5: "Marie"
        (12, 18, True, []),  # "est à"
        (18, 30, True, ["Paris", "CERN"]),
    ],
)
def test_ents_between_finds_the_entities_overlapping_a_range(start, end, chars, expected):
    from whosaid.extract.doc_cache import ents_between

    rows = [
        ("Marie", True, "PROPN", "nsubj", 2, "Marie"),
        ("Curie", True, "PROPN", "flat", 0, "Curie"),
        ("est", True, "AUX", "ROOT", 2, "être"),
        ("à", True, "ADP", "case", 4, "à"),
        ("Paris", True, "PROPN", "obl", 2, "Paris"),
        ("au", True, "ADP", "case", 6, "au"),
        ("CERN", False, "PROPN", "nmod", 4, "CERN"),
    ]
    doc = make_doc("fr", rows, ents=[(0, 2, "PER"), (4, 5, "LOC"), (6, 7, "ORG")])
    assert [e.text for e in ents_between(doc, start, end, chars=chars)] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "speaker"),
    [
        (
            # "Lake County Sheriff Ada Brill said roads were closed ." with the county typed a person and the
            # sheriff's name untagged
            "en",
            [
                ("Lake", True, "PROPN", "compound", 1, "Lake"),
                ("County", True, "PROPN", "compound", 4, "County"),
                ("Sheriff", True, "PROPN", "compound", 4, "Sheriff"),
                ("Ada", True, "PROPN", "compound", 4, "Ada"),
                ("Brill", True, "PROPN", "nsubj", 5, "Brill"),
                ("said", True, "VERB", "ROOT", 5, "say"),
                ("roads", True, "NOUN", "nsubjpass", 8, "road"),
                ("were", True, "AUX", "auxpass", 8, "be"),
                ("closed", False, "VERB", "ccomp", 5, "close"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(0, 2, "PERSON")],
            "Ada Brill",
        ),
        (
            # « Le Var Préfet Paul Morin a indiqué que la route restait fermée . »: the same shape in French
            # (a name typed a person before a capitalised title, the name after it untagged)
            "fr",
            [
                ("Le", True, "DET", "det", 1, "le"),
                ("Var", True, "PROPN", "nmod", 4, "Var"),
                ("Préfet", True, "PROPN", "flat:name", 4, "Préfet"),
                ("Paul", True, "PROPN", "flat:name", 4, "Paul"),
                ("Morin", True, "PROPN", "nsubj", 6, "Morin"),
                ("a", True, "AUX", "aux:tense", 6, "avoir"),
                ("indiqué", True, "VERB", "ROOT", 6, "indiquer"),
                ("que", True, "SCONJ", "mark", 10, "que"),
                ("la", True, "DET", "det", 9, "le"),
                ("route", True, "NOUN", "nsubj", 10, "route"),
                ("restait", True, "VERB", "ccomp", 6, "rester"),
                ("fermée", False, "ADJ", "xcomp", 10, "fermé"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            [(1, 2, "PER")],
            "Paul Morin",
        ),
    ],
)
def test_a_name_before_a_title_only_says_whose_title_it_is(lang, rows, ents, speaker):
    """A name the model typed a person, before a title whose holder it left untagged, is not who speaks: the
    untagged name after the title is ("… County Sheriff Kory Honea urged …" spoke as the county)."""
    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=ents)
    assert [q[2] for q in quotes_of(doc, table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            # « Morel , lui , a été discret . » with the name hung on the predicate and no subject
            "fr",
            [
                ("Morel", False, "PROPN", "obl:mod", 6, "Morel"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("lui", False, "PRON", "nmod", 0, "lui"),
                (",", True, "PUNCT", "punct", 6, ","),
                ("a", True, "AUX", "aux:tense", 6, "avoir"),
                ("été", True, "AUX", "cop", 6, "être"),
                ("discret", False, "ADJ", "ROOT", 6, "discret"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
        ),
        (
            # "Morel , he , was quiet ." (the same shape, read from the English table's pronouns)
            "en",
            [
                ("Morel", False, "PROPN", "npadvmod", 5, "Morel"),
                (",", True, "PUNCT", "punct", 0, ","),
                ("he", False, "PRON", "appos", 0, "he"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("was", True, "AUX", "ROOT", 4, "be"),
                ("quiet", False, "ADJ", "acomp", 4, "quiet"),
                (".", False, "PUNCT", "punct", 4, "."),
            ],
        ),
    ],
)
def test_a_name_a_pronoun_repeats_between_commas_is_the_sentences_subject(lang, rows):
    """« Greenwood, lui, a été discret. L'attaquant anglais a glissé … » lost its subject (the parser hung the
    name on the predicate), so the epithet after it could not mean him."""
    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=[(0, 1, "PER" if lang == "fr" else "PERSON")])
    assert [s.mention.name for s in extract_quotes(doc, table).subjects] == ["Morel"]


@pytest.mark.parametrize(
    ("lang", "rows", "label", "mentions"),
    [
        (
            # "The Spaniard said it was fine ." with the demonym typed an organisation
            "en",
            [
                ("The", True, "DET", "det", 1, "the"),
                ("Spaniard", True, "PROPN", "nsubj", 2, "Spaniard"),
                ("said", True, "VERB", "ROOT", 2, "say"),
                ("it", True, "PRON", "nsubj", 4, "it"),
                ("was", True, "AUX", "ccomp", 2, "be"),
                ("fine", False, "ADJ", "acomp", 4, "fine"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            "ORG",
            [],
        ),
        (
            # « Le Danois a dit que tout allait bien . » with the demonym typed an organisation
            "fr",
            [
                ("Le", True, "DET", "det", 1, "le"),
                ("Danois", True, "PROPN", "nsubj", 3, "Danois"),
                ("a", True, "AUX", "aux:tense", 3, "avoir"),
                ("dit", True, "VERB", "ROOT", 3, "dire"),
                ("que", True, "SCONJ", "mark", 6, "que"),
                ("tout", True, "PRON", "nsubj", 6, "tout"),
                ("allait", True, "VERB", "ccomp", 3, "aller"),
                ("bien", False, "ADV", "advmod", 6, "bien"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            "ORG",
            [],
        ),
    ],
)
def test_a_demonym_after_an_article_typed_an_organisation_is_no_name(lang, rows, label, mentions):
    """ "The Spaniard said" (after Pep Guardiola) spoke as an organisation named "Spaniard" at 0.97."""
    from whosaid.extract import extract_doc

    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=[(1, 2, label)])
    assert [doc.text[m.start : m.end] for m in extract_doc(doc, table).mentions] == mentions


def test_a_pronoun_clitic_the_parser_gave_children_is_one_word():
    # « … pays », a-t-elle martelé . with « manière » (inside the quotation) hung on « -elle »: the speaker
    # phrase ran from the quotation's first word to the pronoun
    doc = make_doc(
        "fr",
        [
            ("«", True, "PUNCT", "punct", 9, "«"),
            ("Une", True, "DET", "det", 2, "un"),
            ("manière", True, "NOUN", "advmod", 8, "manière"),
            ("simple", False, "ADJ", "amod", 2, "simple"),
            ("»", False, "PUNCT", "punct", 2, "»"),
            (",", True, "PUNCT", "punct", 8, ","),
            ("a", False, "AUX", "aux:tense", 9, "avoir"),
            ("-t", False, "PRON", "expl:subj", 9, "-t"),
            ("-elle", True, "PRON", "nsubj", 9, "elle"),
            ("martelé", False, "ADJ", "ROOT", 9, "marteler"),
            (".", False, "PUNCT", "punct", 9, "."),
        ],
    )
    speakers = [q.speaker for q in extract_quotes(doc, FR).quotes]
    assert [doc.text[s.start : s.end] for s in speakers] == ["-elle"]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "speaker"),
    [
        (
            # « La directrice de Marie Kent juge que tout a échoué . » with « juge » tagged a noun and no subject
            "fr",
            [
                ("La", True, "DET", "det", 1, "le"),
                ("directrice", True, "NOUN", "nsubj", 9, "directrice"),
                ("de", True, "ADP", "case", 3, "de"),
                ("Marie", True, "PROPN", "nmod", 1, "Marie"),
                ("Kent", True, "PROPN", "flat:name", 3, "Kent"),
                ("juge", True, "NOUN", "mark", 9, "juge"),
                ("que", True, "SCONJ", "mark", 9, "que"),
                ("tout", True, "PRON", "nsubj", 9, "tout"),
                ("a", True, "AUX", "aux:tense", 9, "avoir"),
                ("échoué", False, "VERB", "ROOT", 9, "échouer"),
                (".", False, "PUNCT", "punct", 9, "."),
            ],
            [(3, 5, "PER")],
            "directrice de Marie Kent",
        ),
        (
            # "The lawyer of Mary Kent said that the plan had failed ." with the subject read as an adverbial noun
            "en",
            [
                ("The", True, "DET", "det", 1, "the"),
                ("lawyer", True, "NOUN", "npadvmod", 5, "lawyer"),
                ("of", True, "ADP", "prep", 1, "of"),
                ("Mary", True, "PROPN", "compound", 4, "Mary"),
                ("Kent", True, "PROPN", "pobj", 2, "Kent"),
                ("said", True, "VERB", "ROOT", 5, "say"),
                ("that", True, "SCONJ", "mark", 10, "that"),
                ("the", True, "DET", "det", 8, "the"),
                ("plan", True, "NOUN", "nsubj", 10, "plan"),
                ("had", True, "AUX", "aux", 10, "have"),
                ("failed", False, "VERB", "ccomp", 5, "fail"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(3, 5, "PERSON")],
            "lawyer of Mary Kent",
        ),
    ],
)
def test_a_name_that_completes_a_noun_before_a_subjectless_cue_is_whose_the_noun_is(lang, rows, ents, speaker):
    """« L'ancienne directrice de cabinet de Martine Aubry juge que … » (« juge » tagged a noun) spoke as
    Martine Aubry at 0.99: the name right before the cue was taken as its subject."""
    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=ents)
    assert [q[2] for q in quotes_of(doc, table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "speaker"),
    [
        (
            # "The Prime Minister , Ada Brill , said that she would resign ." with the title typed an organisation
            "en",
            [
                ("The", True, "DET", "det", 2, "the"),
                ("Prime", True, "PROPN", "compound", 2, "Prime"),
                ("Minister", False, "PROPN", "nsubj", 7, "Minister"),
                (",", True, "PUNCT", "punct", 2, ","),
                ("Ada", True, "PROPN", "compound", 5, "Ada"),
                ("Brill", False, "PROPN", "appos", 2, "Brill"),
                (",", True, "PUNCT", "punct", 2, ","),
                ("said", True, "VERB", "ROOT", 7, "say"),
                ("that", True, "SCONJ", "mark", 11, "that"),
                ("she", True, "PRON", "nsubj", 11, "she"),
                ("would", True, "AUX", "aux", 11, "would"),
                ("resign", False, "VERB", "ccomp", 7, "resign"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            [(1, 3, "ORG"), (4, 6, "PERSON")],
            "Ada Brill",
        ),
        (
            # « La Première ministre travailliste , Ada Brill , a annoncé qu' elle partirait . »
            "fr",
            [
                ("La", True, "DET", "det", 2, "le"),
                ("Première", True, "ADJ", "amod", 2, "premier"),
                ("ministre", True, "NOUN", "nsubj", 9, "ministre"),
                ("travailliste", False, "ADJ", "amod", 2, "travailliste"),
                (",", True, "PUNCT", "punct", 6, ","),
                ("Ada", True, "PROPN", "appos", 2, "Ada"),
                ("Brill", False, "PROPN", "flat:name", 5, "Brill"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("a", True, "AUX", "aux:tense", 9, "avoir"),
                ("annoncé", True, "VERB", "ROOT", 9, "annoncer"),
                ("qu'", False, "SCONJ", "mark", 12, "que"),
                ("elle", True, "PRON", "nsubj", 12, "elle"),
                ("partirait", False, "VERB", "ccomp", 9, "partir"),
                (".", False, "PUNCT", "punct", 9, "."),
            ],
            [(1, 4, "ORG"), (5, 7, "PER")],
            "Ada Brill",
        ),
    ],
)
def test_a_title_the_model_typed_a_name_leaves_the_person_beside_it(lang, rows, ents, speaker):
    """A name the model gave a title word as its head ("Prime Minister" typed an organisation) is a title:
    the person apposed to it speaks, not the title."""
    table = FR if lang == "fr" else EN
    doc = make_doc(lang, rows, ents=ents)
    assert [q[2] for q in quotes_of(doc, table)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "morphs", "expected"),
    [
        (
            # "Derek Shaw, arguing for the Speech Coalition, told the justices that adults would leave." parsed
            # with the participle as the sentence's verb and the cue as its complement
            "en",
            [
                ("Derek", True, "PROPN", "compound", 1, "Derek"),
                ("Shaw", False, "PROPN", "nsubj", 3, "Shaw"),
                (",", True, "PUNCT", "punct", 1, ","),
                ("arguing", True, "VERB", "ROOT", 3, "argue"),
                ("for", True, "ADP", "prep", 3, "for"),
                ("the", True, "DET", "det", 7, "the"),
                ("Speech", True, "PROPN", "compound", 7, "Speech"),
                ("Coalition", False, "PROPN", "pobj", 4, "Coalition"),
                (",", True, "PUNCT", "punct", 7, ","),
                ("told", True, "VERB", "ccomp", 3, "tell"),
                ("the", True, "DET", "det", 11, "the"),
                ("justices", True, "NOUN", "dobj", 9, "justice"),
                ("that", True, "SCONJ", "mark", 15, "that"),
                ("adults", True, "NOUN", "nsubj", 15, "adult"),
                ("would", True, "AUX", "aux", 15, "would"),
                ("leave", False, "VERB", "ccomp", 9, "leave"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            [(0, 2, "PERSON"), (5, 8, "ORG")],
            {3: "Aspect=Prog|Tense=Pres|VerbForm=Part", 9: "Tense=Past|VerbForm=Fin"},
            [("indirect", "adults would leave", "Derek Shaw", "clause")],
        ),
        (
            "fr",
            [
                ("Derek", True, "PROPN", "nsubj", 3, "Derek"),
                ("Lemaire", False, "PROPN", "flat:name", 0, "Lemaire"),
                (",", True, "PUNCT", "punct", 3, ","),
                ("plaidant", True, "VERB", "ROOT", 3, "plaider"),
                ("pour", True, "ADP", "case", 6, "pour"),
                ("la", True, "DET", "det", 6, "le"),
                ("Coalition", False, "PROPN", "obl:arg", 3, "Coalition"),
                (",", True, "PUNCT", "punct", 9, ","),
                ("a", True, "AUX", "aux:tense", 9, "avoir"),
                ("affirmé", True, "VERB", "ccomp", 3, "affirmer"),
                ("aux", True, "ADP", "case", 11, "à"),
                ("juges", True, "NOUN", "obl:arg", 9, "juge"),
                ("que", True, "SCONJ", "mark", 15, "que"),
                ("les", True, "DET", "det", 14, "le"),
                ("adultes", True, "NOUN", "nsubj", 15, "adulte"),
                ("partiraient", False, "VERB", "ccomp", 9, "partir"),
                (".", False, "PUNCT", "punct", 3, "."),
            ],
            [(0, 2, "PER"), (6, 7, "ORG")],
            {3: "Tense=Pres|VerbForm=Part", 8: "Mood=Ind|Tense=Pres|VerbForm=Fin", 9: "Tense=Past|VerbForm=Part"},
            [("indirect", "les adultes partiraient", "Derek Lemaire", "clause")],
        ),
    ],
)
def test_a_cue_hung_on_a_participle_phrase_after_the_subject_is_the_sentences_verb(lang, rows, ents, morphs, expected):
    doc = make_doc(lang, rows, ents=ents, morphs=morphs)
    assert quotes_of(doc, FR if lang == "fr" else EN) == expected


@pytest.mark.parametrize(
    ("lang", "rows", "verb", "expected"),
    [
        (
            # « Interrogé par le président, l'accusé a maintenu sa version. » parsed with the subject apposed to
            # the fronted participle's agent
            "fr",
            [
                ("Interrogé", True, "VERB", "advcl", 8, "interroger"),
                ("par", True, "ADP", "case", 3, "par"),
                ("le", True, "DET", "det", 3, "le"),
                ("président", False, "NOUN", "obl:agent", 0, "président"),
                (",", True, "PUNCT", "punct", 3, ","),
                ("l'", False, "DET", "det", 6, "le"),
                ("accusé", True, "NOUN", "appos", 3, "accusé"),
                ("a", True, "AUX", "aux:tense", 8, "avoir"),
                ("maintenu", True, "VERB", "ROOT", 8, "maintenir"),
                ("sa", True, "DET", "det", 10, "son"),
                ("version", False, "NOUN", "obj", 8, "version"),
                (".", False, "PUNCT", "punct", 8, "."),
            ],
            8,
            "accusé",
        ),
        (
            "en",
            [
                ("Questioned", True, "VERB", "advcl", 7, "question"),
                ("by", True, "ADP", "agent", 0, "by"),
                ("the", True, "DET", "det", 3, "the"),
                ("judge", False, "NOUN", "pobj", 1, "judge"),
                (",", True, "PUNCT", "punct", 3, ","),
                ("the", True, "DET", "det", 6, "the"),
                ("soldier", True, "NOUN", "appos", 3, "soldier"),
                ("maintained", True, "VERB", "ROOT", 7, "maintain"),
                ("his", True, "PRON", "poss", 9, "his"),
                ("version", False, "NOUN", "dobj", 7, "version"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            7,
            "soldier",
        ),
    ],
)
def test_the_phrase_apposed_to_a_fronted_participles_agent_is_the_verbs_subject(lang, rows, verb, expected):
    from whosaid.extract.syntax import subject_of

    morphs = {0: "Tense=Past|VerbForm=Part"}
    if lang == "fr":
        morphs[7] = "Mood=Ind|Tense=Pres|VerbForm=Fin"
        morphs[8] = "Tense=Past|VerbForm=Part"
    else:
        morphs[7] = "Tense=Past|VerbForm=Fin"
    doc = make_doc(lang, rows, morphs=morphs)
    found = subject_of(doc[verb], FR if lang == "fr" else EN)
    assert found is not None and found.text == expected


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            # « Il a déclaré la victoire, sans citer le nom de son adversaire . » with the infinitive hung on the cue
            "fr",
            [
                ("Il", True, "PRON", "nsubj", 2, "il"),
                ("a", True, "AUX", "aux:tense", 2, "avoir"),
                ("déclaré", True, "VERB", "ROOT", 2, "déclarer"),
                ("la", True, "DET", "det", 4, "le"),
                ("victoire", False, "NOUN", "obj", 2, "victoire"),
                (",", True, "PUNCT", "punct", 7, ","),
                ("sans", True, "ADP", "mark", 7, "sans"),
                ("citer", True, "VERB", "xcomp", 2, "citer"),
                ("le", True, "DET", "det", 9, "le"),
                ("nom", True, "NOUN", "obj", 7, "nom"),
                ("de", True, "ADP", "case", 12, "de"),
                ("son", True, "DET", "det", 12, "son"),
                ("adversaire", False, "NOUN", "nmod", 9, "adversaire"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
        ),
        (
            # "He declared victory , without naming the rival he beat ." parsed the same way
            "en",
            [
                ("He", True, "PRON", "nsubj", 1, "he"),
                ("declared", True, "VERB", "ROOT", 1, "declare"),
                ("victory", False, "NOUN", "dobj", 1, "victory"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("without", True, "ADP", "mark", 5, "without"),
                ("naming", True, "VERB", "xcomp", 1, "name"),
                ("the", True, "DET", "det", 7, "the"),
                ("rival", True, "NOUN", "dobj", 5, "rival"),
                ("he", True, "PRON", "nsubj", 9, "he"),
                ("beat", False, "VERB", "relcl", 7, "beat"),
                (".", False, "PUNCT", "punct", 1, "."),
            ],
        ),
    ],
)
def test_an_infinitive_opened_by_a_preposition_of_manner_or_time_is_no_reported_speech(lang, rows):
    # (English reports an infinitive only after its `infinitive_reports` verbs: its case documents the rule)
    doc = make_doc(lang, rows, morphs={k: "VerbForm=Inf" for k, row in enumerate(rows) if row[3] == "xcomp"})
    assert quotes_of(doc, FR if lang == "fr" else EN) == []


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "expected"),
    [
        (
            # « Nadia Benali livre une performance . » with the verb tagged a proper noun chained to the name
            "fr",
            [
                ("Nadia", True, "PROPN", "nsubj", 0, "Nadia"),
                ("Benali", True, "PROPN", "flat:name", 0, "Benali"),
                ("livre", True, "PROPN", "flat:name", 0, "livre"),
                ("une", True, "DET", "det", 4, "un"),
                ("performance", False, "NOUN", "nmod", 2, "performance"),
                (".", False, "PUNCT", "punct", 0, "."),
            ],
            [(0, 1, "PER")],
            [("Nadia Benali", "PER")],
        ),
        (
            # "Maria Lopez leads the cast ." with the verb tagged a proper noun the name is a compound of
            "en",
            [
                ("Maria", True, "PROPN", "compound", 2, "Maria"),
                ("Lopez", True, "PROPN", "compound", 2, "Lopez"),
                ("leads", True, "PROPN", "ROOT", 2, "lead"),
                ("the", True, "DET", "det", 4, "the"),
                ("cast", False, "NOUN", "dobj", 2, "cast"),
                (".", False, "PUNCT", "punct", 2, "."),
            ],
            [(0, 1, "PERSON")],
            [("Maria Lopez", "PERSON")],
        ),
    ],
)
def test_a_name_the_model_stopped_short_runs_on_only_to_a_capitalised_word(lang, rows, ents, expected):
    from whosaid.extract.names import join_cut_names

    doc = make_doc(lang, rows, ents=ents)
    join_cut_names(doc, FR if lang == "fr" else EN)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "not_expected"),
    [
        (
            # « Une infirmière, qui souhaite rester anonyme, décrit des équipes « à bout ». » parsed with the cue
            # hung on the relative clause: the phrase after it holds the quotation, its object
            "fr",
            [
                ("Une", True, "DET", "det", 1, "un"),
                ("infirmière", False, "NOUN", "ROOT", 1, "infirmière"),
                (",", True, "PUNCT", "punct", 4, ","),
                ("qui", True, "PRON", "nsubj", 4, "qui"),
                ("souhaite", True, "VERB", "acl:relcl", 1, "souhaiter"),
                ("rester", True, "VERB", "xcomp", 4, "rester"),
                ("anonyme", False, "ADJ", "xcomp", 5, "anonyme"),
                (",", True, "PUNCT", "punct", 4, ","),
                ("décrit", True, "VERB", "xcomp", 4, "décrire"),
                ("des", True, "DET", "det", 10, "un"),
                ("équipes", True, "NOUN", "obj", 8, "équipe"),
                ("«", True, "PUNCT", "punct", 13, "«"),
                ("à", True, "ADP", "case", 13, "à"),
                ("bout", True, "NOUN", "nmod", 10, "bout"),
                ("»", False, "PUNCT", "punct", 13, "»"),
                (".", False, "PUNCT", "punct", 1, "."),
            ],
            "équipes",
        ),
        (
            "en",
            [
                ("A", True, "DET", "det", 1, "a"),
                ("nurse", False, "NOUN", "ROOT", 1, "nurse"),
                (",", True, "PUNCT", "punct", 4, ","),
                ("who", True, "PRON", "nsubj", 4, "who"),
                ("asked", True, "VERB", "relcl", 1, "ask"),
                ("to", True, "PART", "aux", 6, "to"),
                ("hide", False, "VERB", "xcomp", 4, "hide"),
                (",", True, "PUNCT", "punct", 4, ","),
                ("described", True, "VERB", "xcomp", 4, "describe"),
                ("the", True, "DET", "det", 10, "the"),
                ("teams", True, "NOUN", "dobj", 8, "team"),
                ('"', False, "PUNCT", "punct", 13, '"'),
                ("at", True, "ADP", "prep", 10, "at"),
                ("breaking", True, "VERB", "amod", 14, "break"),
                ("point", False, "NOUN", "pobj", 12, "point"),
                ('"', False, "PUNCT", "punct", 14, '"'),
                (".", False, "PUNCT", "punct", 1, "."),
            ],
            "teams",
        ),
    ],
)
def test_the_phrase_after_a_cue_that_holds_the_quotation_is_never_its_subject(lang, rows, not_expected):
    doc = make_doc(lang, rows)
    assert all(speaker != not_expected for _, _, speaker, _ in quotes_of(doc, FR if lang == "fr" else EN))


def test_a_light_verb_hung_under_its_second_verb_lends_it_its_subject():
    # "Le syndicat a fait savoir qu' il déposera un préavis ." headed by « savoir » (English lists no pair
    # of two verbs, only verbs and particles, so the misparse has no English counterpart)
    doc = make_doc(
        "fr",
        [
            ("Le", True, "DET", "det", 1, "le"),
            ("syndicat", True, "NOUN", "nsubj", 3, "syndicat"),
            ("a", True, "AUX", "aux:tense", 3, "avoir"),
            ("fait", True, "VERB", "dep", 4, "faire"),
            ("savoir", True, "VERB", "ROOT", 4, "savoir"),
            ("qu'", False, "SCONJ", "mark", 7, "que"),
            ("il", True, "PRON", "nsubj", 7, "il"),
            ("déposera", True, "VERB", "ccomp", 4, "déposer"),
            ("un", True, "DET", "det", 9, "un"),
            ("préavis", False, "NOUN", "obj", 7, "préavis"),
            (".", False, "PUNCT", "punct", 4, "."),
        ],
    )
    assert [(speaker, text) for _, text, speaker, _ in quotes_of(doc, FR)] == [("syndicat", "il déposera un préavis")]


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        (
            "fr",
            [
                ("«", True, "PUNCT", "punct", 2, "«"),
                ("Il", True, "PRON", "nsubj", 2, "il"),
                ("savait", True, "VERB", "advcl", 6, "savoir"),
                ("»", False, "PUNCT", "punct", 2, "»"),
                (",", True, "PUNCT", "punct", 6, ","),
                ("a", True, "AUX", "aux:tense", 6, "avoir"),
                ("rétorqué", True, "VERB", "ROOT", 6, "rétorquer"),
                ("Me", True, "NOUN", "obj", 6, "me"),
                ("Claire", True, "PROPN", "obj", 6, "Claire"),
                ("Josserand", False, "PROPN", "flat:name", 8, "Josserand"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            [(7, 8, "PER"), (8, 10, "PER")],
        ),
        (
            "en",
            [
                ('"', False, "PUNCT", "punct", 2, '"'),
                ("He", True, "PRON", "nsubj", 2, "he"),
                ("knew", False, "VERB", "ccomp", 6, "know"),
                (",", False, "PUNCT", "punct", 2, ","),
                ('"', True, "PUNCT", "punct", 2, '"'),
                ("replied", True, "VERB", "ROOT", 5, "reply"),
                ("Dr", True, "PROPN", "compound", 8, "Dr"),
                ("Claire", True, "PROPN", "compound", 8, "Claire"),
                ("Josserand", False, "PROPN", "nsubj", 5, "Josserand"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(6, 7, "PERSON"), (7, 9, "PERSON")],
        ),
    ],
)
def test_a_title_typed_a_person_on_its_own_before_a_name_names_no_one(lang, rows, ents):
    doc = make_doc(lang, rows, ents=ents)
    assert [speaker for _, _, speaker, _ in quotes_of(doc, FR if lang == "fr" else EN)] == ["Claire Josserand"]


@pytest.mark.parametrize(
    ("lang", "rows", "ents"),
    [
        (
            "fr",
            [
                ("«", True, "PUNCT", "punct", 2, "«"),
                ("Agissons", True, "VERB", "advcl", 5, "agir"),
                ("»", False, "PUNCT", "punct", 1, "»"),
                (",", True, "PUNCT", "punct", 5, ","),
                ("a", True, "AUX", "aux:tense", 5, "avoir"),
                ("déclaré", True, "VERB", "ROOT", 5, "déclarer"),
                ("France", False, "PROPN", "nsubj", 5, "France"),
                ("-", False, "PROPN", "flat:name", 6, "-"),
                ("Hélène", True, "PROPN", "flat:name", 6, "Hélène"),
                ("Vautrin", False, "PROPN", "flat:name", 6, "Vautrin"),
                (".", False, "PUNCT", "punct", 5, "."),
            ],
            [(6, 8, "ORG"), (8, 10, "PER")],
        ),
        (
            "en",
            [
                ('"', False, "PUNCT", "punct", 1, '"'),
                ("Act", False, "VERB", "ccomp", 4, "act"),
                (",", False, "PUNCT", "punct", 1, ","),
                ('"', True, "PUNCT", "punct", 1, '"'),
                ("said", True, "VERB", "ROOT", 4, "say"),
                ("France", False, "PROPN", "compound", 8, "France"),
                ("-", False, "PUNCT", "punct", 5, "-"),
                ("Hélène", True, "PROPN", "compound", 8, "Hélène"),
                ("Vautrin", False, "PROPN", "nsubj", 4, "Vautrin"),
                (".", False, "PUNCT", "punct", 4, "."),
            ],
            [(5, 6, "GPE"), (7, 9, "PERSON")],
        ),
    ],
)
def test_a_first_name_cut_at_its_hyphen_opens_on_the_word_before_it(lang, rows, ents):
    doc = make_doc(lang, rows, ents=ents)
    assert [speaker for _, _, speaker, _ in quotes_of(doc, FR if lang == "fr" else EN)] == ["France-Hélène Vautrin"]


@pytest.mark.parametrize(
    ("lang", "words", "spaces", "starts", "expected"),
    [
        (
            "fr",
            ["Il", "part", ".", "«", "Non", "»", ",", "dit", "-il", "."],
            [True, False, True, True, True, False, True, False, False, False],
            [True, False, False, True, True, False, False, False, False, False],
            ["Il part. ", "« Non », dit-il."],
        ),
        (
            "fr",
            ["«", "Il", "part", ".", "»", "Elle", "reste", "."],
            [True, True, False, True, True, True, False, False],
            [True, False, False, False, True, True, False, False],
            ["« Il part. » ", "Elle reste."],
        ),
        (
            "en",
            ["He", "left", ".", '"', "No", ",", '"', "she", "said", "."],
            [True, False, True, False, False, False, True, True, False, False],
            [True, False, False, True, True, False, False, False, False, False],
            ["He left. ", '"No," she said.'],
        ),
    ],
)
def test_a_quotation_mark_the_parser_made_a_sentence_of_its_own_joins_its_neighbour(
    lang, words, spaces, starts, expected
):
    from whosaid.extract.doc_cache import doc_sents, extraction_context

    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=spaces, sent_starts=starts)
    with extraction_context(doc):
        assert [s.text_with_ws for s in doc_sents(doc)] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "morphs"),
    [
        (
            "fr",
            [
                ("Anne", True, "PROPN", "nsubj", 2, "Anne"),
                ("Roy", True, "PROPN", "flat:name", 0, "Roy"),
                ("parle", False, "VERB", "ROOT", 2, "parler"),
                (".", True, "PUNCT", "punct", 2, "."),
                ("«", True, "PUNCT", "punct", 6, "«"),
                ("C'", False, "PRON", "nsubj", 6, "ce"),
                ("est", True, "AUX", "cop", 7, "être"),
                ("faux", True, "ADJ", "ROOT", 7, "faux"),
                ("»", False, "PUNCT", "punct", 7, "»"),
                (",", True, "PUNCT", "punct", 12, ","),
                ("a", False, "AUX", "aux:tense", 12, "avoir"),
                ("-t", False, "PRON", "expl:subj", 12, "-t"),
                ("-elle", True, "PRON", "punct", 7, "elle"),
                ("martelé", False, "ADJ", "acl", 12, "marteler"),
                (",", True, "PUNCT", "punct", 15, ","),
                ("réclamant", True, "VERB", "acl", 7, "réclamer"),
                ("une", True, "DET", "det", 17, "un"),
                ("peine", True, "NOUN", "obj", 15, "peine"),
                ("«", True, "PUNCT", "punct", 19, "«"),
                ("sévère", True, "ADJ", "amod", 17, "sévère"),
                ("»", False, "PUNCT", "punct", 19, "»"),
                (".", False, "PUNCT", "punct", 7, "."),
            ],
            [(0, 2, "PER")],
            {15: "Tense=Pres|VerbForm=Part"},
        ),
        (
            "en",
            [
                ("Anne", True, "PROPN", "compound", 1, "Anne"),
                ("Roy", True, "PROPN", "nsubj", 2, "Roy"),
                ("spoke", False, "VERB", "ROOT", 2, "speak"),
                (".", True, "PUNCT", "punct", 2, "."),
                ('"', False, "PUNCT", "punct", 7, '"'),
                ("It", True, "PRON", "nsubj", 6, "it"),
                ("is", True, "AUX", "ROOT", 6, "be"),
                ("false", False, "ADJ", "acomp", 6, "false"),
                (",", False, "PUNCT", "punct", 6, ","),
                ('"', True, "PUNCT", "punct", 6, '"'),
                ("she", True, "PRON", "nsubj", 11, "she"),
                ("said", False, "VERB", "parataxis", 6, "say"),
                (",", True, "PUNCT", "punct", 13, ","),
                ("demanding", True, "VERB", "advcl", 6, "demand"),
                ("a", True, "DET", "det", 16, "a"),
                ('"', False, "PUNCT", "punct", 16, '"'),
                ("harsh", False, "ADJ", "amod", 16, "harsh"),
                ('"', True, "PUNCT", "punct", 16, '"'),
                ("sentence", False, "NOUN", "dobj", 13, "sentence"),
                (".", False, "PUNCT", "punct", 6, "."),
            ],
            [(0, 2, "PERSON")],
            {13: "Tense=Pres|VerbForm=Part"},
        ),
    ],
)
def test_a_participle_hung_on_the_quotation_is_the_act_of_the_incise_before_it(lang, rows, ents, morphs):
    doc = make_doc(lang, rows, ents=ents, morphs=morphs)
    cue_words = {"fr": "réclamant", "en": "demanding"}[lang]
    found = [
        q for q in extract_quotes(doc, FR if lang == "fr" else EN).quotes if doc.text[q.cue[0] : q.cue[1]] == cue_words
    ]
    assert found and found[0].speaker is not None
    assert found[0].speaker.kind == "pronoun" and found[0].speaker.text.lstrip("-") in ("elle", "she")
