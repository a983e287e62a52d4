"""Each quote says which rule found its speaker and the calibrated probability that the speaker is right."""

import math

import pytest

from whosaid import analyze
from whosaid.analysis import build_analysis, parse_article
from whosaid.records import quote_key
from whosaid.speakers import Choice
from whosaid.trust import FEATURES, SpeakerModel, load_model, quote_features, speaker_probability


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text", "methods"),
    [
        (
            "fr",
            "Le maire Paul Durand a déclaré que la ville paierait. Il a ajouté que le budget suivrait.",
            ["name", "pronoun"],
        ),
        (
            "en",
            "Mayor Paul Durand said the city would pay. He added that the budget would follow.",
            ["name", "pronoun"],
        ),
    ],
)
def test_a_quote_names_its_method_and_a_named_speaker_is_trusted_more_than_a_pronoun(language, text, methods):
    quotes = analyze(text, language=language).quotes
    assert [q.method for q in quotes] == methods
    named, pronoun = quotes
    assert 0 < pronoun.confidence < named.confidence <= 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Paul Durand a déclaré que la ville paierait les travaux."),
        ("en", "Paul Durand said that the city would pay for the work."),
    ],
)
def test_the_analysts_speaker_is_certain(language, text):
    parsed = parse_article(text, language=language)
    (raw,) = parsed.quotes
    fix = {quote_key(raw.start, raw.end): {"speaker": "Marie Curie"}}
    (quote,) = build_analysis(parsed, quote_edits=fix).quotes
    assert (quote.method, quote.confidence) == ("analyst", 1.0)
    assert quote.speaker.name == "Marie Curie"


def _features(**changes):
    base = {
        "method": "name",
        "rule": "clause",
        "language": "fr",
        "choice": Choice(),
        "speaker_label": "PERSON",
        "phrase": "Paul Durand",
        "phrase_is_name": True,
        "name_in_phrase": True,
        "named_elsewhere": 2,
        "entity_mentions": 3,
        "people": 3,
        "kind": "indirect",
        "implicit": False,
        "phrase_span": (0, 11),
        "quote_span": (25, 80),
    }
    base.update(changes)
    return quote_features(**base)


def test_every_feature_is_named_and_the_model_weighs_only_those():
    assert set(_features()) == set(FEATURES)
    model = load_model()
    assert model is not None and set(model.weights) <= set(FEATURES)
    assert 0 < speaker_probability(_features()) < 1


@pytest.mark.parametrize(
    ("hard", "what"),
    [
        (
            {
                "method": "context",
                "choice": Choice(ranked=True, rivals=4, margin=0.2, sentences_back=5, paragraphs_back=2),
                "phrase": "",
                "phrase_span": None,
                "phrase_is_name": False,
                "name_in_phrase": False,
                "implicit": True,
                "rule": "floating",
            },
            "a floating quote, a close call, far back",
        ),
        (
            {
                "method": "pronoun",
                "choice": Choice(ranked=True, rivals=3, margin=0.1, sentences_back=4, paragraphs_back=1),
                "phrase": "il",
                "phrase_is_name": False,
                "name_in_phrase": False,
            },
            "a pronoun, a close call",
        ),
        (
            {
                "method": "role",
                "speaker_label": "ORG",
                "phrase": "un porte-parole",
                "phrase_is_name": False,
                "name_in_phrase": False,
                "named_elsewhere": 0,
            },
            "a spokesperson given to the organisation named last",
        ),
        ({"speaker_label": "PLACE", "named_elsewhere": 0}, "a place speaking"),
    ],
)
def test_what_makes_a_case_hard_lowers_the_probability(hard, what):
    assert speaker_probability(_features(**hard)) < speaker_probability(_features()), what


def test_a_pronoun_given_to_a_named_person_right_after_an_unnamed_speaker_is_trusted_less():
    pronoun = {
        "method": "pronoun",
        "choice": Choice(ranked=True, rivals=2, margin=1.0, sentences_back=1),
        "phrase": "il",
        "phrase_is_name": False,
        "name_in_phrase": False,
    }
    assert speaker_probability(_features(**pronoun, after_unnamed=True)) < speaker_probability(_features(**pronoun))


def test_a_clear_named_speaker_is_trusted_and_a_far_floating_guess_much_less():
    # A far floating guess among close rivals was under 0.7 with the model fitted when the development
    # sets held more such errors; held out, ranked speakers met two or more paragraphs back are now right
    # about 80 % of the time, so the calibrated model no longer promises "to review" for it, only a clearly
    # lower probability than a near guess and than a named speaker (see README, Confidence).
    clear = speaker_probability(_features())
    assert clear >= 0.9

    def floating(choice):
        return speaker_probability(
            _features(
                method="context",
                choice=choice,
                phrase="",
                phrase_span=None,
                phrase_is_name=False,
                name_in_phrase=False,
                implicit=True,
                rule="floating",
            )
        )

    far = floating(Choice(ranked=True, rivals=5, margin=0.1, sentences_back=8, paragraphs_back=4))
    near = floating(Choice(ranked=True, rivals=1, margin=5.0, sentences_back=0, paragraphs_back=0))
    assert far < near < clear
    assert clear - far >= 0.15


