"""Grouping mentions into entities, on hand-made mentions (no model needed)."""

import pytest

from whosaid.entities import EntityIndex, group_entities, name_key
from whosaid.extract.name_mentions import trim_name
from whosaid.findings import RawMention
from whosaid.lang import load_language_table

FR = load_language_table("fr")
EN = load_language_table("en")


def mentions_of(text, spans):
    """RawMentions for (surface, label) pairs, found left to right in text."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(RawMention(start, start + len(surface), label, label))
        pos = start + len(surface)
    return out


@pytest.mark.parametrize(
    "text, start, end, table, expected",
    [
        ("l’OTAN", 0, 6, FR, "OTAN"),
        ("d'Alger", 0, 7, FR, "Alger"),
        ("the DPRK", 0, 8, EN, "DPRK"),
        ("Kim's", 0, 5, EN, "Kim"),
        ("The Guardian", 0, 12, EN, "The Guardian"),
        ("Le Figaro", 0, 9, FR, "Le Figaro"),
        ("« Paris »", 0, 9, FR, "Paris"),
        ("mardi l'Université Cadi Ayyad", 0, 29, FR, "Université Cadi Ayyad"),
        ("today NASA", 0, 10, EN, "NASA"),
        ("Mardi Gras", 0, 10, FR, "Mardi Gras"),
        # a full stop and a line break the model took in (PDF and Word text)
        ("UGTT.\n", 0, 6, FR, "UGTT"),
        ("\nTunisia Airways.\n\n", 0, 19, EN, "Tunisia Airways"),
        ("l’UGTT\t", 0, 7, FR, "UGTT"),
        # a name never ends on an of-word or an article the model took in
        ("Madhavi Arora of", 0, 16, EN, "Madhavi Arora"),
        ("Paul Roux de", 0, 12, FR, "Paul Roux"),
        ("Paul Roux la", 0, 12, FR, "Paul Roux"),
    ],
)
def test_trim_name(text, start, end, table, expected):
    a, b = trim_name(text, start, end, table)
    assert text[a:b] == expected


def test_surname_joins_full_name_and_longest_form_is_canonical():
    text = "Sergueï Lavrov est arrivé. Lavrov a parlé. Lavrov est parti."
    ents = group_entities(
        text, mentions_of(text, [("Sergueï Lavrov", "PERSON"), ("Lavrov", "PERSON"), ("Lavrov", "PERSON")]), FR
    )
    assert len(ents) == 1
    assert ents[0].name == "Sergueï Lavrov" and ents[0].aliases == ("Lavrov",)
    assert [m.text for m in ents[0].mentions] == ["Sergueï Lavrov", "Lavrov", "Lavrov"]


def test_surname_shared_by_two_people_goes_to_the_one_it_ends():
    text = "Barack Obama and Michelle Obama met. Obama spoke."
    ents = group_entities(
        text, mentions_of(text, [("Barack Obama", "PERSON"), ("Michelle Obama", "PERSON"), ("Obama", "PERSON")]), EN
    )
    assert len(ents) == 2  # "Obama" merges into one of them, not into a third entity


@pytest.mark.parametrize(
    "short, long_, label",
    [
        ("HP", "Hewlett-Packard", "ORG"),
        ("U.S.", "United States", "PLACE"),
        ("KCNA", "Korean Central News Agency", "ORG"),
    ],
)
def test_acronyms_join_their_expansion(short, long_, label):
    text = f"{long_} said. Then {short} said again."
    ents = group_entities(text, mentions_of(text, [(long_, label), (short.rstrip("."), label)]), EN)
    assert [e.name for e in ents] == [long_]


def test_initial_joins_full_first_name():
    text = "Barack Obama parle. B. Obama répond."
    ents = group_entities(text, mentions_of(text, [("Barack Obama", "PERSON"), ("B. Obama", "PERSON")]), FR)
    assert [e.name for e in ents] == ["Barack Obama"]


def test_alias_map_merges_and_renames():
    text = "La RPDC et la Corée du Nord. Pyongyang."
    mentions = mentions_of(text, [("RPDC", "PLACE"), ("Corée du Nord", "PLACE"), ("Pyongyang", "PLACE")])
    merged = group_entities(text, mentions, FR, aliases={"RPDC": "Corée du Nord"})
    assert [e.name for e in merged] == ["Corée du Nord", "Pyongyang"]
    assert merged[0].aliases == ("RPDC",) and len(merged[0].mentions) == 2
    renamed = group_entities(text, mentions, FR, aliases={"Pyongyang": "Gouvernement nord-coréen"})
    assert "Gouvernement nord-coréen" in [e.name for e in renamed]


def test_drop_removes_an_entity():
    text = "Washington et Paris."
    ents = group_entities(
        text, mentions_of(text, [("Washington", "PERSON"), ("Paris", "PLACE")]), FR, drop={"Washington"}
    )
    assert [e.name for e in ents] == ["Paris"]


def test_label_is_majority_vote_and_model_labels_are_kept():
    text = "Washington a dit. Washington encore. Washington enfin."
    ents = group_entities(
        text, mentions_of(text, [("Washington", "PERSON"), ("Washington", "PLACE"), ("Washington", "PLACE")]), FR
    )
    assert ents[0].label == "PLACE" and ents[0].model_labels == ("PERSON", "PLACE")


def test_ids_follow_first_mention_and_index_finds_entities():
    text = "Paris, Lyon, Paris."
    ents = group_entities(text, mentions_of(text, [("Paris", "PLACE"), ("Lyon", "PLACE"), ("Paris", "PLACE")]), FR)
    assert [(e.id, e.name) for e in ents] == [("e1", "Paris"), ("e2", "Lyon")]
    index = EntityIndex(ents)
    assert index.at(7, 11).name == "Lyon"
    assert [e.name for e in index.inside(0, 12)] == ["Paris", "Lyon"]
    assert index.named("paris").id == "e1"


def test_name_key_ignores_case_accents_and_apostrophes():
    assert name_key("Corée  du Nord") == name_key("coree du nord")
    assert name_key("l’Iran") == name_key("l'iran")


def test_a_name_with_and_without_its_full_stop_is_one_entity():
    text = "L'UGTT.\nLe syndicat UGTT a appelé à la grève. UGTT."
    first = text.index("UGTT")
    second = text.index("UGTT", first + 1)
    third = text.rindex("UGTT")
    mentions = [
        RawMention(first, first + 6, "ORG", "ORG"),  # "UGTT.\n" as the model may give it
        RawMention(second, second + 4, "ORG", "ORG"),
        RawMention(third, third + 5, "ORG", "ORG"),
    ]
    from whosaid.extract.name_mentions import trim_name as trim

    trimmed = [RawMention(*trim(text, m.start, m.end, FR), m.label, m.model_label) for m in mentions]
    (entity,) = group_entities(text, trimmed, FR)
    assert entity.name == "UGTT" and len(entity.mentions) == 3


@pytest.mark.parametrize(
    "text, spans, table",
    [
        (
            "Le Mali a voté. L'Assemblée nationale du Mali a siégé.",
            [("Mali", "PLACE"), ("Assemblée nationale du Mali", "ORG")],
            FR,
        ),
        (
            "Kenya voted. The National Assembly of Kenya met.",
            [("Kenya", "PLACE"), ("National Assembly of Kenya", "ORG")],
            EN,
        ),
    ],
)
def test_a_country_is_not_grouped_under_an_organisation_named_after_it(text, spans, table):
    mentions = mentions_of(text, spans)
    names = [e.name for e in group_entities(text, mentions, table)]
    assert names == [spans[0][0], spans[1][0]]
    # dropping the organisation keeps the country, and the other way round
    assert [e.name for e in group_entities(text, mentions, table, drop={spans[1][0]})] == [spans[0][0]]
    assert [e.name for e in group_entities(text, mentions, table, drop={spans[0][0]})] == [spans[1][0]]


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        (
            EN,
            "Curtis Lamb said no. His wife, Angela Lamb, said yes. Mrs. Lamb said more. Lamb, 44, said less.",
            [("Curtis Lamb", "PERSON"), ("Angela Lamb", "PERSON"), ("Lamb", "PERSON"), ("Lamb", "PERSON")],
            {"Curtis Lamb": ["Curtis Lamb", "Lamb"], "Angela Lamb": ["Angela Lamb", "Lamb"]},
        ),
        (
            FR,
            "Paul Martin a dit non. Son épouse, Claire Martin, a dit oui. Mme Martin a ajouté. M. Martin a répété.",
            [("Paul Martin", "PERSON"), ("Claire Martin", "PERSON"), ("Martin", "PERSON"), ("Martin", "PERSON")],
            {"Paul Martin": ["Paul Martin", "Martin"], "Claire Martin": ["Claire Martin", "Martin"]},
        ),
    ],
)
def test_a_gendered_title_chooses_among_people_who_share_a_name_mention_by_mention(table, text, spans, expected):
    """Two people of one surname: "Mrs. Lamb" is the woman, "Lamb, 44" (no title) is not taken along."""
    entities = group_entities(text, mentions_of(text, spans), table)
    found = {e.name: [text[m.start : m.end] for m in sorted(e.mentions, key=lambda m: m.start)] for e in entities}
    assert found == expected


@pytest.mark.parametrize(
    ("table", "text", "name"),
    [
        (EN, "Donna Reyes worked there. Reyes said no. Reyes left.", "Donna Reyes"),
        (FR, "Marie Lefèvre y travaillait. Lefèvre a dit non. Lefèvre est partie.", "Marie Lefèvre"),
    ],
)
def test_a_first_name_and_a_surname_settle_a_person_the_model_hesitated_over(table, text, name):
    """Once a person and twice an organisation for the model: a first name of the lexicons before a
    surname is a person's name shape, so the entity is a PERSON (one vote for PERSON is needed)."""
    surname = name.split()[1]
    ents = group_entities(text, mentions_of(text, [(name, "PERSON"), (surname, "ORG"), (surname, "ORG")]), table)
    assert [(e.name, e.label) for e in ents] == [(name, "PERSON")]
    # with no PERSON vote at all the model's vote stands ("Morgan Stanley" stays an organisation)
    ents = group_entities(text, mentions_of(text, [(name, "ORG"), (surname, "ORG"), (surname, "ORG")]), table)
    assert ents[0].label == "ORG"


