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
TASKS_PER_PROCESS = 3  # tasks out per process of the local pool (`--n-process`): busy, yet memory flat
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
        text.encode("utf-8")
        language = language or row.language  # --lang first, then the row's own language column
        if language:
            check_text(text)
            return check_language(language), ""
        return check_language(detect_language(text)), ""  # detect_language checks the text first
    except UnicodeError:
        return None, "the text holds characters that are not text"
    except WhosaidError as err:
        return None, str(err)


# One article's rows in every table, keyed by its content hash (shards list articles in hash order).
Fragment = tuple[str, dict[str, list[dict]]]
Part = tuple[list[dict], list[Fragment]]  # error rows (input order) and analysed articles


def analyse_rows(rows: list[Row], shard: str, options: Options) -> Part:
    """Analyse `rows` in this process: the error rows and each article's table rows, not yet
    written. A shard is one call (`analyse_shard`) or several (`run_pool`), assembled the same way."""
    from whosaid.analysis import build_analysis, parsed_from_docs
    from whosaid.pipeline import describe_model, load_pipeline, normalize_for_parser, split_into_chunks

    errors: list[dict] = []
    by_language: dict[str, list[Row]] = {}
    for row in rows:
        code, why = _check(row, options.language)
        if code is None:
            errors.append(_error(row, why, shard))
        else:
            by_language.setdefault(code, []).append(row)
    fragments: list[Fragment] = []
    for code, members in by_language.items():
        # as `parse_many`: every article in paragraph-cut chunks (one for most), all through one
        # nlp.pipe, regrouped per article in input order
        nlp = load_pipeline(code)  # once per process: per worker, not per task
        model = describe_model(nlp)
        pieces = [(row, split_into_chunks(normalize_for_parser(row.text))) for row in members]
        stream = (chunk for _, chunks in pieces for _, chunk in chunks)
        docs = iter(nlp.pipe(stream, batch_size=options.batch_size))
        for row, chunks in pieces:
            article_docs = [next(docs) for _ in chunks]
            tables: dict[str, list[dict]] = {name: [] for name in TABLES}
            try:
                parsed = parsed_from_docs(row.text, chunks, article_docs, language=code, model=model, title=row.title)
                add_article(tables, row, build_analysis(parsed), shard, parsed)
            except Exception as err:  # one article the core cannot read must not stop a corpus
                errors.append(_error(row, f"the analysis failed ({type(err).__name__})", shard))
                continue
            fragments.append((row.content_hash, tables))
    return errors, fragments


def _error(row: Row, reason: str, shard: str) -> dict:
    return {"id": row.id, "content_hash": row.content_hash, "input": row.input, "reason": reason, "shard": shard}


def assemble(parts: Iterable[Part]) -> dict[str, list[dict]]:
    """One shard's tables from its parts: errors in input order, articles in content-hash order, so
    that the tables do not depend on how the shard was cut into tasks or which engine ran it."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    fragments: list[Fragment] = []
    for errors, found in parts:
        tables["errors"].extend(errors)
        fragments.extend(found)
    for _, rows in sorted(fragments, key=lambda fragment: fragment[0]):
        for name, table_rows in rows.items():
            tables[name].extend(table_rows)
    return tables


def _counts(tables: dict[str, list[dict]]) -> dict:
    return {"articles": len(tables["articles"]), "errors": len(tables["errors"]), "quotes": len(tables["quotes"])}


def analyse_shard(rows: list[Row], shard: str, options: Options) -> dict:
    """Analyse one shard's rows and write its tables under `options.out`; the same function runs
    in this process or on a Dask worker. Returns counts for the summary."""
    tables = assemble([analyse_rows(rows, shard, options)])
    write_shard(Path(options.out), shard, tables)
    return _counts(tables)


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
    """Every shard in this process, one after the other (`--n-process 1`)."""
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


@dataclass
class _OpenShard:
    """A shard whose tasks are out in the pool: written when the last one comes back."""

    tasks: int = 0
    parts: dict[int, Part] = field(default_factory=dict)
    submitted: bool = False  # every task of the shard is out


def run_pool(
    shards: Iterable[tuple[str, list[Row]]],
    options: Options,
    summary: Summary,
    *,
    on_shard: Callable[[Summary], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> None:
    """`--n-process N`: N processes each parse, extract and build whole articles (tasks of
    `batch_size` rows; each process loads its pipelines once), and this one only reads the input
    and writes each shard when its last task is back. Cutting work finer than a shard keeps every
    process busy to the end; at most TASKS_PER_PROCESS tasks per process are out, so memory stays
    flat. The tables are the ones `analyse_shard` writes (`assemble`)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    per_task = max(1, options.batch_size)
    inner = Options(out=options.out, language=options.language, batch_size=options.batch_size, n_process=1)
    open_shards: dict[str, _OpenShard] = {}
    pending: dict = {}  # future -> (shard, task number, rows)

    def collect(block: bool) -> None:
        done, _ = wait(pending, return_when=FIRST_COMPLETED, timeout=None if block else 0)
        for future in done:
            shard, number, size = pending.pop(future)
            state = open_shards[shard]
            state.parts[number] = future.result()
            bar.update(size)
            if state.submitted and len(state.parts) == state.tasks:
                tables = assemble(state.parts[n] for n in range(state.tasks))
                write_shard(Path(options.out), shard, tables)
                del open_shards[shard]
                _count(summary, _counts(tables))
                if on_shard is not None:
                    on_shard(summary)

    context = multiprocessing.get_context("spawn")  # no fork of a process that holds threads
    with ProcessPoolExecutor(max_workers=options.n_process, mp_context=context) as pool, _progress(None) as bar:
        for shard, rows in shards:
            if stop is not None and stop():
                summary.notes.append("stopped")
                break  # shards whose tasks are all back are written below; a rerun does the rest
            state = open_shards[shard] = _OpenShard()
            for offset in range(0, len(rows), per_task):
                while len(pending) >= TASKS_PER_PROCESS * options.n_process:
                    collect(block=True)
                task = rows[offset : offset + per_task]
                pending[pool.submit(analyse_rows, task, shard, inner)] = (shard, state.tasks, len(task))
                state.tasks += 1
            state.submitted = True
            collect(block=False)
        while pending:
            collect(block=True)


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
        run = run_pool if n_process > 1 else run_local
        run(shards, options, summary, on_shard=on_shard, stop=stop)
    summary.seconds = time.perf_counter() - start
    return summary
