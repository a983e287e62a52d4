"""Who speaks when a name only labels or qualifies: a name and its title before a colon, no verb, label
the quotation after it (roundups of reactions); a place that qualifies or names a body is not the body;
a name a noun for a business introduces is that business. Sentences of our own, in both languages."""

import pytest

from tests.whosaid.test_who_can_speak import speakers
from whosaid import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Les réactions ont afflué mardi.\n\nJeanne Roux, présidente de la commission des Finances (PS) : « Ce "
            "budget est un budget d'austérité. »\n\nPaul Kent, rapporteur général (Liot) : « Les économies "
            "annoncées sont en partie virtuelles. Il manque au moins dix milliards. »",
            ["Jeanne Roux", "Paul Kent"],
        ),
        (
            "en",
            'Reactions poured in on Tuesday.\n\nJane Roe, chair of the budget committee (Labour): "This budget is '
            'austerity for the poorest."\n\nPaul Kent, rapporteur general (Liberal): "The savings are partly '
            'virtual. At least ten billion is missing."',
            ["Jane Roe", "Paul Kent"],
        ),
    ],
)
def test_a_name_before_a_colon_with_no_verb_labels_the_quotation_after_it(language, text, expected):
    # (the parser hung the quotation's words on the name: the label still ends at the colon)
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Paul Kent a été clair : « Les économies sont virtuelles. »", ["Paul Kent"]),
        ("en", 'Paul Kent was blunt: "The savings are virtual."', ["Paul Kent"]),
    ],
)
def test_a_sentence_with_a_verb_before_the_colon_keeps_its_subject(language, text, expected):
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The Chicago police department said the officer had been suspended.", "Chicago police department"),
        ("fr", "Le collectif Rennes à vélo, de son côté, salue « un plan courageux ».", "collectif Rennes à vélo"),
    ],
)
def test_a_place_that_qualifies_or_names_a_body_is_not_who_speaks(language, text, expected):
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Automobile : Stellantis va supprimer 2 000 postes. Le constructeur automobile Stellantis a annoncé "
            "jeudi la suppression de 2 000 postes sur son site de Mirafiori. « Nous devons adapter nos capacités "
            "au marché », a indiqué un porte-parole. Pour la Fiom, Stellantis sacrifie l'Italie.",
        ),
        (
            "en",
            "Cars: Stellantis to cut 2,000 jobs. The carmaker Stellantis said on Thursday it would cut 2,000 jobs at "
            'its Mirafiori plant. "We must adapt our capacity to the market," a spokesman said. For the Fiom union, '
            "Stellantis is sacrificing Italy.",
        ),
    ],
)
def test_a_name_a_noun_for_a_business_introduces_once_is_that_business_everywhere(language, text):
    # (adjectives may stand between the noun and the name: « le constructeur automobile Stellantis »)
    analysis = analyze(text, language=language)
    assert [e.label for e in analysis.entities if e.name == "Stellantis"] == ["ORG"]
    assert "Stellantis" in [q.speaker.name for q in analysis.quotes if q.speaker]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "« À ce rythme, l'EPR sera obsolète », raille Yannick Rousselet, de Greenpeace France. Pour l'ONG, ce "
            "nouveau retard confirme que le nucléaire « n'est pas une solution d'avenir ».",
            "Greenpeace France",
        ),
        (
            "en",
            '"At this rate, the reactor will be obsolete," said Yannick Rousselet of Greenpeace France. According to '
            'the organisation, the delay confirms that nuclear power "is not a solution for the future."',
            "Greenpeace France",
        ),
        # not a body introduced with its name after the marker: the name speaks
        (
            "fr",
            "Pour la principale association de défense du logiciel libre, l'April : « Le vote d'aujourd'hui est "
            "une victoire. »",
            "April",
        ),
    ],
)
def test_a_noun_for_a_body_on_its_own_is_a_source_after_pour(language, text, expected):
    # « Pour l'ONG, P »: the body the noun refers back to (`generic_body_nouns` holds « ONG », "NGO"), not
    # the person who spoke before
    assert speakers(text, language)[-1] == expected
