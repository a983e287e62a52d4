"""Epithets and participles that refer back: the press's noun for someone who just spoke, and a past
participle standing alone after a comma. Sentences of our own, in both languages."""

import pytest

from tests.whosaid.test_who_can_speak import speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # the article shows the epithet's gender, and the person who spoke last before the break has it
            "fr",
            "Menés à la pause après un but de Marc Rivet, les Lyonnais ont égalisé par Hugo Lenoir. « On a "
            "montré du caractère », a estimé l'entraîneur lyonnais Paulo Duarte.\n\nLe technicien portugais a "
            "jugé l'expulsion de son défenseur « sévère ».",
            "Paulo Duarte",
        ),
        (
            # English shows no gender on the article; the nationality epithet finds him by its own rule
            "en",
            'Trailing at the break after a goal by Marc Rivet, Lyon equalised through Hugo Lenoir. "We showed '
            'character," said Lyon coach Paulo Duarte.\n\nThe Portuguese coach said the sending-off of his '
            'defender was "harsh."',
            "Paulo Duarte",
        ),
    ],
)
def test_an_epithet_opening_a_paragraph_is_who_spoke_last_before_it_when_its_gender_agrees(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le technicien portugais a regretté l'expulsion de son défenseur Marc Balin, jugée « sévère ».",
            "technicien portugais",
        ),
        (
            "en",
            'The Portuguese coach criticised the sending-off of his defender Marc Balin, deemed "harsh".',
            "Portuguese coach",
        ),
    ],
)
def test_a_past_participle_standing_alone_says_what_the_noun_before_is_not_who_speaks(language, text, expected):
    # « jugée » judged the sending-off: the name before it is what was judged; the clause's subject speaks
    assert speakers(text, language) == [expected]