@pytest.mark.parametrize(
    ("table", "text", "names", "expected"),
    [
        (FR, "Martine et Lavrov", [("Martine", "PERSON"), ("Lavrov", "PERSON")], {"Martine": "fem"}),
        (EN, "Martha and Lavrov", [("Martha", "PERSON"), ("Lavrov", "PERSON")], {"Martha": "fem"}),
        (EN, "Paul Roux and Camille", [("Paul Roux", "PERSON"), ("Camille", "PERSON")], {"Paul Roux": "masc"}),
    ],
)
def test_a_person_named_by_a_lone_first_name_has_its_gender_as_soft_evidence(table, text, names, expected):
    from whosaid.speaker_evidence import first_name_genders

    index = EntityIndex(group_entities(text, mentions_of(text, names), table))
    found = {index.entities[ent_id].name: gender for ent_id, gender in first_name_genders(index, table).items()}
    assert found == expected


@pytest.mark.parametrize(
    ("table", "long_", "short", "short_label", "joined"),
    [
        (EN, "Federal Reserve", "Fed", "ORG", True),
        (FR, "Sécurité sociale", "Sécu", "OTHER", True),
        # a clipped word must be a body noun that heads the story's one organisation of that kind (« la Cour »
        # with only « la Cour constitutionnelle » named; with two courts it joins neither: see below)
        (FR, "Cour constitutionnelle", "Cour", "ORG", True),
        (EN, "Bank of England", "Bank", "ORG", True),
        (EN, "Federal Reserve", "Reserve", "ORG", False),  # not the first word, and no noun for a body
    ],
)
def test_a_clipped_first_word_joins_the_one_organisation_it_begins(table, long_, short, short_label, joined):
    text = f"The {long_} met on Monday. Then the {short} spoke again."
    ents = group_entities(text, mentions_of(text, [(long_, "ORG"), (short, short_label)]), table)
    assert [e.name for e in ents] == ([long_] if joined else [long_, short])


