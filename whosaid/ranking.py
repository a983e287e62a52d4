"""Speaker candidates, hard constraints and a ranking with named features, for every speaker phrase
that does not name its speaker: a pronoun ("Il a ajouté", "she said"), a quote with no speaker phrase,
a title ("a lancé le chef de l'État") and a role ("a spokesman", "la direction").

Pure Python over records. Each candidate is an earlier speaker, a named sentence subject, or any
person or organisation the article named before (outside quotations); for a title or a role, **the
phrase itself as written** is a candidate too, so that "nobody earlier is supported" is a choice the
model makes (and shows as the phrase) rather than a fallback. Constraints remove what cannot be meant
(the other gender, a place); features score the rest (its syntactic role, how many sentences and
paragraphs back, whether its gender is known to agree, whether it is an organisation where a person is
wanted, whether it is the only one allowed, whether the text gave it the title's words); the weights
are data (`whosaid/data/ranking.json`), one set per use, fitted with leave-one-set-out cross-validation
over the four development sets by `bench/fit_ranking.py`.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

ROLES = ("speaker", "subject", "mention", "as_written")  # as_written: the phrase itself, no one behind it
FEATURES = (
    *ROLES,
    "sentences_back",
    "paragraphs_back",
    "gender_agrees",
    "organisation",
    "introduced",
    "alone",  # the only name the constraints allow
    "title_shared",  # share of the title's words the text gave this person earlier ("le procureur, X")
    "name_agrees",  # the text shows no gender, the first name one that agrees with the reference
    "name_clashes",  # the text shows no gender, the first name the other one ("she" and "Jonathan Reyes")
)
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
    title_shared: float = 0.0  # share of the reference's title words the text gave this candidate
    name_gender: str | None = None  # what the first name suggests (soft evidence, never a constraint)


@dataclass(frozen=True)
class Weights:
    """One weight per feature (`FEATURES`)."""

    values: dict

    def score(self, features: dict[str, float]) -> float:
        return sum(self.values.get(name, 0.0) * value for name, value in features.items())


# a person pronoun ("il", "she"); a quote with no speaker phrase; a title ("le chef de l'État"); a role
# ("a spokesman", "la direction": an organisation speaks)
USES = ("pronoun", "floating", "title", "role")


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
    if candidate.role == "as_written":
        return True  # the phrase as written is always a possible answer
    if person and candidate.role == "mention" and candidate.label not in ("PERSON", "ORG"):
        return False
    if gender and candidate.gender and candidate.gender != gender:
        return False
    return not (gender and candidate.label is None)  # "elle" is not "les habitants"


def features(
    candidate: Candidate, at: int, distances: Distances, *, gender: str | None, person: bool, alone: bool = False
) -> dict:
    """The named features of one candidate for a reference at position `at`; `alone` says it is the
    only name the constraints allow. The phrase as written has its own feature and nothing else."""
    out = dict.fromkeys(FEATURES, 0.0)
    out[candidate.role] = 1.0
    if candidate.role == "as_written":
        return out
    out["sentences_back"] = float(distances.sentences(candidate.position, at))
    out["paragraphs_back"] = float(distances.paragraphs(candidate.position, at))
    out["gender_agrees"] = float(bool(gender) and candidate.gender == gender)
    out["organisation"] = float(person and candidate.label not in (None, "PERSON"))  # not a person
    out["introduced"] = float(candidate.introduced)
    out["alone"] = float(alone)
    out["title_shared"] = candidate.title_shared
    if gender and not candidate.gender and candidate.name_gender:
        out["name_agrees"] = float(candidate.name_gender == gender)
        out["name_clashes"] = float(candidate.name_gender != gender)
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
    kept = [
        c
        for c in candidates
        if (c.position < at or c.role == "as_written") and allowed(c, gender=gender, person=person)
    ]
    alone = len({_name(c) for c in kept if c.role != "as_written"}) == 1
    out = [(weights.score(features(c, at, distances, gender=gender, person=person, alone=alone)), c) for c in kept]
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
    for score, other in ranking[1:]:
        if _name(other) != _name(top):
            return min(top_score - score, MAX_MARGIN)
    return MAX_MARGIN


def rivals(ranking: list[tuple[float, Candidate]]) -> int:
    """How many different names the allowed candidates carry (the phrase as written is not a name)."""
    return len({_name(c) for _, c in ranking if c.role != "as_written"})


def _name(candidate: Candidate):
    return getattr(candidate.seen, "name", candidate.seen) if candidate.role != "as_written" else None
