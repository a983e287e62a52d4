"""Who holds a title: the name a comma sets beside it, never a person whose title shares only an
adjective or whose first name is the other gender's. Sentences of our own, in both languages."""

import pytest

from tests.whosaid.test_who_can_speak import speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministre délégué aux Transports, Philippe Tabarot, a jugé cette grève « irresponsable ».",
            "Philippe Tabarot",
        ),
        (
            "fr",
            "« Nous tiendrons », a assuré la secrétaire générale, Sophie Marel. La ministre déléguée aux Sports, "
            "Claire Vidal, a jugé cette grève « inutile ».",
            "Claire Vidal",
        ),
    ],
)
def test_a_name_set_beside_a_title_after_its_complement_speaks(language, text, expected):
    # the complement « aux Transports » (read as an addressee) is cut off; the name after it is not
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "fr",
            "« Nous ne lâcherons rien », a prévenu le secrétaire général du syndicat, Marc Duval. Au tribunal, "
            "l'avocate générale a indiqué qu'elle requerrait la semaine prochaine.",
            "Marc Duval",
        ),
        (
            "en",
            '"We will not give in," said the chief negotiator, Mark Dole. In court, the chief prosecutor said she '
            "would appeal.",
            "Mark Dole",
        ),
    ],
)
def test_a_title_sharing_only_an_adjective_is_another_office(language, text, not_expected):
    # the same rank of another office: whether the text named this person earlier or only met them
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "fr",
            "Son avocat, Me Sébastien Roux, a plaidé la relaxe. « Elle ne comprenait pas », a-t-il insisté. "
            "L'avocate a ensuite indiqué qu'elle ferait appel.",
            "Sébastien Roux",
        ),
        (
            "en",
            "The board's chairman, Daniel Roe, opened the meeting. Later, the chairwoman said the vote would be "
            "delayed.",
            "Daniel Roe",
        ),
    ],
)
def test_a_title_of_one_gender_is_not_a_person_whose_first_name_is_the_other(language, text, not_expected):
    # (English titles rarely show a gender; the chairwoman documents that it holds there too)
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "fr",
            "Les voyageurs s'impatientent. « C'est la troisième fois ce mois-ci », soupire Nadia Perrin, une "
            "infirmière. Son compagnon, lui, relativise : « On finira bien par partir. »",
            "Nadia Perrin",
        ),
        (
            "en",
            'Commuters were furious. "This is the third time this month," said Nadia Price, a nurse. Her partner '
            'was calmer: "We will get there."',
            "Nadia Price",
        ),
        (
            "fr",
            "Marc Olivier a été condamné mardi. Son avocat a annoncé qu'il ferait appel.",
            "Marc Olivier",
        ),
    ],
)
def test_a_phrase_opening_with_a_possessive_is_never_the_possessor(language, text, not_expected):
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        # a noun with a possessor ("the driver's") is someone of the possessor's, not the one person met
        # (French says it with a complement, « la famille du conducteur », read by the title rules: it documents
        # that side)
        (
            "en",
            'Inspector Dana Ruiz said officers had arrested a man. The driver\'s family said they were "devastated".',
            "Dana Ruiz",
        ),
        (
            "en",
            'Inspector Dana Ruiz said officers had arrested a man. The driver\'s mother said he was "a kind boy".',
            "Dana Ruiz",
        ),
        (
            "fr",
            "L'inspectrice Dana Ruiz a indiqué qu'un homme avait été interpellé. La famille du conducteur a dit "
            "qu'elle était « effondrée ».",
            "Dana Ruiz",
        ),
    ],
)
def test_a_noun_with_a_possessor_is_not_the_only_person_met(language, text, not_expected):
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministre Paul Garnier a visité l'usine lundi. Le nouveau gouvernement s'est fixé pour objectif de "
            "réduire la dette. Il a cependant déclaré que « cette réduction ne doit pas freiner la croissance ».",
            "nouveau gouvernement",
        ),
        (
            "fr",
            "La maire Anne Colin a inauguré le pont. La Commission européenne a validé le financement mardi. Elle a "
            "précisé que « les travaux devront s'achever en 2027 ».",
            "Commission européenne",
        ),
    ],
)
def test_a_gendered_pronoun_may_stand_for_the_organisation_the_sentence_before_had_as_subject(language, text, expected):
    # French pronouns follow the grammatical gender of the noun: « le gouvernement … il », « la Commission … elle »
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "organisation"),
    [
        (
            "fr",
            "La maire Anne Colin a inauguré le pont. La représentante du ministère public a requis dix ans. Elle a "
            "précisé que « la peine doit être exemplaire ».",
            "ministère public",
        ),
        (
            "en",
            "Mayor Paul Garner opened the bridge. The ministry approved the funding on Tuesday. He said that "
            '"the works will end in 2027."',
            "ministry",
        ),
    ],
)
def test_a_gendered_pronoun_means_no_organisation_where_a_role_was_the_subject(language, text, organisation):
    # a role is a person of the organisation, not the organisation; English "he" never stands for one
    assert organisation not in (speakers(text, language)[-1] or "")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministre de l'Intérieur, Paul Garnier, s'est félicité de la décision. « Jamais un texte n'a prévu "
            "autant de moyens », a ajouté le locataire de la place Beauvau.",
            "Paul Garnier",
        ),
        (
            "en",
            'Interior Minister Paul Garner welcomed the ruling. "No law has ever done more," added the occupant of '
            "the Home Office.",
            "Paul Garner",
        ),
    ],
)
def test_a_longer_epithet_after_a_sentence_about_a_named_person_is_them(language, text, expected):
    # a person noun whose complement holds capitals (« de la place Beauvau ») was shown as written
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "en",
            'Fans booed at the end. "We were robbed," the former Manchester United player said.',
            "Manchester United",
        ),
        ("fr", "Les supporters ont sifflé. « On nous a volés », a réagi l'ancien joueur du PSG.", "PSG"),
    ],
)
def test_a_name_that_qualifies_a_person_noun_before_it_does_not_speak(language, text, not_expected):
    # the model typed "Manchester United" a person; the player speaks, not the club's name
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "en",
            'At the summit, Prime Minister Karl Stamm met Brazil\'s president. "A reliable partner," the head of '
            "state said.",
            "Karl Stamm",
        ),
        (
            "fr",
            "« Nous ne céderons pas », a assuré son secrétaire général, Roger Rubio. Le président de la cour a "
            "rappelé que l'expertise serait examinée jeudi.",
            "Roger Rubio",
        ),
    ],
)
def test_a_title_naming_its_remit_in_lower_case_is_not_the_only_person_met(language, text, not_expected):
    # "head of state", « président de la cour »: an office of its own, not the person given another title
    assert speakers(text, language)[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        (
            "fr",
            "« Les faits se sont produits vers 22 heures », a indiqué le commissaire divisionnaire Pierre Le Gall.",
            "le commissaire divisionnaire Pierre Le Gall",
        ),
        (
            "en",
            '"It happened at ten," said Detective Superintendent Pierre Le Gall.',
            "Detective Superintendent Pierre Le Gall",
        ),
    ],
)
def test_the_speaker_phrase_runs_to_the_end_of_the_name_its_last_word_opens(language, text, phrase):
    # « Le Gall » parsed as a subject of its own cut the phrase after « Pierre » (the name was right)
    from whosaid import analyze

    quote = analyze(text, language=language).quotes[0]
    assert quote.speaker.text == phrase


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Selon l'Unédic, le report coûtera 400 millions d'euros par an. L'organisme gestionnaire a rappelé qu'il "
            "restait « en déficit » depuis trois ans.",
            "Unédic",
        ),
        (
            "en",
            "According to Ofgem, the cap will rise by 10% in April. The watchdog's board said that it "
            'remained "deeply concerned" about arrears.',
            None,  # (a possessive phrase: the board, not the watchdog; documents the English side)
        ),
        (
            "en",
            'Ofgem said the cap would rise by 10% in April. The agency added that it remained "deeply '
            'concerned" about arrears.',
            "Ofgem",
        ),
    ],
)
def test_a_definite_noun_for_a_body_after_a_sentence_about_an_organisation_is_it(language, text, expected):
    # « L'organisme gestionnaire » was shown as written, though the sentence before was the Unédic's
    found = speakers(text, language)[-1]
    assert found == expected if expected is not None else found != "Ofgem"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Selon Transport Québec, la route restera fermée. L'organisme prévient que la neige reviendra.",
            "Transport Québec",
        ),
        ("en", "Texas said the road will stay closed. The state warned that more rain would come.", "Texas"),
        # an organisation named since is the one the noun may mean: not the place
        (
            "fr",
            "Selon Transport Québec, la route restera fermée, comme l'a confirmé la Sûreté du Québec. L'organisme "
            "prévient que la neige reviendra.",
            "not Transport Québec",
        ),
    ],
)
def test_a_body_the_model_typed_a_place_that_spoke_is_what_the_body_noun_after_it_means(language, text, expected):
    # « Selon Météo-France, P. L'organisme prévient Q » with the name typed a place: the noun was shown as written
    found = speakers(text, language)[-1]
    assert found == expected if not expected.startswith("not ") else found != expected[4:]