def test_a_clipped_word_that_begins_two_organisations_joins_neither():
    text = "The Federal Reserve and the Federation of Banks met. Then the Fed spoke again."
    ents = group_entities(
        text, mentions_of(text, [("Federal Reserve", "ORG"), ("Federation of Banks", "ORG"), ("Fed", "ORG")]), EN
    )
    assert len(ents) == 3


@pytest.mark.parametrize(
    ("table", "text", "spans"),
    [
        (
            FR,
            "Valmont Trading SA a été condamnée. Valmont Trading fera appel.",
            [("Valmont Trading SA", "ORG"), ("Valmont Trading", "PERSON")],
        ),
        (
            EN,
            "Harlow Foods Inc. was fined. Harlow Foods will appeal.",
            [("Harlow Foods Inc.", "ORG"), ("Harlow Foods", "PERSON")],
        ),
    ],
)
def test_a_name_less_its_legal_form_joins_the_company_and_the_company_is_an_organisation(table, text, spans):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert [(e.name, e.label, len(e.mentions)) for e in ents] == [(spans[0][0], "ORG", 2)]


@pytest.mark.parametrize(
    ("language", "text", "short", "long"),
    [
        ("en", "Council approves tax rise. Bristol City Council voted on Tuesday.", "Council", "Bristol City Council"),
        (
            "fr",
            "La Chambre a protesté. La Chambre genevoise immobilière dénonce une mesure contre-productive.",
            "Chambre",
            "Chambre genevoise immobilière",
        ),
    ],
)
def test_a_bare_noun_for_a_body_joins_the_one_organisation_it_heads(language, text, short, long):
    from whosaid import analyze

    entities = {e.name: e for e in analyze(text, language=language).entities}
    assert long in entities
    assert short not in entities


