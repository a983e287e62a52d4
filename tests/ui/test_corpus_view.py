"""The corpus view under AppTest: a corpus folder offered by WHOSAID_CORPORA, its header, filters,
opening an article from it and coming back, corrections applied on read, and damaged corpora."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from tests.files import ARTICLE_EN, ARTICLE_FR
from tests.ui.test_app import APP

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    from whosaid.batch import run_batch

    root = tmp_path_factory.mktemp("corpora")
    inputs = root / "in.jsonl"
    rows = [
        {"id": "fr1", "text": ARTICLE_FR, "date": "2026-11-05", "source": "Wire"},
        {
            "id": "fr2",
            "text": ARTICLE_FR.replace("Jean Dupont", "Paul Martin"),
            "date": "2026-12-01",
            "source": "Daily",
        },
        {"id": "en1", "text": ARTICLE_EN, "date": "2026-12-02", "source": "Wire"},
    ]
    inputs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run_batch([inputs], root / "month")
    (root / "broken" / "articles").mkdir(parents=True)
    (root / "broken" / "articles" / "part-0.parquet").write_bytes(b"not parquet")
    return root


def corpus_app(monkeypatch, folder) -> AppTest:
    monkeypatch.setenv("WHOSAID_CORPORA", str(folder))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    at.sidebar.radio(key=state.VIEW).set_value("corpus").run()
    assert not at.exception
    return at


def plain_text(at) -> str:
    return "\n".join(re.sub(r"\\(.)", r"\1", e.value) for e in (*at.subheader, *at.caption, *at.info, *at.error))


def test_a_corpus_opens_with_its_size_and_its_quotes(monkeypatch, corpora):
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    assert "month: 3 articles" in plain_text(at)
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert {"Jean Dupont", "Paul Martin", "John Smith"} <= set(table["speaker"])
    at.text_input(key="corpus-search").input("Paul").run()
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert set(table["speaker"]) == {"Paul Martin"}


def test_an_article_opens_from_the_corpus_and_back_keeps_the_filters(monkeypatch, corpora):
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    at.text_input(key="corpus-search").input("Smith").run()
    (content_hash,) = set(
        at.session_state[state.CORPUS_READERS][str(corpora / "month")][1]
        .sql("select content_hash from articles where id = 'en1'")
        .fetchone()
    )
    at.session_state[state.CORPUS_OPEN] = content_hash  # what "Open this quote's article" sets
    at.run()
    assert not at.exception
    quotes = next(df.value for df in at.dataframe if "quote" in df.value.columns and "kind" in df.value.columns)
    assert "John Smith" in set(quotes["speaker"])  # the reading view, built from stored records
    at.button(key="corpus-back").click().run()
    assert at.text_input(key="corpus-search").value == "Smith"


def test_corpus_corrections_are_applied_on_read(monkeypatch, corpora, tmp_path):
    import shutil

    from whosaid.corpus import open_corpus

    folder = tmp_path / "copy"
    shutil.copytree(corpora / "month", folder / "month")
    open_corpus(folder / "month").rename("Paul Martin", "Paul Martin (maire)")
    at = corpus_app(monkeypatch, folder)
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert "Paul Martin (maire)" in set(table["speaker"]) and "Paul Martin" not in set(table["speaker"])


def test_a_damaged_corpus_and_no_corpus_are_messages(monkeypatch, corpora, tmp_path):
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("broken").run()
    assert not at.exception and "cannot be read" in plain_text(at)
    empty = corpus_app(monkeypatch, tmp_path)
    assert "No corpus on this server" in plain_text(empty)


def test_a_shared_corpus_view_opens_with_the_same_corpus_and_filters(monkeypatch, corpora):
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    at.text_input(key="corpus-search").input("Paul").run()
    at.button(key="corpus-share").click().run()
    link = at.session_state[state.CORPUS_SHARED]
    token = link.split("?c=")[1]
    colleague = AppTest.from_file(APP, default_timeout=180)
    colleague.query_params["c"] = token
    colleague.run()
    assert not colleague.exception
    assert colleague.selectbox(key="corpus-pick").value == "month"
    table = next(df.value for df in colleague.dataframe if "quote" in df.value.columns)
    assert set(table["speaker"]) == {"Paul Martin"}


def test_an_uploaded_corpus_is_analysed_in_the_background_and_found_again_after_a_reload(monkeypatch, tmp_path):
    import time

    from components.corpus_jobs import job_of

    monkeypatch.setenv("WHOSAID_UPLOADS", str(tmp_path / "uploads"))
    at = corpus_app(monkeypatch, tmp_path / "none")
    rows = [{"id": "a", "text": ARTICLE_FR}, {"id": "b", "text": ARTICLE_EN}]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    at.file_uploader(key="corpus-upload-file").set_value(("month.jsonl", data, "application/json")).run()
    at.button(key="corpus-upload-start").click().run()
    assert not at.exception
    job_id = at.query_params["job"]
    deadline = time.time() + 120
    while job_of(job_id).status == "running" and time.time() < deadline:
        time.sleep(0.2)
    assert job_of(job_id).status == "done", job_of(job_id).error
    assert not (tmp_path / "uploads" / ".inbox" / job_id).exists()  # the upload's copy is gone, the corpus stays
    reloaded = AppTest.from_file(APP, default_timeout=180)  # a reload: the job is found from the URL
    reloaded.query_params["job"] = job_id
    reloaded.run()
    reloaded.sidebar.radio(key=state.VIEW).set_value("corpus").run()
    assert any("month.jsonl analysed" in re.sub(r"\\(.)", r"\1", s.value) for s in reloaded.success)
    assert any(option.startswith("month-") for option in reloaded.selectbox(key="corpus-pick").options)


def test_an_upload_over_the_article_limit_is_refused_with_its_count(monkeypatch, tmp_path):
    from components.corpus_jobs import MAX_ARTICLES

    monkeypatch.setenv("WHOSAID_UPLOADS", str(tmp_path / "uploads"))
    at = corpus_app(monkeypatch, tmp_path / "none")
    data = "".join(json.dumps({"text": f"Article {n}."}) + "\n" for n in range(MAX_ARTICLES + 1)).encode()
    at.file_uploader(key="corpus-upload-file").set_value(("big.jsonl", data, "application/json")).run()
    at.button(key="corpus-upload-start").click().run()
    assert any(f"{MAX_ARTICLES + 1:,} articles" in e.value for e in at.error)
    assert "job" not in at.query_params


def test_the_filtered_table_and_the_corpus_network_download(monkeypatch, corpora):
    import io

    import networkx as nx

    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    assert not at.get("download_button")  # nothing is built until asked for
    at.button(key="corpus-prepare").click().run()
    labels = {d.proto.label for d in at.get("download_button")}
    assert {"Quotes (CSV)", "Quotes (Parquet)"} <= labels and len(labels) == 4  # and the network, GEXF and GraphML
    from whosaid.corpus import open_corpus
    from whosaid.export import edges_graph, graph_bytes

    edges = open_corpus(corpora / "month").edges(100).to_dict("records")
    graph = nx.read_gexf(io.BytesIO(graph_bytes(edges_graph(edges), fmt="gexf")))
    assert {d["label"] for _, d in graph.nodes(data=True)} >= {e["source"] for e in edges}


def test_a_date_range_and_week_buckets_narrow_the_corpus(monkeypatch, corpora):
    from datetime import date

    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    at.date_input(key="corpus-dates").set_value((date(2026, 12, 1), date(2026, 12, 2))).run()
    assert not at.exception
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert "Jean Dupont" not in set(table["speaker"]) and {"Paul Martin", "John Smith"} <= set(table["speaker"])
    assert any("2026-12-01 – 2026-12-03" in b.label.replace("\\", "") for b in at.button)  # the range as a chip
    at.radio(key="corpus-bucket").set_value("week").run()
    assert not at.exception and "2026-11-30" in at.selectbox(key="corpus-period-pick").options


def test_the_speakers_ranking_says_the_share_of_each_speaker_type(monkeypatch, corpora):
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    line = next(c.value for c in at.caption if c.value.startswith("Quotes by speaker type:"))
    shares = [int(part.rsplit(" ", 2)[-2]) for part in line.split(":", 1)[1].split("·")]
    assert "People" in line and 98 <= sum(shares) <= 102


@pytest.mark.parametrize(
    ("start", "bucket", "expected"),
    [
        ("2026-11-30", "week", ("2026-11-30", "2026-12-07")),
        ("2026-12-01", "month", ("2026-12-01", "2027-01-01")),
        ("2026-02-01", "month", ("2026-02-01", "2026-03-01")),
    ],
)
def test_a_clicked_period_covers_its_whole_week_or_month(start, bucket, expected):
    from datetime import date

    from components.corpus_view import _timeline, period_range

    assert period_range(date.fromisoformat(start), bucket) == expected
    fig = _timeline(["2026-11-01", "2026-12-01"], [3, 5], "Quotes")
    assert list(fig.data[0].customdata) == ["2026-11-01", "2026-12-01"]  # what a click on a bar reports


def test_a_month_picked_on_the_timeline_that_starts_before_the_first_article_is_no_error(monkeypatch, corpora):
    # the corpus starts on 2026-11-05: November runs from the 1st (the date box once raised on it)
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    at.selectbox(key="corpus-period-pick").select("2026-11-01").run()
    at.button(key="corpus-period-go").click().run()
    assert not at.exception
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert set(table["speaker"]) >= {"Jean Dupont"} and "John Smith" not in set(table["speaker"])
    assert any("2026-11-01 – 2026-12-01" in b.label.replace("\\", "") for b in at.button)


def test_ended_jobs_are_forgotten_after_a_day_or_beyond_the_cap_and_running_ones_never(monkeypatch, tmp_path):
    from components import corpus_jobs
    from components.corpus_jobs import Job, prune_jobs

    monkeypatch.setattr(corpus_jobs, "_JOBS", {})
    monkeypatch.setattr(corpus_jobs, "MAX_ENDED_JOBS", 2)
    now = 1_000_000.0
    jobs = {
        "running": Job("running", "a.jsonl", tmp_path, 1),
        "old": Job("old", "b.jsonl", tmp_path, 1, status="done", ended=now - corpus_jobs.KEEP_ENDED_SECONDS - 1),
        "e1": Job("e1", "c.jsonl", tmp_path, 1, status="done", ended=now - 30),
        "e2": Job("e2", "d.jsonl", tmp_path, 1, status="failed", ended=now - 20),
        "e3": Job("e3", "e.jsonl", tmp_path, 1, status="cancelled", ended=now - 10),
    }
    corpus_jobs._JOBS.update(jobs)
    prune_jobs(now)
    assert set(corpus_jobs._JOBS) == {"running", "e2", "e3"}  # the day-old and the oldest beyond the cap go


def test_a_network_link_filters_to_the_speakers_quotes_in_the_articles_where_it_mentions_the_target(
    monkeypatch, corpora
):
    from components.corpus_view import _network, _where
    from whosaid.corpus import open_corpus

    corpus = open_corpus(corpora / "month")
    edges = corpus.edges(None)
    source, target = edges.iloc[0]["source"], edges.iloc[0]["target"]
    where, params = _where({"edge": (source, target)})
    rows = corpus.sql(f"select corpus_speaker, content_hash from corpus_quotes where {where}", params).df()
    assert len(rows) >= 1 and set(rows["corpus_speaker"]) == {source}
    linked = set(
        corpus.sql(
            "select content_hash from corpus_mentions where corpus_source = ? and corpus_target = ?", [source, target]
        ).df()["content_hash"]
    )
    assert set(rows["content_hash"]) <= linked
    # each link carries its (source, target) for a click, at its middle
    fig = _network(edges.rename(columns={"weight": "weight"}), "Network")
    links = [tuple(c) for trace in fig.data if trace.mode == "markers" for c in trace.customdata]
    assert (source, target) in links
    # the link filter as the page shows it, a chip, and a shared view keeps it
    at = corpus_app(monkeypatch, corpora)
    at.selectbox(key="corpus-pick").select("month").run()
    at.session_state[state.CORPUS_FILTERS]["month"]["edge"] = (source, target)
    at.run()
    assert not at.exception
    assert any(f"{source} → {target}" in b.label.replace("\\", "") for b in at.button)
    table = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert set(table["speaker"]) == {source}
