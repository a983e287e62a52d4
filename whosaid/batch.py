"""Corpus analysis: thousands of articles in one command, on this machine or a Dask cluster.

    python -m whosaid batch INPUT... --out CORPUS [--engine local|dask] [--n-process N] ...

The input is read as a stream (`whosaid/corpus_input.py`) and cut into shards of new, distinct
articles; one function analyses a shard and writes its part of every table
(`whosaid/corpus_tables.py`), the same on both engines. A crash (even `kill -9`) loses at most the
shards in flight; a rerun first removes parts of unfinished shards, then skips every content hash
already in `articles` or `errors`, so nothing is lost and nothing is doubled. The same text twice in
the input is analysed once.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whosaid.corpus_input import Columns, Row, read_inputs
from whosaid.corpus_tables import TABLES, add_article, clean_unfinished, known_hashes, write_shard
from whosaid.errors import WhosaidError

DEFAULT_SHARD_SIZE = 200
DEFAULT_BATCH_SIZE = 16
IN_FLIGHT_PER_WORKER = 2  # shards queued per Dask worker: memory stays flat however long the input
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


@dataclass
class Options:
    """What a shard needs to know besides its rows (plain data: it travels to Dask workers)."""

    out: str
    language: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    n_process: int = 1


def _check(row: Row, language: str | None) -> tuple[str | None, str]:
    """(language, "") for a row to analyse, or (None, why) for one that goes to `errors`."""
    from whosaid.ingest import MAX_CHARS
    from whosaid.pipeline import check_language, check_text, detect_language

    if row.error:
        return None, row.error
    text = row.text or ""
    if len(text) > MAX_CHARS:
        return None, f"the text is over {MAX_CHARS:,} characters"
    try:
        check_text(text)
        text.encode("utf-8")
        return check_language(language or detect_language(text)), ""
    except UnicodeError:
        return None, "the text holds characters that are not text"
    except WhosaidError as err:
        return None, str(err)


def analyse_shard(rows: list[Row], shard: str, options: Options) -> dict:
    """Analyse one shard's rows and write its tables under `options.out`; the same function runs
    in this process or on a Dask worker. Returns counts for the summary."""
    from whosaid.analysis import build_analysis, parsed_from_docs
    from whosaid.pipeline import describe_model, load_pipeline, normalize_for_parser, split_into_chunks

    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    by_language: dict[str, list[Row]] = {}
    for row in rows:
        code, why = _check(row, options.language)
        if code is None:
            tables["errors"].append(
                {"id": row.id, "content_hash": row.content_hash, "input": row.input, "reason": why, "shard": shard}
            )
        else:
            by_language.setdefault(code, []).append(row)
    done = []
    for code, members in by_language.items():
        # as `parse_many`: every article in paragraph-cut chunks (one for most), all through one
        # nlp.pipe (several processes if asked), regrouped per article in input order
        nlp = load_pipeline(code)  # once per process: per Dask worker, not per task
        model = describe_model(nlp)
        pieces = [(row, split_into_chunks(normalize_for_parser(row.text))) for row in members]
        stream = (chunk for _, chunks in pieces for _, chunk in chunks)
        docs = iter(nlp.pipe(stream, batch_size=options.batch_size, n_process=options.n_process))
        for row, chunks in pieces:
            article_docs = [next(docs) for _ in chunks]
            done.append(
                (row, parsed_from_docs(row.text, chunks, article_docs, language=code, model=model, title=row.title))
            )
    for row, parsed in sorted(done, key=lambda pair: pair[0].content_hash):
        analysis = build_analysis(parsed)
        add_article(tables, row, analysis, shard, parsed)
    write_shard(Path(options.out), shard, tables)
    return {"articles": len(tables["articles"]), "errors": len(tables["errors"]), "quotes": len(tables["quotes"])}


@dataclass
class Summary:
    analysed: int = 0
    errors: int = 0
    quotes: int = 0
    skipped: int = 0  # content already in the corpus (a rerun)
    duplicates: int = 0  # the same text again in this input
    shards: int = 0
    seconds: float = 0.0
    cleaned: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return (
            f"{self.analysed:,} articles analysed ({self.quotes:,} quotes), {self.errors:,} errors, "
            f"{self.skipped:,} already in the corpus, {self.duplicates:,} duplicates skipped, in "
            f"{self.seconds:.1f} s ({rate:.1f} articles/s), {self.shards} shards"
        )


def shards_of(rows: Iterable[Row], out: Path, size: int, summary: Summary) -> Iterator[tuple[str, list[Row]]]:
    """The input cut into shards of new, distinct articles: content the corpus holds already (a
    rerun) and repeats within this input are counted and skipped."""
    before = known_hashes(out)
    seen: set[str] = set()
    run = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    batch: list[Row] = []
    number = 0
    for row in rows:
        key = row.content_hash
        if key in before:
            summary.skipped += 1
            continue
        if key in seen:
            summary.duplicates += 1
            continue
        seen.add(key)
        batch.append(row)
        if len(batch) >= size:
            number += 1
            yield f"part-{run}-{number:05d}", batch
            batch = []
    if batch:
        number += 1
        yield f"part-{run}-{number:05d}", batch


def _progress(total: int | None):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not sys.stderr.isatty(), dynamic_ncols=True, smoothing=0.1)


def run_local(
    shards: Iterable[tuple[str, list[Row]]],
    options: Options,
    summary: Summary,
    *,
    on_shard: Callable[[Summary], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> None:
    with _progress(None) as bar:
        for shard, rows in shards:
            if stop is not None and stop():
                summary.notes.append("stopped")
                return  # between shards: what is written is complete, a rerun resumes
            counts = analyse_shard(rows, shard, options)
            _count(summary, counts)
            bar.update(len(rows))
            if on_shard is not None:
                on_shard(summary)


def run_dask(
    shards: Iterable[tuple[str, list[Row]]],
    options: Options,
    summary: Summary,
    *,
    scheduler: str | None = None,
    workers: int = 2,
) -> None:
    """The same shard function on a `dask.distributed` cluster: an existing one (`scheduler`), or a
    LocalCluster of `workers` processes. Each worker loads its pipelines once (a per-process cache);
    at most IN_FLIGHT_PER_WORKER shards per worker are queued, so memory stays flat."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    client = Client(scheduler or cluster)
    try:
        limit = max(1, IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or workers))
        pending = as_completed()
        sizes = {}
        with _progress(None) as bar:
            for shard, rows in shards:
                future = client.submit(analyse_shard, rows, shard, options, key=f"whosaid-{shard}", pure=False)
                sizes[future.key] = len(rows)
                pending.add(future)
                while pending.count() >= limit:
                    done = next(pending)
                    _count(summary, done.result())
                    bar.update(sizes.pop(done.key))
            for done in pending:
                _count(summary, done.result())
                bar.update(sizes.pop(done.key))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _count(summary: Summary, counts: dict) -> None:
    summary.analysed += counts["articles"]
    summary.errors += counts["errors"]
    summary.quotes += counts["quotes"]
    summary.shards += 1


def run_batch(
    inputs: list[str],
    out: str | Path,
    *,
    columns: Columns | None = None,
    language: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    on_shard: Callable[[Summary], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Summary:
    """Analyse every article of `inputs` into the corpus folder `out` (resuming what is there).
    `on_shard` hears the summary after each shard and `stop` is asked before each (local engine):
    the page's background jobs show progress and can be cancelled with them."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    summary.cleaned = clean_unfinished(out)
    start = time.perf_counter()
    options = Options(out=str(out.resolve()), language=language, batch_size=batch_size, n_process=n_process)
    shards = shards_of(read_inputs(inputs, columns), out, shard_size, summary)
    if engine == "dask":
        run_dask(shards, options, summary, scheduler=scheduler, workers=workers)
    else:
        run_local(shards, options, summary, on_shard=on_shard, stop=stop)
    summary.seconds = time.perf_counter() - start
    return summary