@pytest.mark.parametrize(
    ("language", "text", "short"),
    [
        ("en", "Leeds City Council and Bristol City Council met. Council leaders disagreed.", "Council"),
        ("fr", "La Cour de cassation et la Cour d'appel ont statué. La Cour a ensuite tranché.", "Cour"),
    ],
)
def test_a_bare_noun_for_a_body_joins_no_organisation_when_it_heads_two(language, text, short):
    from whosaid import analyze

    for entity in analyze(text, language=language).entities:
        texts = {m.text for m in entity.mentions}
        assert not (short in texts and len(texts) > 1), entity.name


@pytest.mark.parametrize(
    ("table", "text", "spans"),
    [
        (
            FR,
            "Valmont Industries Holding SA a publié ses comptes. Valmont prévoit une hausse.",
            [("Valmont Industries Holding SA", "ORG"), ("Valmont", "PERSON")],
        ),
        (
            EN,
            "Harlow Precision Foods Inc. cut its forecast. Harlow expects a loss.",
            [("Harlow Precision Foods Inc.", "ORG"), ("Harlow", "PERSON")],
        ),
    ],
)
def test_a_company_named_in_full_with_its_legal_form_is_then_named_by_its_first_word(table, text, spans):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert [(e.name, e.label, len(e.mentions)) for e in ents] == [(spans[0][0], "ORG", 2)]


@pytest.mark.parametrize(
    ("table", "text", "spans"),
    [
        (
            FR,
            "Valmont Industries SA et Valmont Logistique SA ont fusionné. Valmont prévoit une hausse.",
            [("Valmont Industries SA", "ORG"), ("Valmont Logistique SA", "ORG"), ("Valmont", "ORG")],
        ),
        (
            EN,
            "Harlow Precision Foods Inc. and Harlow Dairy Farms Ltd merged. Harlow expects a loss.",
            [("Harlow Precision Foods Inc.", "ORG"), ("Harlow Dairy Farms Ltd", "ORG"), ("Harlow", "ORG")],
        ),
    ],
)
def test_a_first_word_two_companies_share_joins_neither(table, text, spans):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert len(ents) == len(spans)


