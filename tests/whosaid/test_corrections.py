"""Quote corrections in the core (no spaCy): speaker, kind, "not a quote"; edges and exports follow."""

from __future__ import annotations

import json

import pytest

from whosaid.analysis import build_analysis
from whosaid.export import to_json
from whosaid.findings import ParsedArticle, RawMention, RawQuote, SpeakerMention
from whosaid.ingest import read_analysis_json
from whosaid.records import normalise_edits, quote_key

TEXT = "Jean Dupont a dit que Paris gagnerait. Marie Curie a ajouté que Lyon perdrait."


def parsed() -> ParsedArticle:
    def at(word):
        start = TEXT.index(word)
        return start, start + len(word)

    def quote(speaker, content):
        s, e = at(speaker)
        mention = SpeakerMention(start=s, end=e, text=speaker, kind="name", name=speaker, entity_spans=((s, e),))
        cs, ce = at(content)
        return RawQuote(start=cs, end=ce, kind="indirect", cue=None, speaker=mention, attribution="explicit")

    mentions = [
        RawMention(*at(w), label=label, model_label=label)
        for w, label in (("Jean Dupont", "PERSON"), ("Paris", "PLACE"), ("Marie Curie", "PERSON"), ("Lyon", "PLACE"))
    ]
    return ParsedArticle(
        text=TEXT,
        language="fr",
        model="test",
        mentions=tuple(mentions),
        quotes=(quote("Jean Dupont", "Paris gagnerait"), quote("Marie Curie", "Lyon perdrait")),
        titles=(),
        subjects=(),
    )


def key(analysis, n):
    q = analysis.quotes[n]
    return quote_key(q.start, q.end)


def test_a_speaker_fix_moves_the_edge_and_says_so():
    base = build_analysis(parsed())
    assert [(e.source, e.target) for e in base.mentions] == [("Jean Dupont", "Paris"), ("Marie Curie", "Lyon")]
    fixed = build_analysis(parsed(), quote_edits={key(base, 0): {"speaker": "Marie Curie"}})
    quote = fixed.quotes[0]
    assert quote.speaker.name == "Marie Curie" and quote.speaker.entity == base.quotes[1].speaker.entity
    assert quote.corrected and quote.how == "corrected by the analyst"
    assert ("Marie Curie", "Paris") in [(e.source, e.target) for e in fixed.mentions]
    assert ("Jean Dupont", "Paris") not in [(e.source, e.target) for e in fixed.mentions]


def test_a_typed_name_an_unknown_speaker_a_kind_and_not_a_quote():
    base = build_analysis(parsed())
    typed = build_analysis(parsed(), quote_edits={key(base, 0): {"speaker": "  Une   source  "}})
    assert typed.quotes[0].speaker.name == "Une source" and typed.quotes[0].speaker.entity is None
    unknown = build_analysis(parsed(), quote_edits={key(base, 0): {"speaker": ""}})
    assert unknown.quotes[0].speaker is None and all(e.source != "Jean Dupont" for e in unknown.mentions)
    kind = build_analysis(parsed(), quote_edits={key(base, 1): {"kind": "direct"}})
    assert kind.quotes[1].kind == "direct" and kind.quotes[1].speaker.name == "Marie Curie"
    removed = build_analysis(parsed(), quote_edits={key(base, 0): {"removed": True}})
    assert [q.id for q in removed.quotes] == ["q2"]  # the other quote keeps its id
    assert [(e.source, e.target) for e in removed.mentions] == [("Marie Curie", "Lyon")]


def test_the_json_export_has_an_edits_section_and_re_imports():
    plain = json.loads(to_json(build_analysis(parsed())))
    assert plain["edits"] == {"aliases": {}, "drop": [], "quotes": {}, "types": {}, "split": []}
    base = build_analysis(parsed())
    edits = {"aliases": {"Lyon": "Lyon (France)"}, "drop": [], "quotes": {key(base, 0): {"kind": "mixed"}}}
    edits.update(types={}, split=[])
    fixed = build_analysis(parsed(), aliases=edits["aliases"], quote_edits=edits["quotes"])
    (article,) = read_analysis_json(to_json(fixed, parsed=parsed()).encode(), "a.json")
    assert article.parsed == parsed() and article.edits == edits
    again = build_analysis(article.parsed, aliases=article.edits["aliases"], quote_edits=article.edits["quotes"])
    assert again.to_dict() == fixed.to_dict()


@pytest.mark.parametrize("bad", [["x"], {"quotes": {"q1": {"kind": "direct"}}}, {"quotes": {"1-2": "x"}}])
def test_malformed_corrections_are_refused(bad):
    with pytest.raises(ValueError):
        normalise_edits(bad)


