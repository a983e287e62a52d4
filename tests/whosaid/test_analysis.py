"""The whole core on real text: offsets, aliases, batches, long articles, the spaCy component."""

import json

import pytest

import whosaid.analysis
import whosaid.pipeline
from whosaid import SCHEMA, analyze, analyze_many, build_analysis, parse_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def lavrov(lavrov_text):
    return analyze(lavrov_text)


def test_language_and_model_are_reported(lavrov):
    assert lavrov.language == "fr"
    assert lavrov.model.startswith("fr_core_news_md")


def test_every_offset_points_into_the_original_text(lavrov, lavrov_text):
    assert "’" in lavrov_text  # the founding article has curly apostrophes the parser sees as plain ones
    for ent in lavrov.entities:
        for m in ent.mentions:
            assert lavrov_text[m.start : m.end] == m.text
    for q in lavrov.quotes:
        assert lavrov_text[q.start : q.end] == q.text
        if q.cue:
            assert lavrov_text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker and q.speaker.text:
            assert lavrov_text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_no_apostrophe_fragments_are_entities(lavrov):
    names = {e.name for e in lavrov.entities}
    assert not names & {"n’", "c’", "qu’", "d’aider", "l’"}
    assert "OTAN" in names  # "l’OTAN" is the entity OTAN


def test_lavrov_is_one_entity_and_speaks_most(lavrov):
    lavrov_entity = next(e for e in lavrov.entities if e.name == "Sergueï Lavrov")
    assert lavrov_entity.label == "PERSON" and "Lavrov" in lavrov_entity.aliases
    spoken = [q for q in lavrov.quotes if q.speaker and q.speaker.entity == lavrov_entity.id]
    assert len(spoken) >= 10
    assert {q.speaker.text for q in spoken} >= {"Lavrov", "Il", "Le Mae russe"}


def test_json_follows_the_schema(lavrov):
    data = json.loads(json.dumps(lavrov.to_dict()))
    assert data["schema"] == SCHEMA
    assert set(data) >= {"schema", "language", "model", "entities", "quotes", "mentions"}
    quote = data["quotes"][0]
    assert set(quote) >= {"id", "start", "end", "text", "kind", "cue", "speaker", "attribution", "mentions"}
    assert quote["kind"] in ("direct", "indirect", "mixed") and quote["attribution"] in ("explicit", "implicit")
    ids = {e["id"] for e in data["entities"]}
    assert all(set(q["mentions"]) <= ids for q in data["quotes"])
    assert all({"source", "target", "count", "quotes"} <= set(e) for e in data["mentions"])


def test_alias_map_flows_to_quotes_and_edges(lavrov_text):
    parsed = parse_article(lavrov_text)
    plain = build_analysis(parsed)
    merged = build_analysis(parsed, aliases={"RPDC": "Corée du Nord"})
    assert "RPDC" in {e.name for e in plain.entities} and "RPDC" not in {e.name for e in merged.entities}
    korea = next(e for e in merged.entities if e.name == "Corée du Nord")
    assert "RPDC" in korea.aliases
    assert ("Sergueï Lavrov", "RPDC") in {(e.source, e.target) for e in plain.mentions}
    assert ("Sergueï Lavrov", "RPDC") not in {(e.source, e.target) for e in merged.mentions}
    assert analyze(lavrov_text, aliases={"RPDC": "Corée du Nord"}).to_dict() == merged.to_dict()


def test_analyze_many_matches_analyze(lavrov_text):
    english = 'Senator John Smith said that the bill would pass. "It is a good day," he added.'
    batch = analyze_many([lavrov_text, english, lavrov_text], batch_size=2)
    assert [a.language for a in batch] == ["fr", "en", "fr"]
    assert batch[0].to_dict() == analyze(lavrov_text).to_dict()
    assert batch[1].to_dict() == analyze(english).to_dict()


def small_chunks(monkeypatch, size: int) -> None:
    """Parse in chunks of `size` characters, so that a short test text crosses chunk boundaries."""
    monkeypatch.setattr(
        whosaid.analysis, "split_into_chunks", lambda text: whosaid.pipeline.split_into_chunks(text, max_chars=size)
    )