@pytest.mark.parametrize(
    "text, name, table, alone",
    [
        ("l'opération baptisée « Tagbo », lancée en mai", "Tagbo", FR, True),
        ("l'opération baptisée «\u00a0Tagbo\u00a0», lancée en mai", "Tagbo", FR, True),
        ('an operation code-named "Tagbo," launched in May', "Tagbo", EN, True),
        ("« Paul Roux est parti », dit-elle", "Paul Roux", FR, False),
        ('"Paul Roux left," she said', "Paul Roux", EN, False),
        ("selon Paul Roux, l'opération", "Paul Roux", FR, False),
    ],
)
def test_a_name_quotation_marks_hold_alone_is_a_things_name(text, name, table, alone):
    from whosaid.extract.name_mentions import _quoted_alone

    start = text.index(name)
    assert _quoted_alone(text, start, start + len(name), table) is alone


@pytest.mark.parametrize(
    "text, first, second, expected",
    [
        ("Lysiane Métayer (Renaissance) a écrit", "Lysiane Métayer", "Renaissance", True),
        ("Ed Case (Democrat) wrote", "Ed Case", "Democrat", True),
        ("Ed Case and Jill Tokuda wrote", "Ed Case", "Jill Tokuda", False),
        ("Paul Roux (avec Anne Morel) a écrit", "Paul Roux", "Anne Morel", False),
    ],
)
def test_a_name_parentheses_hold_alone_after_a_name_is_an_affiliation(text, first, second, expected):
    from whosaid.extract.name_mentions import _in_brackets_after

    a, b = text.index(first) + len(first), text.index(second)
    assert _in_brackets_after(text, a, b, b + len(second)) is expected


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        (
            EN,
            "Its president, Karen Mills, said the group would appeal. Mills said nobody would build.",
            [("Karen Mills", "ORG"), ("Mills", "PERSON")],
            [("Karen Mills", "PERSON")],
        ),
        (
            FR,
            "Sa présidente, Karine Mollard, a dit que le groupe ferait appel. Mollard a ajouté que rien ne bougerait.",
            [("Karine Mollard", "ORG"), ("Mollard", "PERSON")],
            [("Karine Mollard", "PERSON")],
        ),
        (
            # typed a thing (MISC) in one place, a person in another
            FR,
            "Un doublé de Mason Greenwood. Greenwood, lui, a été discret.",
            [("Mason Greenwood", "OTHER"), ("Greenwood", "PERSON")],
            [("Mason Greenwood", "PERSON")],
        ),
        (
            EN,
            "A brace from Mason Greenwood. Greenwood said little.",
            [("Mason Greenwood", "OTHER"), ("Greenwood", "PERSON")],
            [("Mason Greenwood", "PERSON")],
        ),
        (
            # a company whose first word could be a first name is no person: "Brandt" is the company named
            # before it (`test_a_one_word_name_opening_one_organisations_name_is_that_organisation`)
            EN,
            "Brandt Logistics said its offer was fair. Brandt said it would hire temporary staff.",
            [("Brandt Logistics", "ORG"), ("Brandt", "PERSON")],
            [("Brandt Logistics", "ORG")],
        ),
    ],
)
def test_a_person_typed_an_organisation_or_a_thing_is_the_one_their_surname_names(table, text, spans, expected):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert [(e.name, e.label) for e in ents] == expected


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        ("en", ["Their", "barrister", ",", "Pete", "Weatherby", "KC", ",", "spoke", "."], ["Pete Weatherby"]),
        ("en", ["Jane", "Roe", "MP", "spoke", "."], ["Jane Roe"]),
        # the French table lists no such letters: a name ends where the model ended it
        ("fr", ["Jean", "Roe", "MP", "a", "parlé", "."], ["Jean Roe MP"]),
    ],
)
def test_letters_after_a_persons_name_are_no_part_of_it(lang, words, expected):
    import spacy
    from spacy.tokens import Doc, Span

    from whosaid.extract.name_mentions import collect_mentions

    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=[w not in (",", ".") for w in words][1:] + [False])
    start = next(i for i, w in enumerate(words) if w[:1].isupper() and i > 0 or w in ("Jane", "Jean"))
    end = words.index("MP" if "MP" in words else "KC") + 1
    doc.ents = [Span(doc, start, end, label="PERSON" if lang == "en" else "PER")]
    table = EN if lang == "en" else FR
    assert [doc.text[m.start : m.end] for m in collect_mentions(doc, table)] == expected


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        (EN, "White House denies report. The White House said on Monday …", ["White House", "The White House"], 1),
        (FR, "Républicains : la ligne dure. Les Républicains ont dit …", ["Républicains", "Les Républicains"], 1),
        # an article before another word is another name
        (EN, "The Times and Times Square.", ["The Times", "Times Square"], 2),
        # a place's capitalised article opens its sentence: the analyst's merge decides (test_corrections)
    ],
)
def test_a_name_with_its_capitalised_article_is_the_name(table, text, spans, expected):
    ents = group_entities(text, mentions_of(text, [(s, "ORG") for s in spans]), table)
    assert len(ents) == expected