def test_unknown_parts_of_a_correction_are_dropped():
    assert normalise_edits(
        {"quotes": {"1-2": {"kind": "shouted", "colour": "red"}}, "extra": 1, "types": {"X": "GOD"}}
    ) == {"aliases": {}, "drop": [], "quotes": {}, "types": {}, "split": []}


# --------------------------------------------------------------------------- entity corrections stick


def entities_of(text: str, mentions: list[tuple[str, str]], language: str = "fr", **edits):
    """The entities of `text` whose mentions are (words, type) pairs, with corrections applied."""
    from whosaid.entities import group_entities
    from whosaid.lang import load_language_table

    raw, after = [], {}
    for words, label in mentions:  # the same words listed twice: their next occurrence
        start = text.index(words, after.get(words, 0))
        after[words] = start + len(words)
        raw.append(RawMention(start, start + len(words), label=label, model_label=label))
    return group_entities(text, raw, load_language_table(language), **edits)


@pytest.mark.parametrize(
    ("language", "text", "mentions", "alias", "target", "label"),
    [
        # a longer name merged into a shorter one keeps the shorter (the target's) name
        (
            "fr",
            "La France a voté. France et Allemagne ont signé.",
            [("La France", "ORG"), ("France", "PLACE"), ("Allemagne", "PLACE")],
            "La France",
            "France",
            "PLACE",
        ),
        # an organisation stays an organisation when names the model took for a place are merged into it
        (
            "fr",
            "Les Nations unies ont voté. Nations unies encore. L'Organisation des Nations unies a salué.",
            [("Nations unies", "PLACE"), ("Nations unies", "PLACE"), ("Organisation des Nations unies", "ORG")],
            "Nations unies",
            "Organisation des Nations unies",
            "ORG",
        ),
        (
            "en",
            "WHO met. The World Health Organization said it would act. WHO added more.",
            [("WHO", "ORG"), ("World Health Organization", "ORG")],
            "WHO",
            "World Health Organization",
            "ORG",
        ),
    ],
)
def test_merge_x_into_y_keeps_ys_name_and_type(language, text, mentions, alias, target, label):
    merged = [e for e in entities_of(text, mentions, language, aliases={alias: target}) if e.name == target]
    assert len(merged) == 1 and merged[0].label == label
    assert alias in merged[0].aliases and not any(
        e.name == alias for e in entities_of(text, mentions, language, aliases={alias: target})
    )


def test_entity_ids_stay_with_their_entity_through_drops_and_merges():
    text = "Jean Dupont a parlé. Paris attend. Marie Curie répond. Lyon suit. Dupont revient."
    mentions = [("Jean Dupont", "PERSON"), ("Paris", "PLACE"), ("Marie Curie", "PERSON"), ("Lyon", "PLACE")]
    before = {e.name: e.id for e in entities_of(text, mentions)}
    assert list(before.values()) == ["e1", "e2", "e3", "e4"]  # no correction: in order of first mention
    after_drop = {e.name: e.id for e in entities_of(text, mentions, drop={"Paris"})}
    assert after_drop == {n: i for n, i in before.items() if n != "Paris"}
    after_merge = {e.name: e.id for e in entities_of(text, mentions, aliases={"Marie Curie": "Lyon"})}
    assert after_merge == {"Jean Dupont": "e1", "Paris": "e2", "Lyon": "e4"}
    renamed = {e.name: e.id for e in entities_of(text, mentions, aliases={"Paris": "Paris (France)"})}
    assert renamed["Paris (France)"] == "e2"


def test_an_entity_type_can_be_changed_and_a_wrong_grouping_split():
    text = "Sénégal et Mali ont signé. L'Assemblée nationale du Sénégal a voté. Orange a parlé."
    mentions = [("Assemblée nationale du Sénégal", "ORG"), ("Sénégal", "ORG"), ("Mali", "PLACE"), ("Orange", "PERSON")]
    automatic = {e.name: e for e in entities_of(text, mentions)}
    assert "Sénégal" not in automatic  # the model's ORG "Sénégal" went under the assembly
    split = {e.name: e for e in entities_of(text, mentions, split={"Sénégal"})}
    assert split["Sénégal"].mentions[0].start == text.index("Sénégal et")
    assert all(m.start != text.index("Sénégal et") for m in split["Assemblée nationale du Sénégal"].mentions)
    assert split["Assemblée nationale du Sénégal"].id == automatic["Assemblée nationale du Sénégal"].id  # kept
    assert split["Sénégal"].id not in {e.id for e in automatic.values()}  # a new id, no other renumbered
    assert {n: e.id for n, e in split.items() if n != "Sénégal"} == {n: e.id for n, e in automatic.items()}
    retyped = {
        e.name: e for e in entities_of(text, mentions, split={"Sénégal"}, types={"Sénégal": "PLACE", "Orange": "ORG"})
    }
    assert retyped["Sénégal"].label == "PLACE" and retyped["Orange"].label == "ORG"
