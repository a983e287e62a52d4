"""Every language table is valid data: no duplicates, no contradictions, every key read by the code."""

import json
import re
from dataclasses import fields

import pytest

from tests.conftest import ROOT
from whosaid.lang import LANG_DIR, LanguageTable, SyntaxLabels, load_language_table, supported_languages

CODES = supported_languages()
CORE_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "whosaid").rglob("*.py"))
UI_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "components").glob("*.py"))


def raw(code: str) -> dict:
    return json.loads((LANG_DIR / f"{code}.json").read_text(encoding="utf-8"))


def word_lists(table: dict, prefix: str = ""):
    """(key path, list) for every list of words in a table, nested ones included."""
    for key, value in table.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            yield prefix + key, value
        elif isinstance(value, dict):
            yield from word_lists(value, prefix + key + ".")


@pytest.mark.parametrize("code", CODES)
def test_no_list_holds_a_word_twice(code):
    for key, words in word_lists(raw(code)):
        lowered = [w.lower() for w in words]
        doubles = sorted({w for w in lowered if lowered.count(w) > 1})
        assert not doubles, f"{code}.json {key} repeats {doubles}"


@pytest.mark.parametrize("code", CODES)
def test_no_word_is_both_a_speech_verb_and_a_quote_only_verb(code):
    table = raw(code)
    both = {w.lower() for w in table["speech_verbs"]} & {w.lower() for w in table["quote_only_verbs"]}
    assert not both, f"{code}.json: {sorted(both)} cannot be both (a speech verb reports without marks)"


BOTH_PRONOUN_AND_DETERMINER = {"en": {"her"}}


@pytest.mark.parametrize("code", CODES)
def test_pronouns_and_determiners_are_not_names_or_titles(code):
    table = raw(code)
    pronouns = {w.lower() for w in [*table["person_pronouns"], *table["group_pronouns"]]}
    assert not pronouns & {w.lower() for w in table["title_words"]}
    # (English "her" is both: the object pronoun of "according to her" and the possessive of "her lawyer")
    assert pronouns & {w.lower() for w in table["determiners"]} <= BOTH_PRONOUN_AND_DETERMINER.get(code, set())
    assert set(table["person_pronouns"].values()) <= {"sing", "plur"}


@pytest.mark.parametrize("code", CODES)
def test_every_key_is_known_and_every_field_is_read_by_the_code(code):
    table = raw(code)
    known = {f.name for f in fields(LanguageTable)}
    assert set(table) <= known, f"{code}.json has keys the loader ignores: {sorted(set(table) - known)}"
    assert set(table["syntax"]) == {f.name for f in fields(SyntaxLabels)}
    source = CORE_SOURCE + UI_SOURCE
    for name in known - {"code", "name", "examples"}:  # examples are read by the tests below
        assert re.search(rf"\.{name}\b", source), f"table field {name!r} is never read"
    for name in (f.name for f in fields(SyntaxLabels)):
        assert re.search(rf"\.syntax\.{name}\b|labels\.{name}\b", source), f"syntax.{name} is never read"


@pytest.mark.parametrize("code", CODES)
def test_quotation_marks_pair_up(code):
    table = load_language_table(code)
    assert table.openers and table.closers
    for opener, usual in table.reversed_openers.items():
        assert opener in table.quote_pairs and usual in table.quote_pairs


@pytest.mark.model
@pytest.mark.parametrize("code", CODES)
def test_syntax_labels_exist_in_the_language_model(code):
    """A label the model never produces is a rule that can never fire: a typo or the wrong scheme."""
    from whosaid.pipeline import load_pipeline

    nlp = load_pipeline(code)
    deps = set(nlp.get_pipe("parser").labels)
    tags = set(nlp.get_pipe("tagger").labels) if "tagger" in nlp.pipe_names else set()
    labels = load_language_table(code).syntax
    for field in fields(SyntaxLabels):
        wanted = getattr(labels, field.name)
        scheme = tags if field.name.endswith("_tags") else deps
        assert wanted <= scheme, f"{code} syntax.{field.name}: {sorted(wanted - scheme)} not in the model"


@pytest.mark.parametrize("code", CODES)
def test_things_are_not_speaking_nouns_and_people_organisations_and_texts_are(code):
    """The can-speak lexicons hold nouns for people, organisations and texts, not for things or acts."""
    table = load_language_table(code)
    things = {"fr": ("projet", "décision", "mesure", "hausse"), "en": ("project", "decision", "increase", "plan")}
    speakers = {"fr": ("habitant", "ministère", "communiqué"), "en": ("people", "ministry", "memo")}
    assert table.speaking_nouns.isdisjoint(things.get(code, ()))
    assert set(speakers.get(code, ())) <= table.speaking_nouns
    assert table.organisation_nouns.isdisjoint(table.person_nouns)