def test_a_place_with_its_capitalised_article_is_left_to_the_analyst():
    text = "La France a voté. France et Allemagne ont signé."
    spans = [("La France", "ORG"), ("France", "PLACE"), ("Allemagne", "PLACE")]
    assert len(group_entities(text, mentions_of(text, spans), FR)) == 3


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        # a first name the lexicons lack: two capitalised words typed an organisation, then the surname
        (
            EN,
            "Democrat Cherelle Parker spoke. Parker said she would hire officers.",
            [("Cherelle Parker", "ORG"), ("Parker", "PERSON")],
            ["Cherelle Parker"],
        ),
        (
            FR,
            "La candidate Maëlya Tardieu a parlé. Tardieu a promis des policiers.",
            [("Maëlya Tardieu", "ORG"), ("Tardieu", "PERSON")],
            ["Maëlya Tardieu"],
        ),
        # a place is never that surname
        (
            EN,
            "Environment Canada issued a warning. Canada said roads were closed.",
            [("Environment Canada", "ORG"), ("Canada", "PLACE")],
            ["Environment Canada", "Canada"],
        ),
        (
            FR,
            "Météo Bretagne a averti. La Bretagne a fermé ses routes.",
            [("Météo Bretagne", "ORG"), ("Bretagne", "PLACE")],
            ["Météo Bretagne", "Bretagne"],
        ),
    ],
)
def test_a_two_word_name_typed_an_organisation_is_the_person_its_surname_names(table, text, spans, expected):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert [e.name for e in ents] == expected


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        (
            FR,
            "Les Forces de soutien rapide (FSR) avancent. Les FSR ont démenti.",
            [("Forces de soutien rapide", "ORG"), ("FSR", "PLACE")],
            1,
        ),
        (
            FR,
            "Le Conseil du café-cacao a parlé. Le CCC a confirmé.",
            [("Conseil du café-cacao", "ORG"), ("CCC", "ORG")],
            1,
        ),
        # (a name capitalised word by word had its initials already)
        (
            EN,
            "The Rapid Support Forces advanced. The RSF denied it.",
            [("Rapid Support Forces", "ORG"), ("RSF", "ORG")],
            1,
        ),
        # initials of other words are another name
        (
            FR,
            "Les Forces de soutien rapide avancent. La FAO alerte.",
            [("Forces de soutien rapide", "ORG"), ("FAO", "ORG")],
            2,
        ),
    ],
)
def test_an_acronym_of_all_the_words_of_a_name_but_its_of_words_is_the_name(table, text, spans, expected):
    assert len(group_entities(text, mentions_of(text, spans), table)) == expected


@pytest.mark.parametrize(
    ("lang", "words", "pos", "expected"),
    [
        ("en", ["Owner", "Jerry", "Jones", "spoke", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], "Jerry Jones"),
        (
            "fr",
            ["Avocate", "Claire", "Roux", "a", "parlé", "."],
            ["PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
            "Claire Roux",
        ),
        # a first name is no title: "Will Smith" keeps its first word
        ("en", ["Will", "Smith", "spoke", "."], ["PROPN", "PROPN", "VERB", "PUNCT"], "Will Smith"),
    ],
)
def test_a_capitalised_title_the_tagger_made_a_proper_noun_before_a_first_name_is_no_part_of_the_name(
    lang, words, pos, expected
):
    import spacy
    from spacy.tokens import Doc, Span

    from whosaid.extract.name_mentions import collect_mentions

    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], pos=pos)
    end = words.index("spoke" if lang == "en" else "a")
    doc.ents = [Span(doc, 0, end, label="PERSON" if lang == "en" else "PER")]
    table = EN if lang == "en" else FR
    assert [doc.text[m.start : m.end] for m in collect_mentions(doc, table)] == [expected]


