"""A corpus read with DuckDB (no model): corpus entities across articles, corrections applied on read,
the helpers, and a damaged corpus as a message."""

from __future__ import annotations

import pytest

from whosaid.corpus import CorpusError, name_key, open_corpus
from whosaid.corpus_tables import write_shard


def article(hash_: str, date: str, entities: list[tuple], quotes: list[tuple], language: str = "fr") -> dict:
    """Table rows of one article: entities (id, name, type, aliases), quotes (start, speaker entity, name)."""
    tables = {"articles": [], "quotes": [], "entities": [], "mentions": [], "errors": []}
    tables["articles"].append(
        {
            "id": hash_,
            "content_hash": hash_,
            "title": "",
            "date": date,
            "source": "Wire",
            "url": "",
            "language": language,
            "model": "m",
            "version": "0",
            "quotes": len(quotes),
            "entities": len(entities),
            "status": "ok",
            "shard": "s",
        }
    )
    key = {"article_id": hash_, "content_hash": hash_}
    for entity_id, name, kind, aliases in entities:
        tables["entities"].append(
            {**key, "entity_id": entity_id, "name": name, "type": kind, "aliases": list(aliases), "mentions": 1}
        )
    for start, entity_id, name in quotes:
        tables["quotes"].append(
            {
                **key,
                "quote_id": f"q{start}",
                "start": start,
                "end": start + 5,
                "text": "words",
                "kind": "direct",
                "attribution": "explicit",
                "cue": "a dit",
                "speaker_entity": entity_id,
                "speaker": name,
                "speaker_text": name,
                "method": "name",
                "reason": "",
                "confidence": 0.9,
            }
        )
        tables["mentions"].append(
            {**key, "source": name, "target": "Pyongyang", "source_entity": entity_id, "target_entity": "", "count": 1}
        )
    return tables


@pytest.fixture()
def corpus_folder(tmp_path):
    folder = tmp_path / "corpus"
    shards = [
        article(
            "h1",
            "2026-11-03",
            [("e1", "Sergueï Lavrov", "PERSON", ["Lavrov"]), ("e2", "Corée du Nord", "PLACE", ["RPDC"])],
            [(0, "e1", "Sergueï Lavrov"), (10, "e1", "Sergueï Lavrov")],
        ),
        article(
            "h2",
            "2026-11-20",
            [("e1", "Sergei Lavrov", "PERSON", []), ("e2", "RPDC", "PLACE", [])],
            [(0, "e1", "Sergei Lavrov")],
            "en",
        ),
        article(
            "h3",
            "2026-12-01",
            [
                ("e1", "S. Lavrov", "PERSON", []),
                ("e2", "Paul Martin", "PERSON", []),
                ("e3", "Pierre Martin", "PERSON", []),
                ("e4", "Martin", "PERSON", []),
            ],
            [(0, "e1", "S. Lavrov"), (5, "e2", "Paul Martin"), (9, "e4", "Martin")],
        ),
        article("h4", "2026-12-02", [("e1", "Сергей Лавров", "PERSON", [])], [(0, "e1", "Сергей Лавров")], "en"),
    ]
    for n, tables in enumerate(shards):
        write_shard(folder, f"part-{n}", tables)
    return folder


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergueï Lavrov", "serguei lavrov"),
        ("Сергей Лавров", "sergey lavrov"),
        ("ÉTATS-UNIS", "etats unis"),
        ("U.S.", "u s"),
    ],
)
def test_name_keys_ignore_accents_case_punctuation_and_script(a, b):
    assert name_key(a) == b


def test_the_same_person_across_articles_and_spellings_is_one_corpus_entity(corpus_folder):
    corpus = open_corpus(corpus_folder)
    speakers = corpus.top_speakers(10).set_index("speaker")
    lavrov = [name for name in speakers.index if "Lavrov" in name or "Лавров" in name]
    assert len(lavrov) == 1, speakers  # "Sergueï", "Sergei", "S.", "Сергей Лавров": one person
    assert speakers.loc[lavrov[0], "quotes"] == 5 and speakers.loc[lavrov[0], "articles"] == 4
    # "Martin" alone is ambiguous (Paul and Pierre Martin): it stays apart
    assert "Martin" in speakers.index and "Paul Martin" in speakers.index
    places = corpus.sql("select name, forms from corpus_entities where type = 'PLACE'").df()
    assert len(places) == 1 and {"Corée du Nord", "RPDC"} <= set(places["forms"][0])  # an alias carried over


def test_corrections_are_recorded_in_the_folder_and_applied_on_read(corpus_folder):
    corpus = open_corpus(corpus_folder)
    corpus.merge("Martin", "Paul Martin")
    corpus.rename("Paul Martin", "Paul Martin (juge)")
    reopened = open_corpus(corpus_folder)  # a new reader: the corrections come from corrections.json
    speakers = reopened.top_speakers(10).set_index("speaker")
    assert "Paul Martin (juge)" in speakers.index and "Martin" not in speakers.index
    assert speakers.loc["Paul Martin (juge)", "quotes"] == 2
    reopened.split("S. Lavrov")  # a wrong join undone: the form stands alone with its own quotes
    speakers = open_corpus(corpus_folder).top_speakers(10).set_index("speaker")
    assert speakers.loc["S. Lavrov", "quotes"] == 1 and speakers.loc["Sergueï Lavrov", "quotes"] == 4
    assert (corpus_folder / "corrections.json").is_file()


def test_edges_and_counts_over_time(corpus_folder):
    corpus = open_corpus(corpus_folder)
    edges = corpus.edges(10)
    assert edges["weight"].sum() == 7 and set(edges["target"]) == {"Pyongyang"}
    months = corpus.over_time("month")
    assert {str(p)[:7] for p in months["period"]} == {"2026-11", "2026-12"}
    assert len(corpus.quotes_of(corpus.top_speakers(1)["speaker"][0])) == 5


def test_a_missing_or_damaged_corpus_is_a_message(tmp_path):
    with pytest.raises(CorpusError, match="not a whosaid corpus"):
        open_corpus(tmp_path / "nothing")
    damaged = tmp_path / "damaged"
    (damaged / "articles").mkdir(parents=True)
    (damaged / "articles" / "part-0.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(CorpusError, match="cannot be read"):
        open_corpus(damaged)