EXAMPLES = [(code, example) for code in CODES for example in load_language_table(code).examples]


def test_every_language_carries_examples_of_its_rules():
    for code in CODES:
        examples = load_language_table(code).examples
        assert len(examples) >= 5, f"{code}.json needs examples of its rules"
        for example in examples:
            assert set(example) == {"rule", "text", "quote", "kind", "speaker"}, example
            assert example["quote"] in example["text"]


@pytest.mark.model
@pytest.mark.parametrize(("code", "example"), EXAMPLES, ids=[f"{c}-{e['rule']}" for c, e in EXAMPLES])
def test_the_table_examples_are_found(code, example):
    """Each language table's own examples: the sentence gives the quote, its kind and its speaker."""
    from whosaid import analyze

    found = [
        (q.text, q.kind, q.speaker.name if q.speaker else None) for q in analyze(example["text"], language=code).quotes
    ]
    assert (example["quote"], example["kind"], example["speaker"]) in found, found


@pytest.mark.parametrize(
    ("code", "name", "gender"),
    [
        ("en", "Justice Elena Vargas", "fem"),
        ("en", "Justice Thomas Achterberg", "masc"),
        ("en", "Gen. Paul Roux", "masc"),
        ("fr", "Me Claire Roux", "fem"),
        ("fr", "Général Paul Roux", "masc"),
        ("fr", "Lavrov", None),
    ],
)
def test_a_first_name_is_read_past_the_title_the_model_kept_in_the_name(code, name, gender):
    assert load_language_table(code).first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("code", "name", "gender"),
    [("fr", "Laëtitia", "fem"), ("fr", "Lavrov", None), ("en", "Camille", ""), ("en", "Laetitia Roux", None)],
)
def test_a_lone_first_name_is_read_with_or_without_its_accents(code, name, gender):
    assert load_language_table(code).lone_first_name(name) == gender


@pytest.mark.parametrize(
    ("code", "name", "gender"),
    [("fr", "Danièle", "fem"), ("fr", "Daniele", "masc"), ("en", "Danièle", "fem"), ("fr", "Éric", "masc")],
)
def test_a_first_name_as_written_wins_over_its_form_without_accents(code, name, gender):
    # « Danièle » is French and a woman's; without its accent it would read as the Italian "Daniele"
    assert load_language_table(code).lone_first_name(name) == gender


@pytest.mark.parametrize(
    ("code", "name", "gender"),
    [
        # first names the coreferee lists lack, from the package's own list
        ("fr", "Fabien", "masc"),
        ("fr", "Sandrine", "fem"),
        ("en", "Didier", "masc"),
        ("en", "Rokhaya", "fem"),
        # a compound first name is one when both parts are; a part of both genders leaves it to the other
        ("fr", "Jean-Pierre", "masc"),
        ("fr", "Marie-Hélène", "fem"),
        ("en", "Jean-Marie", "masc"),
        # a hyphenated place is no first name, nor is a word with a part that is none
        ("fr", "Saint-Denis", None),
        ("en", "Saint-Laurent", None),
        ("fr", "Jean-Lavrov", None),
    ],
)
def test_first_names_the_lexicons_lack_and_compound_first_names_are_read(code, name, gender):
    assert load_language_table(code).lone_first_name(name) == gender


@pytest.mark.parametrize(
    ("code", "kind", "label"), [("fr", "PERSON", "PER"), ("en", "PERSON", "PERSON"), ("en", "X", None)]
)
def test_a_table_gives_the_model_label_of_each_type(code, kind, label):
    from whosaid.lang import load_language_table

    assert load_language_table(code).model_label(kind) == label


@pytest.mark.parametrize(
    ("language", "word", "person"),
    [
        ("en", "headteacher", True),
        ("en", "policymaker", True),
        ("en", "goalkeeper", True),
        ("en", "timetable", False),
        ("fr", "primaire", False),  # French writes no closed compounds: « maire » ends it by chance
        ("fr", "maire", True),
    ],
)
def test_a_closed_compound_that_ends_on_a_person_word_names_a_person(language, word, person):
    from whosaid.lang import load_language_table

    assert load_language_table(language).names_a_person(word) is person
