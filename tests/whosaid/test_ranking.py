"""The speaker ranking: candidates, hard constraints, named features, weights as data (no spaCy)."""

import json
from importlib import resources

import pytest

from whosaid.ranking import FEATURES, USES, Candidate, Distances, Weights, allowed, best, default_weights, features

# sentences start at 0, 100, 200, 300; a paragraph starts at 200
DIST = Distances([0, 100, 200, 300], [200])


def cand(position, role="mention", label="PERSON", gender=None, introduced=False, name=None):
    return Candidate(
        seen=name or f"{role}@{position}",
        position=position,
        role=role,
        label=label,
        gender=gender,
        introduced=introduced,
    )


def test_the_weights_file_names_every_use_and_feature_and_nothing_else():
    raw = json.loads(resources.files("whosaid").joinpath("data/ranking.json").read_text(encoding="utf-8"))
    assert set(raw["weights"]) == set(USES)
    for use in USES:
        assert set(raw["weights"][use]) == set(FEATURES)
        assert default_weights(use).values == {k: float(v) for k, v in raw["weights"][use].items()}
    # a person pronoun wants a person; a floating quote may be an organisation's
    assert default_weights("pronoun").values["organisation"] < 0 == default_weights("floating").values["organisation"]


@pytest.mark.parametrize(
    "candidate, gender, person, ok",
    [
        (cand(10, gender="masc"), "fem", True, False),  # "elle" is not a man the text shows as one
        (cand(10, gender="fem"), "fem", True, True),
        (cand(10), "fem", True, True),  # unknown gender fits either
        (cand(10, label="PLACE"), "masc", True, False),  # a place merely named is nobody
        (cand(10, role="speaker", label="PLACE"), "masc", True, True),  # a "place" that spoke may be a person
        (cand(10, role="speaker", label=None), "fem", True, False),  # "elle" is not "les habitants"
        (cand(10, role="speaker", label=None), None, True, True),
    ],
)
def test_hard_constraints(candidate, gender, person, ok):
    assert allowed(candidate, gender=gender, person=person) is ok


def test_features_count_sentences_and_paragraphs_back_and_known_agreement():
    got = features(cand(50, gender="fem", introduced=True), 250, DIST, gender="fem", person=True)
    assert got["mention"] == 1.0 and got["speaker"] == 0.0
    assert got["sentences_back"] == 2.0  # the sentences starting at 100 and 200
    assert got["paragraphs_back"] == 1.0
    assert got["gender_agrees"] == 1.0 and got["introduced"] == 1.0
    assert features(cand(50, label="ORG"), 250, DIST, gender=None, person=True)["organisation"] == 1.0


def test_a_recent_speaker_beats_an_older_one_and_a_person_beats_an_organisation():
    weights = Weights({"speaker": 3.0, "mention": 1.0, "sentences_back": -0.5, "organisation": -4.0})
    old, recent = cand(10, role="speaker", name="old"), cand(210, role="speaker", name="recent")
    assert best([old, recent], 320, DIST, gender=None, person=True, weights=weights).seen == "recent"
    org = cand(250, role="speaker", label="ORG", name="org")
    assert best([old, org], 320, DIST, gender=None, person=True, weights=weights).seen == "old"
    # where nobody else fits, the organisation is the answer
    assert best([org], 320, DIST, gender=None, person=True, weights=weights).seen == "org"


def test_candidates_after_the_reference_and_excluded_ones_are_never_chosen():
    later = cand(400, role="speaker", name="later")
    man = cand(10, role="speaker", gender="masc", name="man")
    assert best([later, man], 320, DIST, gender="fem", person=True) is None
    assert best([later, man], 320, DIST, gender="masc", person=True).seen == "man"


def phrase(position=320):
    return Candidate(seen="the phrase", position=position, role="as_written", label=None, gender=None)


def test_the_phrase_as_written_is_a_candidate_that_no_constraint_removes_and_that_has_its_own_feature():
    assert allowed(phrase(), gender="fem", person=True)
    got = features(phrase(), 320, DIST, gender="fem", person=True)
    assert got["as_written"] == 1.0 and sum(got.values()) == 1.0  # no distance, no role