def test_long_text_is_parsed_in_chunks_with_offsets_kept(monkeypatch, lavrov_text):
    small_chunks(monkeypatch, 1500)
    text = "\n\n".join([lavrov_text] * 3)
    result = analyze(text, language="fr")
    single = analyze(lavrov_text, language="fr")
    assert len(result.quotes) >= 3 * len(single.quotes) - 3
    assert all(text[q.start : q.end] == q.text for q in result.quotes)
    assert result.quotes[-1].start > 2 * len(lavrov_text)
    assert any(w.startswith("Long text: parsed in") for w in result.warnings)


@pytest.mark.parametrize(
    "lang, intro, later, speaker",
    [
        (
            "fr",
            "Le quotidien français Le Figaro a publié lundi une longue enquête sur la ville.",
            "« Les travaux ont pris trois ans de retard », a écrit le quotidien.",
            "Le Figaro",
        ),
        (
            "en",
            "The newspaper Le Monde published a long inquiry on Monday.",
            '"The works are three years late," the newspaper wrote.',
            "Le Monde",
        ),
    ],
)
def test_a_noun_that_stood_for_an_organisation_resolves_in_a_later_chunk(monkeypatch, lang, intro, later, speaker):
    filler = "\n\n".join(
        [
            "Le conseil municipal se réunira lundi soir à la mairie pour voter le budget."
            if lang == "fr"
            else "The city council will meet on Monday night to vote on the budget."
        ]
        * 20
    )
    text = f"{intro}\n\n{filler}\n\n{later}"
    small_chunks(monkeypatch, 600)
    result = analyze(text, language=lang)
    assert any(w.startswith("Long text: parsed in") for w in result.warnings)
    (quote,) = [q for q in result.quotes if q.start > 600]
    assert quote.speaker is not None and quote.speaker.name.endswith(speaker.split()[-1])


def test_unbalanced_article_keeps_later_paragraphs_out_of_the_quote():
    text = (
        "Le maire Paul Durand a déclaré : « La ville sera reconstruite avant l'hiver.\n\n"
        "Le conseil municipal se réunira lundi. Il a ajouté que le budget serait voté en mars."
    )
    result = analyze(text, language="fr")
    assert all("\n" not in q.text for q in result.quotes)
    assert [q.speaker.name for q in result.quotes] == ["Paul Durand", "Paul Durand"]
    assert result.warnings == (
        'A quotation mark is never closed, at "« La ville sera reconstruite avant l\'hiv…"; its quote stops at'
        " the paragraph's end.",
    )


def test_many_unclosed_marks_give_one_warning_with_a_count():
    from whosaid.analysis import input_warnings

    text = "\n\n".join(f"Le maire a dit : « Paragraphe {n} sans fin" for n in range(501))
    (note,) = input_warnings(text, 1, language="fr")
    assert note.startswith('501 quotation marks are never closed (the first at "« Paragraphe 0 sans fin')


def test_spacy_component_sets_doc_quotes(fr_nlp, lavrov_text):
    import spacy

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("whosaid_quotes")
    doc = nlp(lavrov_text)
    assert len(doc._.quotes) >= 12
    assert doc._.whosaid.language == "fr"
    assert any(q.speaker and q.speaker.name == "Sergueï Lavrov" for q in doc._.quotes)


def test_unknown_language_for_component_fails_at_add_pipe():
    import spacy

    from whosaid import UnsupportedLanguageError

    nlp = spacy.blank("de")
    with pytest.raises(UnsupportedLanguageError):
        nlp.add_pipe("whosaid_quotes")


@pytest.mark.slow
def test_analyze_many_with_two_processes_gives_the_same_records(lavrov_text):
    english = 'Senator John Smith said that the bill would pass. "It is a good day," he added.'
    parallel = analyze_many([lavrov_text, english, lavrov_text], n_process=2, batch_size=1)
    assert [a.to_dict() for a in parallel] == [analyze(t).to_dict() for t in (lavrov_text, english, lavrov_text)]
