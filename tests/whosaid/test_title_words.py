"""The words a text gives a person's title: abbreviations ("Sen.", « Me ») stand for the title a later
reference uses, and an apposition after a name stops where another person's name opens. Sentences of
our own, in both languages."""

import pytest

from tests.whosaid.test_who_can_speak import speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            'Sen. Jane Roe criticised the plan on Monday. Gov. Paul Kent defended it. "It is a disgrace," the senator '
            "said.",
            "Jane Roe",
        ),
        (
            "en",
            'Dr. Jane Roe treated the patients. Sen. Paul Kent visited the hospital. "We are overwhelmed," the doctor '
            "said.",
            "Jane Roe",
        ),
        (
            "fr",
            "Me Paul Roux a plaidé la relaxe. Le procureur Marc Lenoir a requis deux ans de prison. « Mon client est "
            "innocent », a estimé l'avocat.",
            "Paul Roux",
        ),
    ],
)
def test_an_abbreviated_title_is_the_title_a_later_reference_uses(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La magistrate a lu des messages envoyés par le prévenu. Dans l'un d'eux, Yassine B. écrivait : « Ils "
            "vont comprendre. » Invité à s'expliquer, le prévenu a reconnu avoir écrit ces messages.\n\nL'avocate de "
            "Yassine B., Me Catherine Vanderlinden, a plaidé l'acquittement.",
            "Yassine B",
        ),
        (
            "en",
            'The judge read messages sent by the defendant. In one of them, John Doe wrote: "They will understand." '
            "Asked to explain, the defendant admitted writing the messages.\n\nThe lawyer for John Doe, Dr. Catherine "
            "Vander, pleaded for acquittal.",
            "John Doe",
        ),
    ],
)
def test_the_title_of_the_name_after_a_name_is_not_the_first_names(language, text, expected):
    # « Yassine B., Me Catherine X »: « Me » (a lawyer) is Catherine X's title, not Yassine B.'s
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Il a été découvert par un chasseur. « Il était assis contre un arbre », a raconté ce dernier à La "
            "Dépêche du Midi.",
            "ce dernier",
        ),
        (
            "en",
            'He was found by a hunter. "He was sitting against a tree," the latter told the Daily Mail.',
            "the latter",
        ),
    ],
)
def test_a_pronoun_takes_no_complement_what_follows_a_preposition_is_its_addressee(language, text, expected):
    # the outlet after « à »/"told" is whom it was said to, never who said it (here no one is named)
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "« On ne peut pas enfermer des enfants dans des groupes », a déclaré sa coprésidente, Nageate Belahcen.",
            "Nageate Belahcen",
        ),
        ("fr", "« On ne peut pas enfermer des enfants dans des groupes », a déclaré sa coprésidente.", "coprésidente"),
        ("en", '"We cannot lock children into groups," said its co-chair, Nageate Belahcen.', "Nageate Belahcen"),
        ("en", '"We cannot lock children into groups," said its cofounder.', "cofounder"),
    ],
)
def test_a_person_word_after_a_prefix_names_a_person_and_the_name_apposed_to_it(language, text, expected):
    # `person_prefixes` (« coprésidente »); two capitalised words apposed to it are her name, whatever the
    # model typed them (a place here)
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The parents of a 15-year-old boy have sued the school district. The lawsuit says coaches made players "
            "run sprints in the heat.",
            "lawsuit",
        ),
        (
            "fr",
            "Les parents d'un adolescent ont attaqué le district scolaire en justice. Leur requête affirme que les "
            "entraîneurs ont fait courir les joueurs en pleine chaleur.",
            "requête",
        ),
    ],
)
def test_a_filed_text_speaks_as_written_when_no_author_is_named(language, text, expected):
    # `text_nouns`: a lawsuit, a petition, « une requête » is a signed text, not a thing that cannot speak
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Family sues school district after student's death\n\nDENVER — The parents of a 15-year-old boy who died "
            "after collapsing during football practice have sued the Cherry Creek School District, alleging that "
            "coaches ignored signs of heat stroke.",
        ),
        (
            "fr",
            "Une famille attaque un collège après la mort d'un élève\n\nMARSEILLE — Les parents d'un adolescent "
            "franco-algérien mort après un malaise en cours de sport ont attaqué le collège Longchamp, affirmant que "
            "les surveillants avaient ignoré les alertes.",
        ),
    ],
)
def test_hyphens_inside_a_subject_do_not_cut_it_off_like_a_dateline_dash(language, text):
    # the dateline's place and the parents are both the verb's subjects to the parser; only the spaced dash
    # cuts the place off
    assert speakers(text, language) == ["parents"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "« Nous n’avons pas d’autre choix », a expliqué mercredi 19 novembre à franceinfo Laurent Pichon, le "
            "directeur du centre hospitalier.",
            "Laurent Pichon",
        ),
        (
            "en",
            '"We have no other choice," Laurent Pichon, the hospital director, told the BBC on Wednesday 19 November.',
            "Laurent Pichon",
        ),
    ],
)
def test_a_date_between_an_incise_verb_and_its_subject_is_when_not_who(language, text, expected):
    # the day's number before its month is part of the date the inverted subject is read past
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # a title with a complement of its own (« chef d'escadron ») apposed before the name
            "fr",
            "Le conducteur a refusé d'obtempérer.\n\n« Par chance, il n'y avait personne sur la route à ce "
            "moment-là », a souligné le commandant de la compagnie de gendarmerie de Quimper, le chef "
            "d'escadron Yann Le Goff. Deux militaires ont été blessés.",
            "Yann Le Goff",
        ),
        (
            "en",
            'The driver refused to stop.\n\n"Luckily there was nobody on the road at that moment," said the '
            "commander of the county police unit, the chief of operations Paul Miller. Two officers were hurt.",
            "Paul Miller",
        ),
    ],
)
def test_a_name_apposed_after_a_title_with_its_own_complement_speaks(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # after the comma that closes the subject's apposition, the verb reports the infinitive after it:
            # no incise, and the words after the verb are no inverted subject
            "fr",
            "Les FSR n'ont pas réagi dans l'immédiat. Leur chef, le général Mohamed Hamdan Daglo, dit "
            "« Hemedti », avait affirmé la semaine dernière être prêt à « négocier sans conditions ».",
            "Mohamed Hamdan Daglo",
        ),
        (
            "en",
            "The RSF did not react immediately. Their leader, General Mohamed Hamdan Daglo, known as Hemedti, "
            'had said last week that he was ready to "negotiate without conditions."',
            "Mohamed Hamdan Daglo",
        ),
    ],
)
def test_a_verb_with_its_reported_clause_after_it_is_no_incise(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # "call" reports only with quoted words: the participle goes on from "said", the speaker's act
            "en",
            "Spain's prime minister, Pedro Sánchez, said on Thursday that his government would not call an "
            'early election despite losing a key vote in parliament, insisting he had "the strength and the '
            'will" to govern until 2027.',
            "Pedro Sánchez",
        ),
        (
            "fr",
            "Le Premier ministre, Pedro Sánchez, a déclaré jeudi que son gouvernement ne demanderait pas "
            "d'élections anticipées malgré la perte d'un vote clé, affirmant avoir « la force et la volonté » "
            "de gouverner jusqu'en 2027.",
            "Pedro Sánchez",
        ),
    ],
)
def test_a_participle_after_a_report_goes_on_from_the_reporting_verb(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # the title shares only a word of its complement with the person's and names a person noun they
            # were never given: another office
            "en",
            "Justice Michael Code of the Ontario Superior Court said the conviction was a miscarriage of "
            "justice. His lawyer, Sean MacDonald, said the case showed the need for a review commission. The "
            "federal justice minister said last year that such a body would be created.",
            "federal justice minister",
        ),
        (
            "fr",
            "Le ministre des Transports, Jonatan Julien, a expliqué que les études devaient être terminées.\n\n"
            "Dans l'opposition, on reste sceptique. « C'est une journée historique », a lancé la mairesse, "
            "Valérie Plante. Le porte-parole libéral en matière de transports estime que le gouvernement "
            "« recycle une vieille promesse ».",
            "porte-parole libéral en matière de transports",
        ),
    ],
)
def test_a_title_sharing_only_its_complement_with_a_persons_is_another_office(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # « il » may mean an organisation in French; with a person's title as the subject of the sentence
            # just before, it means that person, not the body ranked first
            "fr",
            "Le Conseil constitutionnel a censuré jeudi plusieurs articles de la loi. Dans sa décision, le "
            "Conseil rappelle qu'il ne se prononce pas « sur le fond ». Le ministre de l'Intérieur a pris acte "
            "de la décision. Il a toutefois regretté que « la volonté du Parlement » ne soit pas respectée.",
            "ministre de l'Intérieur",
        ),
        (
            # "he" never means an organisation: the title either way
            "en",
            "The Constitutional Council struck down several articles of the law on Thursday. In its decision, "
            'the council said it was not ruling "on the merits." The interior minister took note of the '
            'decision. He said, however, that "the will of Parliament" had not been respected.',
            "interior minister",
        ),
    ],
)
def test_a_pronoun_after_a_title_subject_is_the_titles_not_an_organisation_ranked_first(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le président sénégalais Amadou Diallo a appelé à l'unité. « Nous sommes un seul peuple », a insisté le "
            "chef de l'État.",
            "Amadou Diallo",
        ),
        (
            "fr",
            "Le président de la fédération des chasseurs, Paul Roux, a dénoncé le texte. « Nous sommes trahis », a "
            "insisté le chef de l'État.",
            "chef de l'État",
        ),
        (
            "en",
            'Senegalese President Amadou Diallo called for unity. "We are one people," the head of state said.',
            "Amadou Diallo",
        ),
        (
            "en",
            'Farmers\' union president Jane Roe attacked the bill. "We have been betrayed," the head of state said.',
            "head of state",
        ),
        # a word of tenure (« sortant », "outgoing") says when the title is held, not what more it covers
        (
            "fr",
            "Le président brésilien sortant, Rodrigo Alencar, a reconnu lundi sa défaite. « Le peuple a parlé », a "
            "déclaré le chef de l'État lors d'une allocution.",
            "Rodrigo Alencar",
        ),
        (
            "en",
            'The outgoing president, Rodrigo Alencar, conceded defeat on Monday. "The people have spoken," the head of '
            "state said in a brief address.",
            "Rodrigo Alencar",
        ),
    ],
)
def test_a_title_synonym_is_the_office_it_names_not_the_head_of_another_body(language, text, expected):
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Arizona's attorney general said Monday she will not prosecute the sheriff.\n\nAttorney General Kris "
            'Mayes made the announcement in a letter. "Sloppy record-keeping is not a crime," Mayes wrote. She added '
            "that the sheriff should repay the money.",
            ["Kris Mayes", "Kris Mayes", "Kris Mayes"],
        ),
        (
            "fr",
            "La procureure de Nanterre a annoncé lundi qu'elle ne poursuivrait pas le maire.\n\nLa procureure "
            "Claire Morel a détaillé sa décision dans un communiqué.",
            ["Claire Morel"],
        ),
    ],
)
def test_a_ledes_unnamed_title_is_the_person_the_next_paragraph_names_with_it(language, text, expected):
    # the wire's delayed identification; the lede's « she » shows the gender over the lexicon's "Kris"
    assert speakers(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "en",
            "The chancellor has ruled out raising income tax, telling MPs that the government would keep its "
            "promises.\n\nRachel Reeves made the pledge in the Commons. Pressed by the shadow chancellor, Mel Stride, "
            "she refused to say more.",
            "Mel Stride",
        ),
        (
            "fr",
            "La ministre a exclu toute hausse d'impôt, assurant que le gouvernement tiendrait ses promesses.\n\nAnne "
            "Roux s'est engagée devant les députés. Interrogée par la ministre adjointe, Julie Marin, elle a refusé "
            "d'en dire plus.",
            "Julie Marin",
        ),
    ],
)
def test_a_title_with_a_word_of_rank_is_another_office_for_the_ledes_title(language, text, not_expected):
    # "shadow" joins the words of rank: the shadow chancellor is not "the chancellor"
    assert not_expected not in speakers(text, language)
