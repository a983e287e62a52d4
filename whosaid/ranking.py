"""Speaker candidates, hard constraints and a ranking with named features, for the references that
need the context: a pronoun ("Il a ajouté", "she said") and a quote with no speaker phrase at all.

Pure Python over records. Each candidate is an earlier speaker, a named sentence subject, or any
person or organisation the article named before (outside quotations). Constraints remove what cannot
be meant (the other gender, a place); features score the rest (its syntactic role, how many sentences
and paragraphs back, whether its gender is known to agree, whether it is an organisation where a person
is wanted); the weights are data (`whosaid/data/ranking.json`), fitted with leave-one-set-out
cross-validation by `bench/fit_ranking.py`.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

ROLES = ("speaker", "subject", "mention")
FEATURES = (*ROLES, "sentences_back", "paragraphs_back", "gender_agrees", "organisation", "introduced")
MAX_SENTENCES_BACK = 8  # beyond this a candidate is as far as can be; its role still counts
MAX_PARAGRAPHS_BACK = 4
MAX_MARGIN = 5.0  # a lead this large is as clear as can be


@dataclass(frozen=True)
class Candidate:
    """Someone a reference may point back to: the entity (or unnamed speaker) `seen`, where, and how."""

    seen: object  # speakers.Seen
    position: int
    role: str  # "speaker", "subject" or "mention"
    label: str | None  # PERSON, ORG, PLACE, OTHER; None for an unnamed speaker ("habitants")
    gender: str | None  # what the text shows: "masc", "fem", or None when it shows nothing
    introduced: bool = False  # named with a title or an apposition ("X, une infirmière de 41 ans")


@dataclass(frozen=True)
class Weights:
    """One weight per feature (`FEATURES`)."""

    values: dict

    def score(self, features: dict[str, float]) -> float:
        return sum(self.values.get(name, 0.0) * value for name, value in features.items())


USES = ("pronoun", "floating")  # a person pronoun ("il", "she"); a quote with no speaker phrase


@cache
def default_weights(use: str = "pronoun") -> Weights:
    """The weights of one use (`USES`), from `whosaid/data/ranking.json`."""
    raw = json.loads(resources.files("whosaid").joinpath("data/ranking.json").read_text(encoding="utf-8"))
    return Weights({name: float(raw["weights"][use][name]) for name in FEATURES})


class Distances:
    """Sentences and paragraphs between two positions of one article."""

    def __init__(self, sentence_starts: list[int], paragraph_starts: list[int]):
        self.sentence_starts = sorted(sentence_starts)
        self.paragraph_starts = sorted(paragraph_starts)

    @staticmethod
    def _between(starts: list[int], a: int, b: int) -> int:
        return max(0, bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a))

    def sentences(self, a: int, b: int) -> int:
        return min(self._between(self.sentence_starts, a, b), MAX_SENTENCES_BACK)

    def paragraphs(self, a: int, b: int) -> int:
        return min(self._between(self.paragraph_starts, a, b), MAX_PARAGRAPHS_BACK)


def allowed(candidate: Candidate, *, gender: str | None, person: bool) -> bool:
    """Hard constraints: a person reference ("il", "she") never means a place merely named, nor someone
    the text shows as the other gender (a place that spoke may be a person the model mislabelled)."""
    if person and candidate.role == "mention" and candidate.label not in ("PERSON", "ORG"):
        return False
    if gender and candidate.gender and candidate.gender != gender:
        return False
    return not (gender and candidate.label is None)  # "elle" is not "les habitants"


def features(candidate: Candidate, at: int, distances: Distances, *, gender: str | None, person: bool) -> dict:
    """The named features of one candidate for a reference at position `at`."""
    out = {role: float(candidate.role == role) for role in ROLES}
    out["sentences_back"] = float(distances.sentences(candidate.position, at))
    out["paragraphs_back"] = float(distances.paragraphs(candidate.position, at))
    out["gender_agrees"] = float(bool(gender) and candidate.gender == gender)
    out["organisation"] = float(person and candidate.label not in (None, "PERSON"))  # not a person
    out["introduced"] = float(candidate.introduced)
    return out


def scored(
    candidates: list[Candidate],
    at: int,
    distances: Distances,
    *,
    gender: str | None,
    person: bool,
    weights: Weights | None = None,
) -> list[tuple[float, Candidate]]:
    """The allowed candidates with their scores, best first; the later one first on a tie. `person`
    says a person is wanted (a person pronoun) rather than anyone who can speak (a floating quote)."""
    weights = weights or default_weights("pronoun" if person else "floating")
    out = [
        (weights.score(features(candidate, at, distances, gender=gender, person=person)), candidate)
        for candidate in candidates
        if candidate.position < at and allowed(candidate, gender=gender, person=person)
    ]
    out.sort(key=lambda sc: (sc[0], sc[1].position), reverse=True)
    return out


def best(
    candidates: list[Candidate],
    at: int,
    distances: Distances,
    *,
    gender: str | None,
    person: bool,
    weights: Weights | None = None,
) -> Candidate | None:
    """The allowed candidate with the highest score; the later one wins a tie."""
    ranking = scored(candidates, at, distances, gender=gender, person=person, weights=weights)
    return ranking[0][1] if ranking else None


def margin(ranking: list[tuple[float, Candidate]]) -> float:
    """How far the best candidate is ahead of the best other entity (capped at MAX_MARGIN): a small margin
    is a close call. The same entity met twice is not a rival."""
    if not ranking:
        return 0.0
    top_score, top = ranking[0]
    top_name = getattr(top.seen, "name", None)
    for score, other in ranking[1:]:
        if getattr(other.seen, "name", None) != top_name:
            return min(top_score - score, MAX_MARGIN)
    return MAX_MARGIN


def rivals(ranking: list[tuple[float, Candidate]]) -> int:
    """How many different names the allowed candidates carry."""
    return len({getattr(c.seen, "name", None) for _, c in ranking})
