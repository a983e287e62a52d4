"""Corpus analysis (`python -m whosaid batch`): every input format, resume after a crash, duplicates,
bad rows, the Dask engine giving the same tables, and a reader that streams."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.files import ARTICLE_EN, ARTICLE_FR, docx_bytes, html_bytes
from whosaid.batch import run_batch
from whosaid.corpus_input import Columns, read_inputs
from whosaid.corpus_tables import read_table

NAMES = ["Jean Dupont", "Paul Martin", "Claire Vidal", "Hugo Roux", "Anne Petit", "Marc Leroy", "Lucie Morel"]


def french(n: int) -> str:
    """A French article that differs from the others (its speaker's name)."""
    return ARTICLE_FR.replace("Jean Dupont", NAMES[n % len(NAMES)] + f" {n}" * (n >= len(NAMES)))


def table(out: Path, name: str):
    return read_table(out, name).to_pandas()


def run(*args):
    return subprocess.run([sys.executable, "-m", "whosaid", *map(str, args)], cwd=ROOT, capture_output=True, text=True)


# --------------------------------------------------------------------------- reading (no model)


def test_every_input_format_is_read_with_its_columns(tmp_path):
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_FR, encoding="utf-8")
    (folder / "sub" / "b.html").write_bytes(html_bytes("Titre B", ARTICLE_FR.split("\n\n")))
    (folder / "c.docx").write_bytes(docx_bytes(ARTICLE_EN.split("\n\n"), title="Doc C"))
    (folder / "skip.png").write_bytes(b"\x89PNG")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        json.dumps({"id": "j1", "body": ARTICLE_EN, "headline": "H", "day": "2026-12-01", "outlet": "Wire"}) + "\n",
        encoding="utf-8",
    )
    table_csv = tmp_path / "in.csv"
    with table_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "body", "headline"])
        writer.writeheader()
        body = ARTICLE_FR + "\n\nAvec une ligne, et des « guillemets »."
        writer.writerow({"id": "c1", "body": body, "headline": "T"})
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "p1", "body": ARTICLE_EN, "url": "https://x/1"}]), parquet)
    columns = Columns(text="body", title="headline", date="day", source="outlet")
    rows = list(read_inputs([folder, jsonl, table_csv, parquet], columns))
    by_id = {row.id: row for row in rows}
    assert sorted(by_id) == ["a.txt", "c.docx", "c1", "j1", "p1", "sub/b.html"]
    assert by_id["sub/b.html"].title == "Titre B" and by_id["c.docx"].title == "Doc C"
    assert by_id["j1"].date == "2026-12-01" and by_id["j1"].source == "Wire" and by_id["j1"].title == "H"
    assert by_id["c1"].text.endswith("« guillemets ».") and by_id["p1"].url == "https://x/1"
    assert all(row.text and not row.error for row in rows)


def test_a_rows_language_column_spares_detection_and_an_unsupported_one_is_an_error(tmp_path, monkeypatch):
    import whosaid.pipeline
    from whosaid.batch import _check

    inputs = tmp_path / "in.jsonl"
    rows = [
        {"id": "fr", "text": ARTICLE_FR, "language": "FR "},
        {"id": "de", "text": "Der Minister sagte am Montag, dass die Regierung warten werde.", "language": "de"},
        {"id": "none", "text": ARTICLE_EN},
    ]
    inputs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    by_id = {row.id: row for row in read_inputs([inputs], Columns())}
    assert by_id["fr"].language == "fr" and by_id["none"].language == ""

    def no_detection(text):
        raise AssertionError("a row with a language is not detected")

    monkeypatch.setattr(whosaid.pipeline, "detect_language", no_detection)
    assert _check(by_id["fr"], None) == ("fr", "")
    code, why = _check(by_id["de"], None)
    assert code is None and "'de'" in why and "supported" in why
    assert _check(by_id["de"], "en") == ("en", "")  # --lang sets every row's language
    with pytest.raises(AssertionError):
        _check(by_id["none"], None)  # no language: detected