@pytest.mark.parametrize(
    ("lang", "words", "span", "expected"),
    [
        # a title for a person right before a name the model typed a body: the name is a person's
        ("en", ["Premier", "Jacinta", "Allan", "said", "."], (1, 3), "PERSON"),
        ("fr", ["La", "ministre", "Aurore", "Vasseur", "a", "parlé", "."], (2, 4), "PERSON"),
        # a body's name after a title word stays a body's: a noun for a body inside it, or a legal form
        ("en", ["Secretary", "Thames", "Harbour", "Authority", "said", "."], (1, 4), "ORG"),
        ("fr", ["Le", "ministre", "Banque", "Delorme", "a", "parlé", "."], (2, 4), "ORG"),
        ("en", ["Minister", "Valmont", "Trading", "Ltd", "said", "."], (1, 4), "ORG"),
        # and no title before it, no retyping
        ("en", ["Jacinta", "Allan", "said", "."], (0, 2), "ORG"),
    ],
)
def test_a_name_a_title_for_a_person_stands_right_before_is_a_persons(lang, words, span, expected):
    import spacy
    from spacy.tokens import Doc, Span

    from whosaid.extract.name_mentions import collect_mentions

    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False])
    doc.ents = [Span(doc, *span, label="ORG")]
    table = EN if lang == "en" else FR
    assert [m.label for m in collect_mentions(doc, table)] == [expected]


@pytest.mark.parametrize(
    ("table", "text", "spans", "expected"),
    [
        # a one-word name that opens one organisation's name is that organisation, whatever its type
        (
            EN,
            "Shares in Nordhaven Lines fell. Nordhaven said it would buy back shares.",
            [("Nordhaven Lines", "ORG"), ("Nordhaven", "PERSON")],
            [("Nordhaven Lines", "ORG")],
        ),
        (
            FR,
            "Valdor Logistique a annoncé un plan social. Valdor a indiqué que 200 postes seraient supprimés.",
            [("Valdor Logistique", "ORG"), ("Valdor", "ORG")],
            [("Valdor Logistique", "ORG")],
        ),
        # a person of that surname named first keeps it; named after it, the company keeps it
        (
            EN,
            "Brandt Logistics said its offer was fair. Its founder, Harold Brandt, was sad. Brandt said he would "
            "call the union.",
            [("Brandt Logistics", "ORG"), ("Harold Brandt", "PERSON"), ("Brandt", "PERSON")],
            [("Brandt Logistics", "ORG"), ("Harold Brandt", "PERSON")],
        ),
        (
            EN,
            "Brandt Logistics said its offer was fair. Brandt said it would hire staff. Its founder, Harold Brandt, "
            "was sad.",
            [("Brandt Logistics", "ORG"), ("Brandt", "PERSON"), ("Harold Brandt", "PERSON")],
            [("Brandt Logistics", "ORG"), ("Harold Brandt", "PERSON")],
        ),
        # not a body whose name holds another's, a branch named after a place, or words the model ran on
        (
            EN,
            "The Amazon Labor Union called a strike. Amazon said the warehouse would stay open.",
            [("Amazon Labor Union", "ORG"), ("Amazon", "ORG")],
            [("Amazon Labor Union", "ORG"), ("Amazon", "ORG")],
        ),
        (
            FR,
            "Valdor France supprime 200 postes en France. Valdor a confirmé le plan.",
            [("Valdor France", "ORG"), ("France", "PLACE"), ("Valdor", "ORG")],
            [("Valdor France", "ORG"), ("France", "PLACE"), ("Valdor", "ORG")],
        ),
        (
            FR,
            "L'envoyé de l'ONU pour le Yémen a salué l'accord. L'ONU a appelé au calme.",
            [("ONU pour le Yémen", "ORG"), ("ONU", "ORG")],
            [("ONU pour le Yémen", "ORG"), ("ONU", "ORG")],
        ),
    ],
)
def test_a_one_word_name_opening_one_organisations_name_is_that_organisation(table, text, spans, expected):
    ents = group_entities(text, mentions_of(text, spans), table)
    assert [(e.name, e.label) for e in ents] == expected
