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