def test_a_hundred_thousand_rows_stream_with_flat_memory(tmp_path):
    import tracemalloc

    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(100_000):
            handle.write(json.dumps({"id": n, "text": f"Article {n}: le ministre a dit que tout allait bien."}) + "\n")
    tracemalloc.start()
    count = 0
    for _row in read_inputs([path]):
        count += 1
        if count == 1_000:
            tracemalloc.reset_peak()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 100_000
    assert peak < 2 * 1024 * 1024  # the reader holds one row at a time, not the file (about 7 MB)


# --------------------------------------------------------------------------- analysing (the model runs)


@pytest.mark.model
def test_a_corpus_gets_its_tables_and_a_rerun_skips_everything(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        "".join(json.dumps({"id": f"a{n}", "text": french(n), "date": f"2026-12-0{n + 1}"}) + "\n" for n in range(3))
        + json.dumps({"id": "en", "text": ARTICLE_EN})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "corpus"
    first = run_batch([inputs], out, shard_size=2)
    assert (first.analysed, first.errors, first.shards) == (4, 0, 2)
    articles, quotes = table(out, "articles"), table(out, "quotes")
    assert sorted(articles["id"]) == ["a0", "a1", "a2", "en"] and set(articles["language"]) == {"fr", "en"}
    assert articles.set_index("id").loc["a1", "date"] == "2026-12-02"
    speakers = set(quotes["speaker"])
    assert {"Jean Dupont", "Paul Martin", "Claire Vidal", "John Smith"} <= speakers
    assert set(table(out, "entities")["type"]) <= {"PERSON", "ORG", "PLACE", "OTHER"} and len(table(out, "mentions"))
    again = run_batch([inputs], out, shard_size=2)
    assert (again.analysed, again.skipped, again.shards) == (0, 4, 0)
    assert len(table(out, "quotes")) == len(quotes)


@pytest.mark.model
def test_duplicates_and_bad_rows_go_where_they_belong_and_the_run_goes_on(tmp_path):
    from whosaid.ingest import MAX_CHARS

    rows = [
        {"id": "ok", "text": ARTICLE_FR},
        {"id": "again", "text": ARTICLE_FR},  # the same text: analysed once
        {"id": "empty", "text": "   "},
        {"id": "german", "text": "Der Minister sagte am Montag, dass die Regierung die Reform verschieben werde."},
        {"id": "long", "text": "mot " * (MAX_CHARS // 4 + 10)},
        {"id": "notext", "body": "no text column"},
    ]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{not json\n", encoding="utf-8")
    result = run("batch", inputs, "--out", tmp_path / "corpus")
    assert result.returncode == 1, result.stderr  # some rows went to errors
    assert "Traceback" not in result.stderr and "1 duplicates skipped" in result.stderr
    errors = table(tmp_path / "corpus", "errors").set_index("id")["reason"]
    assert set(errors.index) == {"empty", "german", "long", "notext", "in.jsonl:7"}
    assert "empty" in errors["empty"].lower() and "de" in errors["german"] and "2,000,000" in errors["long"]
    assert list(table(tmp_path / "corpus", "articles")["id"]) == ["ok"]


@pytest.mark.model
def test_a_run_killed_mid_way_resumes_with_nothing_lost_and_nothing_doubled(tmp_path):
    inputs = tmp_path / "in.jsonl"
    lines = (json.dumps({"id": f"a{n}", "text": french(n)}) + "\n" for n in range(14))
    inputs.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "corpus"
    process = subprocess.Popen(
        [sys.executable, "-m", "whosaid", "batch", str(inputs), "--out", str(out), "--shard-size", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "articles").glob("*.parquet"))) < 2:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)  # mid-way: some shards done, one perhaps half-written
    process.wait()
    done_before = len(table(out, "articles"))
    assert 0 < done_before < 14
    resumed = run_batch([inputs], out, shard_size=2)
    assert resumed.skipped == done_before and resumed.analysed == 14 - done_before
    articles, quotes = table(out, "articles"), table(out, "quotes")
    assert sorted(articles["id"]) == sorted(f"a{n}" for n in range(14))  # nothing lost, nothing doubled
    assert not quotes.duplicated(["content_hash", "start", "end"]).any()
    assert set(quotes["content_hash"]) <= set(articles["content_hash"])  # no part of an unfinished shard


@pytest.mark.model
@pytest.mark.slow
def test_the_dask_engine_and_the_process_pool_write_the_same_tables_as_one_process(tmp_path, monkeypatch):
    import types

    # Streamlit's AppTest (earlier in the suite) leaves the page script as __main__; spawned Dask
    # workers would run it. A command-line run has `python -m whosaid` there, which they import safely.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        "".join(json.dumps({"id": f"a{n}", "text": french(n)}) + "\n" for n in range(5))
        + json.dumps({"id": "en", "text": ARTICLE_EN})
        + "\n",
        encoding="utf-8",
    )
    local = run_batch([inputs], tmp_path / "local", shard_size=2)
    dask = run_batch([inputs], tmp_path / "dask", shard_size=2, engine="dask", workers=2)
    # the local pool cuts each shard into one-article tasks over two processes
    pool = run_batch([inputs], tmp_path / "pool", shard_size=2, n_process=2, batch_size=1)
    assert (local.analysed, local.shards) == (dask.analysed, dask.shards) == (pool.analysed, pool.shards) == (6, 3)
    for name, keys in (
        ("articles", ["content_hash"]),
        ("quotes", ["content_hash", "start", "end"]),
        ("entities", ["content_hash", "entity_id"]),
        ("mentions", ["content_hash", "source", "target"]),
        ("errors", ["content_hash"]),
    ):
        drop = ["shard"] if name in ("articles", "errors") else []
        a = table(tmp_path / "local", name).drop(columns=drop).sort_values(keys).reset_index(drop=True)
        for other in ("dask", "pool"):
            b = table(tmp_path / other, name).drop(columns=drop).sort_values(keys).reset_index(drop=True)
            assert a.astype(str).equals(b.astype(str)), (other, name)
    # within a shard the pool keeps the one-process order (articles by content hash), not arrival order
    for name in ("articles", "quotes"):
        assert (
            table(tmp_path / "local", name)
            .drop(columns=["shard"], errors="ignore")
            .equals(table(tmp_path / "pool", name).drop(columns=["shard"], errors="ignore"))
        ), name


def test_a_run_asked_to_stop_stops_between_shards_and_resumes_later(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "a", "text": "   "}) + "\n", encoding="utf-8")
    stopped = run_batch([inputs], tmp_path / "corpus", stop=lambda: True)
    assert stopped.shards == 0 and "stopped" in stopped.notes
    resumed = run_batch([inputs], tmp_path / "corpus")
    assert resumed.shards == 1 and resumed.errors == 1


@pytest.mark.model
@pytest.mark.slow
def test_a_pool_run_asked_to_stop_writes_the_shards_it_sent_and_resumes_later(tmp_path, monkeypatch):
    import types

    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))  # as in the Dask test
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        "".join(json.dumps({"id": f"a{n}", "text": french(n)}) + "\n" for n in range(6)), encoding="utf-8"
    )
    asked = []

    def stop() -> bool:  # asked before each shard: stop before the third
        asked.append(1)
        return len(asked) > 2

    stopped = run_batch([inputs], tmp_path / "corpus", shard_size=2, n_process=2, batch_size=1, stop=stop)
    assert "stopped" in stopped.notes
    assert (stopped.shards, stopped.analysed) == (2, 4)  # the shards already sent are finished and written
    resumed = run_batch([inputs], tmp_path / "corpus", shard_size=2, n_process=2)
    assert (resumed.skipped, resumed.analysed) == (4, 2)
    assert sorted(table(tmp_path / "corpus", "articles")["id"]) == [f"a{n}" for n in range(6)]
