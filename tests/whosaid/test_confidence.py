"""Each quote says which rule found its speaker and how often that rule is right on the dev sets."""

import json

import pytest

from whosaid import analyze
from whosaid.analysis import METHODS, MIN_MEASURED, build_analysis, confidence_of, parse_article
from whosaid.records import quote_key


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


def test_every_method_has_a_measured_figure_between_zero_and_one_or_none():
    for method in METHODS:
        for language in ("fr", "en", "xx"):  # a language never measured takes every language's figure
            value = confidence_of(language, method)
            assert value is None or 0 < value <= 1
    assert confidence_of("xx", "name") == confidence_of("*", "name")


def test_a_language_figure_needs_enough_cases(tmp_path, monkeypatch):
    from whosaid import analysis

    table = {
        "languages": {
            "fr": {
                "role": {"right": 1, "n": MIN_MEASURED - 1, "accuracy": 0.1},
                "name": {"right": 40, "n": 40, "accuracy": 0.98},
            },
            "*": {"role": {"right": 30, "n": 60, "accuracy": 0.5}, "name": {"right": 80, "n": 90, "accuracy": 0.88}},
        }
    }
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(analysis, "_confidence_table", lambda: json.loads(path.read_text(encoding="utf-8")))
    assert confidence_of("fr", "role") == 0.5  # 19 French cases are too few: the pooled figure
    assert confidence_of("fr", "name") == 0.98


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