@pytest.mark.parametrize(
    ("language", "text", "organisation"),
    [
        (
            "en",
            "Janice Johnston's departure leaves the State Election Board with a Republican majority. In a letter "
            'to the governor, she wrote that the board had "abandoned its duty."',
            "State Election Board",
        ),
        (
            "en",
            "Acme Corp announced 300 job cuts on Monday. In a letter to staff, she wrote that the decision was "
            '"painful but necessary."',
            "Acme Corp",
        ),
    ],
)
def test_an_english_gendered_pronoun_never_means_an_organisation(language, text, organisation):
    # "she" went to the board when the model left the woman's name untyped: shown as written instead
    assert speakers(text, language)[-1] != organisation


def test_a_french_gendered_pronoun_may_still_mean_an_organisation():
    # (French pronouns follow the noun's gender: « la SNCF … elle »)
    text = "La SNCF a annoncé mardi la suppression de 300 trains. Elle a précisé que « la situation reste tendue »."
    assert speakers(text, "fr")[-1] == "SNCF"


def test_a_gendered_pronoun_after_a_sentence_the_organisation_spoke_in_is_the_organisation():
    # a person spoke before, but the organisation spoke in the sentence just before the pronoun
    text = (
        "« C'est une attaque délibérée », a dénoncé le président Ivan Petrenko.\n\nLe ministère russe de la Défense "
        "a de son côté affirmé avoir frappé « des sites militaires ». Toutes les cibles ont été atteintes, "
        "a-t-il ajouté."
    )
    assert speakers(text, "fr")[-1] == "ministère russe de la Défense"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "L'attaquant a glissé qu'il était « content pour le groupe ».", "attaquant"),
        ("fr", "La buteuse a assuré que l'équipe était « prête ».", "buteuse"),
        ("en", 'The defenseman said he was "happy for the group."', "defenseman"),
    ],
)
def test_a_players_position_names_a_person_who_can_speak(language, text, expected):
    # « L'attaquant anglais a glissé … » was read as a thing, which never speaks: the quote had no speaker
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministre de l'Économie a défendu lundi devant la commission des finances le plan d'économies prévu "
            "pour l'an prochain, assurant qu'il n'y aurait « pas de hausse générale des impôts ».",
            "ministre de l'Économie",
        ),
        (
            "en",
            "The finance minister defended the savings plan before the budget committee on Monday, insisting that "
            'there would be "no general tax increase."',
            "finance minister",
        ),
    ],
)
def test_a_participle_after_a_comma_is_the_act_of_its_clauses_subject(language, text, expected):
    # the parser hung « assurant » on « plan »: the quote had no speaker of its own and went to a name
    # of the sentence (« Assemblée nationale ») by rank
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le FMI a relevé sa prévision de croissance. Son économiste en chef, Pierre-Olivier Gourinchas, a averti "
            "que la dette restait « préoccupante ». Selon l'institution, l'inflation reculera en 2026.",
            "FMI",
        ),
        (
            "en",
            "The IMF raised its growth forecast. Its chief economist, Pierre-Olivier Gourinchas, said debt remained "
            '"worrying." The institution added that inflation would ease in 2026.',
            "IMF",
        ),
        # another organisation named since: the noun may be either, shown as written
        (
            "fr",
            "Le FMI a relevé sa prévision de croissance. Son économiste en chef, Pierre-Olivier Gourinchas, a averti, "
            "comme la Banque mondiale, que la dette restait « préoccupante ». Selon l'institution, l'inflation "
            "reculera en 2026.",
            "institution",
        ),
    ],
)
def test_a_noun_for_any_kind_of_body_is_the_last_organisation_of_its_paragraph(language, text, expected):
    # « Selon l'institution » after « Le Haut Conseil … Son président, Pierre Moscovici, a averti » was shown
    # as written at 0.70, trusted
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Spotify a salué la décision. La directrice juridique, Florence Bretagne, a dit que l'attente avait été "
            "trop longue.",
            "Florence Bretagne",
        ),
        (
            "en",
            "Spotify welcomed the decision. The company's general counsel, Dustee Jenkins, said it had waited too "
            "long for action.",
            "Dustee Jenkins",
        ),
        # a place apposed to the title's complement is no person
        ("en", "The mayor of the capital, Nairobi, said the roads would reopen.", "mayor of the capital"),
    ],
)
def test_a_full_name_typed_a_place_beside_a_title_is_its_holder(language, text, expected):
    # the model typed the name a place, and places were never the person a title phrase names
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La direction de l'entreprise a dénoncé une grève « inacceptable ». Son PDG, Jean Morel, a assuré que "
            "« tout sera fait pour que chacun puisse rentrer chez lui ». Il a précisé que les voyageurs dont le "
            "train serait supprimé seraient remboursés.\n\nLe ministre des Transports est monté au créneau. "
            "« Prendre en otage les Français à Noël, c'est irresponsable », a-t-il lancé sur France Inter. Il a "
            "appelé les deux parties à reprendre les négociations « dès ce soir ».",
            "ministre des Transports",
        ),
        (
            "en",
            'The company\'s management condemned an "unacceptable" strike. Its chief executive, Jean Morel, said '
            '"everything will be done so that everyone can get home." He added that passengers whose trains were '
            'cancelled would be refunded.\n\nThe transport secretary weighed in. "Taking the French hostage at '
            'Christmas is irresponsible," he told the BBC. He urged both sides to "return to talks tonight."',
            "transport secretary",
        ),
    ],
)
def test_the_pronoun_that_named_the_last_speaker_goes_on_meaning_them(language, text, expected):
    # « Il a appelé … » right after « …, a-t-il lancé » (the minister, shown as written) went to the chief
    # executive of the paragraph before, ranked first, at 0.83
    assert speakers(text, language)[-2:] == [expected, expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le Palika a choisi de participer. Son porte-parole juge qu'il faut « être autour de la table pour "
            "peser ».",
            "Palika",
        ),
        ("en", 'Renault chose to take part. Its spokesman said it was important to "be at the table."', "Renault"),
        # a person's voice is no organisation's: as written
        (
            "fr",
            "Le ministre Paul Roux a choisi de participer. Son porte-parole juge qu'il faut « être autour de la "
            "table pour peser ».",
            "porte-parole",
        ),
    ],
)
def test_an_unnamed_voice_of_the_organisation_before_speaks_for_it(language, text, expected):
    # « Son porte-parole » after a sentence about the Palika was shown as written at 0.75, trusted
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La ministre de l'Agriculture a défendu la stratégie du gouvernement. « L'abattage est la seule manière "
            "d'arrêter la maladie », a-t-elle martelé devant l'Assemblée.",
            "ministre de l'Agriculture",
        ),
        (
            "en",
            'The agriculture secretary defended the strategy. "Culling is the only way to stop the disease '
            'spreading," she told lawmakers.',
            "agriculture secretary",
        ),
    ],
)
def test_a_pronoun_with_no_one_named_means_the_title_the_sentence_before_had_as_subject(language, text, expected):
    # with no person named in the article the pronoun was shown as written ("she") at 0.20
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le maire, Paul Vidal, a réagi mardi. La préfète, Anne Roy, a rappelé les règles. Lina Morel, 23 ans, a "
            "témoigné devant le conseil. « On nous dit que c'est le marché. Mais le marché nous met dehors », lance "
            "l'étudiante en droit.",
            "Lina Morel",
        ),
        (
            "en",
            "The mayor, Paul Vidal, responded on Tuesday. The prefect, Anne Roy, recalled the rules. Student Lina "
            'Morel, 23, testified before the council. "They tell us it is the market. But the market is throwing us '
            'out," the law student said.',
            "Lina Morel",
        ),
    ],
)
def test_the_sentence_before_a_quotation_of_several_sentences_is_the_one_before_it(language, text, expected):
    # the incise's sentence opened inside the quotation, so "the sentence before" was the quotation's first
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "owner", "expected"),
    [
        (
            "fr",
            "La maire, Martine Aubry, ne se représente pas. À droite, la députée Violette Spillebout se dit prête. "
            "L'ancienne directrice de cabinet de la maire estime que la ville a besoin d'un « nouveau souffle ».",
            "Martine Aubry",
            "Violette Spillebout",
        ),
        (
            "en",
            "The mayor, Martha Albright, will not run again. On the right, Congresswoman Violet Spiller says she is "
            'ready. The former chief of staff to the mayor said the city needed "a fresh start."',
            "Martha Albright",
            None,  # (shown as written: the English epithet rule does not take her; documents the other side)
        ),
    ],
)
def test_a_title_of_someones_staff_is_not_that_persons_title(language, text, owner, expected):
    # « L'ancienne directrice de cabinet de la maire » matched the mayor's title words (« maire ») at 0.90;
    # a past title (« ancienne », "former") does not stand against a present one either
    found = speakers(text, language)[-1]
    assert found != owner
    assert expected is None or found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Les combats se sont intensifiés. Les Forces de soutien rapide ont démenti viser des civils. Dans un "
            "communiqué, le groupe paramilitaire accuse l'armée d'utiliser « les habitants comme boucliers ».",
            "Forces de soutien rapide",
        ),
        (
            "en",
            "Fighting intensified. The Rapid Support Forces denied targeting civilians. In a statement, the "
            'paramilitary group accused the army of using "residents as human shields."',
            "Rapid Support Forces",
        ),
    ],
)
def test_a_business_noun_no_business_ranks_for_is_the_organisation_the_sentence_before_was_about(
    language, text, expected
):
    # « le groupe paramilitaire » was shown as written at 0.56 (the model's extent of the name may differ)
    found = speakers(text, language)[-1]
    assert found is not None and (expected in found or found in expected) and "groupe" not in found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le médicament, mis au point par le groupe pharmaceutique Neuronix, réduit les plaques, selon une étude "
            "du New England Journal of Medicine. L'entreprise a indiqué qu'il n'était pas certain que les décès "
            "soient liés au traitement.",
            "Neuronix",
        ),
        (
            "en",
            "The drug, developed by the biotech firm Neuronix, cleared plaques, according to the New England Journal "
            "of Medicine. The company said it was not clear whether deaths were linked to the drug.",
            "Neuronix",
        ),
    ],
)
def test_a_business_noun_means_the_name_the_text_gave_a_business_noun(language, text, expected):
    # "The company" went to the journal that spoke last at 0.86: the text had called Neuronix "the biotech
    # firm" (a name the model typed a place), and one business noun stands for another
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le coordinateur humanitaire de l'ONU, Tom Fletcher, s'est rendu à Genève. L'organisation a estimé que "
            "25 millions de personnes avaient besoin d'une aide d'urgence.",
            "ONU",
        ),
        (
            "en",
            "The UN humanitarian coordinator, Tom Fletcher, travelled to Geneva. The organisation estimates that 25 "
            "million people need emergency aid.",
            "UN",
        ),
    ],
)
def test_a_noun_for_any_kind_of_body_is_else_the_last_organisation_named_in_its_paragraph(language, text, expected):
    # the UN only named as the complement of a title: "The organisation" was shown as written
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected", "not_expected"),
    [
        (
            "fr",
            "« Combien de morts faudra-t-il encore ? », interroge Laure, membre de l'association Place au vélo, qui "
            "dénonce un carrefour « dangereux depuis des années ».",
            "Laure",
            "Place",
        ),
        (
            "en",
            '"How many more deaths will it take?" asked Laura, member of the group Bike Space, who denounced a '
            'junction "dangerous for years."',
            "Laura",
            "Bike Space",
        ),
    ],
)
def test_a_relative_clause_after_a_bare_title_apposed_to_a_name_is_that_persons(language, text, expected, not_expected):
    # « qui dénonce » stood for « membre de l'association Place au vélo » and spoke as the truncated « Place »
    found = speakers(text, language)
    assert found[0] == expected and not any(s and not_expected in s for s in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le maire de Marseille, Benoît Payan, a officialisé samedi sa candidature devant ses militants.\n\n"
            "« Marseille a changé. On ne reviendra pas en arrière », a lancé l'édile divers gauche.",
            "Benoît Payan",
        ),
        (
            "en",
            "The mayor of Marseille, Benoit Payan, announced on Saturday that he would run again.\n\n"
            '"Marseille has changed. We will not go back," the former teacher told supporters.',
            "Benoit Payan",
        ),
        # after a paragraph of several sentences, a title opening the next one may be someone new
        (
            "fr",
            "Sa porte-parole, Amandine Collin, dit avoir été « sidérée ». « On nous annonce une fermeture », "
            "a-t-elle déploré.\n\nL'échevine des Finances a reconnu que le calendrier était « serré ».",
            "échevine des Finances",
        ),
    ],
)
def test_an_epithet_opening_the_paragraph_after_a_one_sentence_lede_is_the_ledes_person(language, text, expected):
    # « l'édile divers gauche » right after the lede about the mayor was shown as written at 0.84
    assert speakers(text, language)[-1] == expected