@pytest.mark.parametrize("as_written, expected", [(-100.0, "near"), (3.0, "the phrase")])
def test_the_phrase_as_written_wins_when_no_candidate_scores_above_it(as_written, expected):
    weights = Weights({"mention": 2.0, "sentences_back": -0.5, "as_written": as_written})
    near = cand(210, name="near")  # one sentence back: 2.0 - 0.5 = 1.5
    assert best([near, phrase()], 320, DIST, gender=None, person=True, weights=weights).seen == expected


def test_alone_marks_the_only_allowed_name_and_a_second_person_takes_it_away():
    weights = Weights({"mention": 1.0, "alone": 4.0, "as_written": 3.0})
    one = cand(210, name="Ann")
    assert best([one, phrase()], 320, DIST, gender=None, person=True, weights=weights).seen == "Ann"
    other = cand(250, name="Bob")
    assert best([one, other, phrase()], 320, DIST, gender=None, person=True, weights=weights).seen == "the phrase"
    # the same person met twice is still alone; a man excluded by agreement is no rival
    again = cand(10, name="Ann")
    assert best([one, again, phrase()], 320, DIST, gender=None, person=True, weights=weights).seen == "Ann"
    man = cand(250, name="Bob", gender="masc")
    assert best([one, man, phrase()], 320, DIST, gender="fem", person=True, weights=weights).seen == "Ann"


def test_title_shared_lets_an_older_title_holder_beat_a_nearer_person():
    weights = Weights({"mention": 1.0, "sentences_back": -0.5, "title_shared": 5.0})
    holder = Candidate("holder", 10, "mention", "PERSON", None, True, 1.0)
    near = cand(250, name="near")
    assert best([holder, near], 320, DIST, gender=None, person=True, weights=weights).seen == "holder"
    assert best([holder, near], 320, DIST, gender=None, person=True, weights=Weights({"mention": 1.0})).seen == "near"


def test_a_first_name_is_soft_evidence_it_weighs_but_never_rules_out():
    weights = Weights({"mention": 2.0, "sentences_back": -0.5, "name_agrees": 1.0, "name_clashes": -3.0})
    near = Candidate("Jonathan Reyes", 250, "mention", "PERSON", None, name_gender="masc")
    far = Candidate("Marta Kowal", 10, "mention", "PERSON", None, name_gender="fem")
    assert best([near, far], 320, DIST, gender="fem", person=True, weights=weights).seen == "Marta Kowal"
    # alone, the clashing name is still the answer: a first name never removes a candidate
    assert best([near], 320, DIST, gender="fem", person=True, weights=weights).seen == "Jonathan Reyes"
    # what the text shows wins over the first name: no name feature when the text gave a gender
    shown = Candidate("Jonathan Reyes", 250, "mention", "PERSON", "fem", name_gender="masc")
    got = features(shown, 320, DIST, gender="fem", person=True)
    assert got["name_clashes"] == 0.0 and got["name_agrees"] == 0.0 and got["gender_agrees"] == 1.0


@pytest.mark.parametrize(
    ("lang", "name", "gender"),
    [
        ("en", "Fiona Lyle", "fem"),
        ("en", "Jonathan Reyes", "masc"),
        ("fr", "Mathilde Delcourt", "fem"),
        ("fr", "Franck Oriol", "masc"),
        ("fr", "Camille Martin", None),  # a first name of both genders is no evidence
        ("en", "Lavrov", None),  # a lone word may be a family name
        ("en", "Zxqv Unknown", None),
    ],
)
def test_first_name_gender_comes_from_the_lexicons_and_only_when_it_is_one_gender(lang, name, gender):
    from whosaid.lang import load_language_table

    assert load_language_table(lang).first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Mathilde Rivaud a ouvert la séance. Franck Oriol a présenté le budget. Elle a ajouté que le vote"
            " aurait lieu lundi.",
            "Mathilde Rivaud",
        ),
        (
            "en",
            "Fiona Lyle opened the hearing. Jonathan Reyes presented the budget. She added that the vote would"
            " take place on Monday.",
            "Fiona Lyle",
        ),
    ],
)
def test_a_pronoun_prefers_the_person_whose_first_name_agrees_when_the_text_shows_no_gender(lang, text, expected):
    from whosaid import analyze

    assert analyze(text, language=lang).quotes[-1].speaker.name == expected
