"""How far to trust a quote's speaker: named features of what makes a case hard, one fitted logistic
model and its Platt calibration, all as data (`whosaid/data/speaker_model.json`, written by
`bench/fit_trust.py` with leave-one-set-out predictions over the four development sets).

The probability is the model's estimate that the shown speaker is the right one. It reads the rule
that found the speaker, but also what makes a case hard whatever the rule: how many different
candidates were allowed and the lead of the best one, how many sentences and paragraphs back it was
met, whether the phrase was resolved at all, what the speaker is (a person, an organisation, a place,
nothing the model named), whether that entity is named as a speaker or subject elsewhere (a
referendum or a treaty the parser typed ORG never is), how long the speaker phrase runs, how many
people the article names. Pure Python at run time: the weights are a dict, the calibration two numbers.

The rules were written on the development sets, so the held-out calibration over them still promises
too much on copy the rules have never met: the probability is for unseen copy, its odds of being right
divided by the error odds ratio measured between unseen and tuned copy (`unseen_shift`, the log of that
ratio, in the model file; see `bench/fit_trust.py`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from whosaid.ranking import MAX_MARGIN, MAX_PARAGRAPHS_BACK, MAX_SENTENCES_BACK

METHOD_FEATURES = ("name", "pronoun", "group", "description", "role", "document", "common", "context")
RULE_FEATURES = ("clause", "reversed", "marks", "source-marker", "as-clause", "inner-incise")  # else floating
LANGUAGE_FEATURES = ("fr",)  # a language's own offset; any other language is the baseline
FEATURES = (
    *(f"method_{m}" for m in METHOD_FEATURES),
    *(f"rule_{r}" for r in RULE_FEATURES),
    *(f"lang_{code}" for code in LANGUAGE_FEATURES),
    "as_written",  # the phrase as written: no entity behind it
    "speaker_person",
    "speaker_org",
    "speaker_place",  # a place or an unclassified entity speaking
    "ranked",  # chosen by the candidate ranking
    "rivals",  # log(1 + different candidates allowed)
    "close_call",  # the best candidate's lead over the next, inverted: 1 = a tie, 0 = a clear lead
    "sentences_back",  # sentences between the chosen speaker and the reference (capped)
    "paragraphs_back",
    "named_elsewhere",  # log(1 + times the entity is named as a speaker or sentence subject)
    "entity_mentions",  # log(1 + mentions of the speaker's entity)
    "phrase_words",  # log(1 + words of the speaker phrase)
    "name_in_phrase",  # a name stands inside a phrase that is not itself a name ("the Harlow campaign")
    "people",  # log(1 + people the article names)
    "gender_agrees",  # the text shows the chosen person's gender and it agrees with the reference
    "name_clashes",  # the chosen person's first name suggests the other gender than the reference's
    "alone",  # the chosen candidate was the only name the constraints allowed
    "phrase_gap",  # log(1 + characters between the speaker phrase and the quote)
    "phrase_in_quote",  # the speaker phrase lies inside the quote's own span
    "implicit",  # no cue: a floating quote
    "kind_indirect",
    "kind_mixed",
    "after_unnamed",  # inferred (pronoun, title, floating) though the last speaker was an unnamed one
    "name_runs_on",  # a capitalised word goes on from the speaker's name across a comma or link word: cut short?
    "thing_spoke",  # the cue's subject was a thing that cannot speak ("The hospice said" unknown): the context chose
)


@dataclass(frozen=True)
class SpeakerModel:
    """A logistic model over `FEATURES`, its Platt calibration and the shift to unseen copy
    (p = sigmoid(a * logit + b - unseen_shift))."""

    weights: dict
    intercept: float
    calibration_a: float = 1.0
    calibration_b: float = 0.0
    unseen_shift: float = 0.0

    def logit(self, features: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        """The calibrated probability that the speaker is right."""
        z = self.calibration_a * self.logit(features) + self.calibration_b - self.unseen_shift
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(name: str = "speaker_model.json") -> SpeakerModel | None:
    """The shipped model (None when the package has no such file)."""
    path = resources.files("whosaid").joinpath(f"data/{name}")
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return SpeakerModel(
        weights={k: float(v) for k, v in raw["weights"].items()},
        intercept=float(raw["intercept"]),
        calibration_a=float(raw["calibration"]["a"]),
        calibration_b=float(raw["calibration"]["b"]),
        unseen_shift=float(raw["calibration"].get("unseen_shift", 0.0)),
    )


def quote_features(
    *,
    method: str,
    rule: str,
    language: str,
    choice,
    speaker_label: str | None,
    phrase: str,
    phrase_is_name: bool,
    name_in_phrase: bool,
    named_elsewhere: int,
    entity_mentions: int,
    people: int,
    kind: str,
    implicit: bool,
    phrase_span: tuple[int, int] | None,
    quote_span: tuple[int, int],
    after_unnamed: bool = False,
    name_runs_on: bool = False,
    thing_spoke: bool = False,
) -> dict[str, float]:
    """The named features of one resolved quote (`choice` is its `speakers.Choice`)."""
    out = {f"method_{m}": float(method == m) for m in METHOD_FEATURES}
    out.update({f"rule_{r}": float(rule == r) for r in RULE_FEATURES})
    out.update({f"lang_{code}": float(language == code) for code in LANGUAGE_FEATURES})
    out["as_written"] = float(speaker_label is None)
    out["speaker_person"] = float(speaker_label == "PERSON")
    out["speaker_org"] = float(speaker_label == "ORG")
    out["speaker_place"] = float(speaker_label in ("PLACE", "OTHER"))
    out["ranked"] = float(choice.ranked)
    out["rivals"] = math.log1p(choice.rivals)
    out["close_call"] = float(choice.ranked and choice.rivals > 1) * (1.0 - min(choice.margin, MAX_MARGIN) / MAX_MARGIN)
    out["sentences_back"] = min(choice.sentences_back, MAX_SENTENCES_BACK) / MAX_SENTENCES_BACK
    out["paragraphs_back"] = min(choice.paragraphs_back, MAX_PARAGRAPHS_BACK) / MAX_PARAGRAPHS_BACK
    out["named_elsewhere"] = math.log1p(named_elsewhere)
    out["entity_mentions"] = math.log1p(entity_mentions)
    out["phrase_words"] = math.log1p(len(phrase.split()))
    out["name_in_phrase"] = float(name_in_phrase and not phrase_is_name)
    out["people"] = math.log1p(people)
    out["gender_agrees"] = float(choice.gender_agrees)
    chosen = dict(choice.features)
    out["name_clashes"] = float(chosen.get("name_clashes", 0.0))
    out["alone"] = float(chosen.get("alone", 0.0))
    gap, inside = 0, False
    if phrase_span is not None:
        (a, b), (qa, qb) = phrase_span, quote_span
        gap = max(0, qa - b, a - qb)
        inside = qa <= a and b <= qb
    out["phrase_gap"] = math.log1p(gap) / 5.0
    out["phrase_in_quote"] = float(inside)
    out["implicit"] = float(implicit)
    out["kind_indirect"] = float(kind == "indirect")
    out["kind_mixed"] = float(kind == "mixed")
    # "Un négociant a indiqué que P. « Q », a-t-il ajouté": the chosen person is someone else than the
    # unnamed speaker just before, whom the ranking cannot choose
    out["after_unnamed"] = float(after_unnamed)
    out["name_runs_on"] = float(name_runs_on)
    out["thing_spoke"] = float(thing_spoke)
    return out


def speaker_probability(features: dict[str, float], model: SpeakerModel | None = None) -> float | None:
    """The calibrated probability that the speaker is right, rounded for display; None without a model."""
    model = model or load_model()
    return None if model is None else round(model.probability(features), 2)