def test_the_calibration_maps_the_logit_monotonically():
    model = SpeakerModel(weights={"ranked": -2.0}, intercept=1.0, calibration_a=0.5, calibration_b=0.2)
    low, high = model.probability({"ranked": 1.0}), model.probability({"ranked": 0.0})
    assert 0 < low < high < 1
    assert high == pytest.approx(1 / (1 + math.exp(-(0.5 * 1.0 + 0.2))))


def test_the_shift_to_unseen_copy_divides_the_odds_of_being_right():
    tuned = SpeakerModel(weights={}, intercept=3.0)
    unseen = SpeakerModel(weights={}, intercept=3.0, unseen_shift=math.log(4.0))
    p, q = tuned.probability({}), unseen.probability({})
    assert q < p
    assert q / (1 - q) == pytest.approx(p / (1 - p) / 4.0)


def test_the_shipped_model_is_for_unseen_copy():
    """The model file carries the shift the bench measured (a larger error odds on unseen copy)."""
    model = load_model()
    assert model is not None
    assert model.unseen_shift > 0


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text", "reasons"),
    [
        (
            "fr",
            "Le maire Paul Durand a déclaré que la ville paierait. Il a ajouté que le budget suivrait.",
            ["", "ranked_speaker"],
        ),
        (
            "en",
            "Mayor Paul Durand said the city would pay. He added that the budget would follow.",
            ["", "ranked_speaker"],
        ),
    ],
)
def test_each_quote_says_why_its_speaker_was_chosen(language, text, reasons):
    from whosaid.speakers import REASONS

    quotes = analyze(text, language=language).quotes
    assert [q.reason for q in quotes] == reasons
    assert quotes[-1].how.endswith(f"({REASONS['ranked_speaker']})")
    assert set(reasons) <= set(REASONS)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("fr", "Des habitants ont affirmé que l'eau manquait depuis lundi.", "as_written"),
        ("en", "Residents said that the water had been cut since Monday.", "as_written"),
    ],
)
@pytest.mark.model
def test_an_unnamed_source_nobody_earlier_fits_is_kept_as_written(language, text, reason):
    (quote,) = analyze(text, language=language).quotes
    assert quote.reason == reason and quote.how.endswith("as written (no one earlier fits)")


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le maire Paul Durand a présenté le budget. Une élue de l'opposition a affirmé que les comptes étaient "
            "faux. « Nous saisirons la justice », a-t-il ajouté.",
        ),
        (
            "en",
            # the newcomer is a woman: "he" means the mayor (a newcomer of no shown gender would be meant)
            "Mayor Paul Durand presented the budget. A local businesswoman said the accounts were wrong. "
            '"We will go to court," he added.',
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_less_trusted_than_one_after_a_named_speaker(language, text):
    plain = text.split(". ")[0] + ". " + text.split(". ", 2)[2]  # the same story without the unnamed speaker
    after_unnamed = analyze(text, language=language).quotes[-1]
    after_named = analyze(plain, language=language).quotes[-1]
    assert after_unnamed.method == after_named.method == "pronoun"
    assert dict(after_unnamed.evidence)["after_unnamed"] == 1.0
    assert dict(after_named.evidence)["after_unnamed"] == 0.0


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "alone", "with_antecedent"),
    [
        (
            "fr",
            "« Personne ne veut payer », a-t-il ajouté.",
            "Le maire Paul Roux a parlé. « Personne ne veut payer », a-t-il ajouté.",
        ),
        ("en", '"Nobody wants to pay," he added.', 'Mayor Paul Roux spoke. "Nobody wants to pay," he added.'),
    ],
)
def test_a_pronoun_nobody_earlier_fits_names_nobody_and_is_to_review(language, alone, with_antecedent):
    from whosaid.analysis import NAMES_NOBODY_CONFIDENCE

    (bare,) = analyze(alone, language=language).quotes
    resolved = analyze(with_antecedent, language=language).quotes[-1]
    assert bare.speaker.entity is None and bare.confidence <= NAMES_NOBODY_CONFIDENCE < 0.7
    assert resolved.speaker.name == "Paul Roux" and resolved.confidence >= 0.7


@pytest.mark.parametrize(
    ("language", "text", "name", "expected"),
    [
        (
            "en",
            "A Department for Environment, Food and Rural Affairs spokesperson said so.",
            "Department for Environment",
            True,
        ),
        ("en", "The Distribution Workers Union said so.", "Distribution Workers Union", False),
        ("en", "Warehouse and Distribution Workers Union said so.", "Distribution Workers Union", True),
        ("fr", "Le ministère de l'Agriculture et de l'Alimentation a dit non.", "ministère de l'Agriculture", False),
        ("fr", "La Fédération des entreprises et des artisans a dit non.", "Fédération des entreprises", False),
        ("fr", "La Fédération des entreprises, Artisans et Commerçants a dit non.", "Fédération des entreprises", True),
    ],
)
def test_a_name_a_capitalised_word_goes_on_from_may_be_cut_short(language, text, name, expected):
    """`name_runs_on`: a capitalised word right after the name across a comma or a link word of the
    language's names (`name_links`), or right before it across one."""
    from types import SimpleNamespace

    from whosaid.analysis import _runs_on

    start = text.index(name)
    ent = SimpleNamespace(mentions=[SimpleNamespace(start=start, end=start + len(name))])
    assert _runs_on(ent, text, language) is expected
