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


@pytest.mark.parametrize(
    ("language", "text", "not_expected"),
    [
        (
            "en",
            'The family\'s lawyer, Sophie Lenoir, asked jurors to "look at these two young women." "They want the '
            'truth," she said. On Monday, the defendant had admitted to having "lied to investigators" about his '
            "finances.",
            "Sophie Lenoir",
        ),
        (
            # across a paragraph break too, where the only person met would be ranked
            "en",
            'The family\'s lawyer, Sophie Lenoir, asked jurors to "look at these two young women." "They want the '
            'truth," she said.\n\nOn Monday, the defendant had admitted to having "lied to investigators" about '
            "his finances.",
            "Sophie Lenoir",
        ),
        (
            "fr",
            "L'avocate de la famille, Me Sophie Lenoir, a demandé aux jurés de « regarder ces deux jeunes femmes ». "
            "« Elles demandent la vérité », avait-elle plaidé. Lundi, l'accusé avait reconnu avoir « menti aux "
            "enquêteurs » sur ses finances.",
            "Sophie Lenoir",
        ),
        (
            "en",
            'The club\'s coach, Paul Duarte, was furious. "We were robbed," he said. The player admitted that the '
            'penalty was "soft."',
            "Paul Duarte",
        ),
        (
            "fr",
            "L'entraîneur du club, Paul Duarte, était furieux. « On nous a volés », a-t-il dit. Le joueur a admis "
            "que le penalty était « léger ».",
            "Paul Duarte",
        ),
    ],
)
def test_a_person_given_one_role_of_a_scene_is_not_another_role_of_it(language, text, not_expected):
    # `role_sets`: a trial's lawyer is not its defendant, a match's coach is not a player
    found = speakers(text, language)
    assert len(found) >= 2 and found[-1] != not_expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            'The club\'s coach, Paul Duarte, was furious. "We were robbed," he said. The manager added that the '
            'penalty was "soft."',
            "Paul Duarte",
        ),
        (
            "fr",
            "L'entraîneur du club, Paul Duarte, était furieux. « On nous a volés », a-t-il dit. Le technicien a "
            "ajouté que le penalty était « léger ».",
            "Paul Duarte",
        ),
    ],
)
def test_another_word_for_the_same_role_is_the_same_person(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The White House welcomed the result. According to a senior administration official, Ukrainian forces "
            'are already rationing artillery shells. "Every week of delay costs lives," the official said.',
            "official",
        ),
        (
            "fr",
            "L'Élysée a salué le résultat. Selon un haut responsable du ministère, les forces ukrainiennes "
            "rationnent déjà les obus. « Chaque semaine de retard coûte des vies », a ajouté ce responsable.",
            "responsable",
        ),
    ],
)
def test_a_role_after_an_unnamed_source_of_the_sentence_before_is_that_source(language, text, expected):
    # the unnamed person who spoke there ("according to", « selon »), not the organisation named before
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # the prize a name complements inside the apposition is what she won, not a name for her
            "fr",
            "La romancière Claire Vasseur publie un nouveau livre. L'écrivaine, lauréate du prix Goncourt en "
            "2016, dit avoir longtemps douté de sa légitimité.",
            "Claire Vasseur",
        ),
        (
            "en",
            "The novelist Sarah Collins published a new book on Monday. The writer, a former winner of the "
            "Orwell Prize, said she had doubted herself for years.",
            "Sarah Collins",
        ),
    ],
)
def test_a_name_inside_an_appositions_complement_does_not_speak_for_the_epithet(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # the pronoun takes up the subject of the sentence before: a person the text brought in unnamed
            "en",
            "The defense claimed that Pell's supervisor approved the payments. Assistant U.S. Attorney Joseph "
            "Thompson told jurors that Mark Pell was guilty. The supervisor, who testified for the prosecution, "
            "denied that. He told the jury he had never seen the invoices.",
            "supervisor",
        ),
        (
            "fr",
            "La défense affirme que le superviseur de Marc Petit a validé les paiements. Le procureur Joseph "
            "Thomas a requis cinq ans contre Marc Petit. Le superviseur, qui a témoigné pour l'accusation, a "
            "démenti. Il a affirmé qu'il n'avait jamais vu les factures.",
            "superviseur",
        ),
        (
            # a noun the text had not met may be the press's epithet for the person named: she stays hers
            "fr",
            "L'avocate générale Claire Dumas a requis vingt ans contre Marc Petit. L'accusé, qui a toujours nié, "
            "encourt la perpétuité. Pendant deux heures, la magistrate a déroulé un dossier qu'elle a qualifié "
            "de « puzzle parfait ».",
            "Claire Dumas",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_brought_in_before_takes_them_up(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # no one named before: the pronoun means the person the noun of the sentence before stands for
            "fr",
            "Le procès s'est ouvert lundi. À la barre, le prévenu, âgé de 49 ans, a nié les faits. « Je n'ai "
            "jamais levé la main sur qui que ce soit », a-t-il affirmé.",
            "prévenu",
        ),
        (
            "en",
            'The trial opened on Monday. On the stand, the defendant, 49, denied the charges. "I never raised a '
            'hand to anyone," he said.',
            "defendant",
        ),
    ],
)
def test_a_pronoun_with_no_one_named_before_takes_up_the_person_noun_subject(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            # "the case" is a thing in the press, whatever the person-noun lexicon lists: not whom "he" means
            "en",
            "Woolworths said it would defend the case. The case comes as Prime Minister Anthony Albanese faces "
            'pressure over the cost of living. He told reporters that supermarkets "need to do the right thing."',
            "Anthony Albanese",
        ),
        (
            "fr",
            "Woolworths a annoncé qu'elle se défendrait. L'affaire survient alors que le Premier ministre Anthony "
            "Albanese est critiqué sur le coût de la vie. Il a déclaré que les supermarchés devaient « faire ce "
            "qui est juste ».",
            "Anthony Albanese",
        ),
    ],
)
def test_a_thing_the_lexicon_lists_as_a_person_is_not_a_pronouns_antecedent(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le premier ministre Paul Roux a défendu sa décision. Le député caquiste de Chauveau, qui avait fait "
            "campagne sur le tunnel, ne cache pas sa déception. « C'est un coup dur pour nous », a-t-il confié.",
            "député caquiste de Chauveau",
        ),
        (
            "fr",
            "La ministre Anne Roux a défendu le budget. L'avocat de Marc Lenoir ne cache pas sa colère. « C'est un "
            "scandale », a-t-il lancé.",
            "avocat de Marc Lenoir",
        ),
        (
            "en",
            'Minister Paul Kent defended the budget. The lawyer for Marc Lenoir did not hide his anger. "This is a '
            'scandal," he said.',
            "lawyer for Marc Lenoir",
        ),
    ],
)
def test_a_name_in_a_title_subjects_complement_is_not_whom_the_pronoun_after_it_means(language, text, expected):
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Arthur Roux s'est qualifié jeudi en battant l'Américain Tommy Lee en trois sets.\n\n« J'ai su rester "
            "patient », a expliqué le Français en conférence de presse.",
            "Arthur Roux",
        ),
        (
            "en",
            'Arthur Roux reached the quarter-finals on Thursday, beating American Tommy Lee in three sets.\n\n"I '
            'stayed patient," the Frenchman said at his news conference.',
            "Arthur Roux",
        ),
    ],
)
def test_a_nationality_epithet_is_one_person_and_never_someone_of_another_nationality(language, text, expected):
    # « le Français » is singular by its article (the noun's form is both), and not « l'Américain Tommy Lee »
    assert speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La Région va geler les recrutements, a annoncé lundi le ministre-président, Paul Lemaire.\n\n« Nous "
            "n'avons pas le choix », a justifié le socialiste devant le parlement.",
            "Paul Lemaire",
        ),
        (
            "en",
            'Jane Roe, who teaches at Leeds, spoke to reporters on Monday.\n\n"Crime is falling," the '
            "criminologist said.",
            "Jane Roe",
        ),
    ],
)
def test_a_noun_with_a_person_suffix_is_an_epithet_for_the_person_before(language, text, expected):
    # « le socialiste » is no word of the lexicon; its ending (`person_suffixes`) makes it a person's
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Margaret Hollis, 84, waited 14 hours for an ambulance. Her daughter, Susan Hollis, said the family had "
            'called four times.\n\nLocal MP Navendu Mishra said he would raise the case in Parliament. "This is not a '
            'one-off," the Labour politician said.',
            "Navendu Mishra",
        ),
        (
            "fr",
            "Marguerite Roux, 84 ans, a attendu 14 heures. Sa fille, Suzanne Roux, a affirmé que la famille avait "
            "appelé quatre fois.\n\nLe député Paul Lenoir a annoncé qu'il saisirait le ministre. « Ce n'est pas un cas "
            "isolé », a insisté l'élu socialiste.",
            "Paul Lenoir",
        ),
    ],
)
def test_a_noun_for_anyone_in_public_life_is_an_epithet_whatever_the_office(language, text, expected):
    # `generic_person_nouns`: "the Labour politician" after "Local MP X" is X, though "MP" is another title word
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the person noun that is the subject of the sentence just before is whom the pronoun means, when the
        # person ranked first was last met in an earlier paragraph or bears a first name of the other gender
        (
            "fr",
            "Me Antoine Roux a plaidé la relaxe. « Mon client est innocent », a-t-il dit.\n\nDans la salle, la fille "
            "de la victime a fondu en larmes. « On veut la vérité », a-t-elle glissé.",
            "fille de la victime",
        ),
        (
            "en",
            'Defense lawyer Antoine Roux asked for an acquittal. "My client is innocent," he said.\n\nIn the gallery, '
            'the daughter of the victim broke down in tears. "We just want the truth," she said.',
            "daughter of the victim",
        ),
    ],
)
def test_a_pronoun_after_a_person_noun_subject_means_it_not_someone_from_an_earlier_paragraph(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an adjective before a noun with an elided article shows its gender (« l'ancien militaire » is « il »);
        # English nouns show none, and its pronoun finds the subject anyway
        (
            "fr",
            "Le verdict est attendu. Interrogé par le président de la cour, l'ancien militaire a maintenu sa "
            "version. « Je regrette chaque jour », a-t-il dit.",
            "ancien militaire",
        ),
        (
            "en",
            "The verdict is expected Friday. Questioned by the judge, the former soldier stood by his account. "
            '"I regret it every day," he said.',
            "former soldier",
        ),
    ],
)
def test_an_adjective_shows_the_gender_an_elided_article_hides(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the name a possessed subject opens with is its possessor, not who the phrase is: the pronoun after
        # it means the phrase (French puts the possessor in a complement, already no one's title: documented)
        (
            "en",
            "Sandra Whitlock admitted neglect. Judge Richard Adams jailed her for four years.\n\nIn mitigation, "
            'Whitlock\'s barrister said she had been "overwhelmed". "She accepts that she failed," he said.',
            "Whitlock's barrister",
        ),
        (
            "fr",
            "Sandra Whitlock a reconnu les faits. Le juge Richard Adams l'a condamnée à quatre ans de prison.\n\nPour "
            "sa défense, l'avocat de Sandra Whitlock a dit qu'elle avait été « dépassée ». « Elle reconnaît avoir "
            "failli », a-t-il dit.",
            "avocat de Sandra Whitlock",
        ),
    ],
)
def test_a_pronoun_after_a_possessed_subject_means_the_phrase_not_its_possessor(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a clause the parser read as a noun phrase (the noun its root, the copula below it) has that noun as its
        # subject, whom the pronoun after it means (English parses it as a clause: documented)
        (
            "fr",
            "Le commandant Yann Le Floch a indiqué que le feu était éteint.\n\nLe bâtiment abritait un grossiste. Le "
            "gérant de l'entreprise, arrivé sur place au petit matin, était sous le choc. « Vingt ans de travail "
            "partis en fumée », a-t-il soufflé.",
            "gérant de l'entreprise",
        ),
        (
            "en",
            "Commander Yann Le Floch said the fire was out.\n\nThe building housed a wholesaler. The manager of the "
            'firm, who arrived at dawn, was in shock. "Twenty years of work gone up in smoke," he said.',
            "manager of the firm",
        ),
    ],
)
def test_a_clause_parsed_as_a_noun_phrase_has_that_noun_as_its_subject(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the subject of a clause a subordinator opens is not the sentence's; parsed as a noun phrase, the
        # sentence has its opening noun as its subject, whom the pronoun after it means
        (
            "fr",
            "Karine Bouchard dit avoir signé le formulaire.\n\nUne infirmière scolaire, qui a requis l'anonymat "
            "parce qu'elle n'est pas autorisée à parler aux médias, s'inquiète du manque de personnel. Selon elle, "
            "plusieurs équipes devront « vacciner à la chaîne ».",
            "infirmière scolaire",
        ),
        (
            "en",
            "Karine Bouchard said she had signed the form.\n\nA school nurse, who asked not to be named because she "
            'is not allowed to speak to reporters, worried about staffing. "We are exhausted," she said.',
            "school nurse",
        ),
    ],
)
def test_a_subordinate_clauses_subject_is_not_the_sentences(language, text, expected):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Louise Tremblay habite Rosemont depuis 1998. « Ils sont trop longs », a dit Cédric Dussault, qui juge les "
            "délais excessifs.\n\nLe chef de l'opposition officielle a pour sa part dénoncé une « opération de "
            "relations publiques ». « Ce gouvernement a laissé faire », a-t-il lancé.",
            "chef de l'opposition officielle",
        ),
        (
            "en",
            'Cedric Dussault said the delays were too long. "They are far too long," he said.\n\nThe opposition '
            'leader, for his part, denounced a "public relations exercise". "This government let it happen," he said.',
            "opposition leader",
        ),
    ],
)
def test_a_pronoun_after_a_title_subject_means_it_when_the_person_ranked_was_met_paragraphs_before(
    language, text, expected
):
    assert speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Même son de cloche chez Awa Fall. La secrétaire générale du syndicat a dénoncé le mépris du ministère. "
            "« On nous sert du thé et des promesses », a-t-elle dénoncé. Mme Fall a promis de durcir le mouvement.",
            "Awa Fall",
        ),
        (
            "en",
            "Same story with Awa Fall. The union's general secretary denounced the ministry's contempt. "
            '"They serve us tea and promises," she said. Ms Fall vowed to harden the strike.',
            "Awa Fall",
        ),
    ],
)
def test_a_courtesy_title_is_no_office_that_rules_out_another(language, text, expected):
    assert speakers(text, language)[0] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Son directeur de thèse, le Pr Hicham Lamrani, a souligné que la comète était faible."),
        ("en", "Her thesis supervisor, Prof. Hicham Lamrani, said the comet was faint."),
    ],
)
def test_a_second_subject_that_is_a_title_carrying_a_name_names_the_first(language, text):
    assert speakers(text, language) == ["Hicham Lamrani"]
