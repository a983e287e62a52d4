"""Corpus analysis: thousands of articles in one command, on this machine or a Dask cluster.

    python -m whosaid batch INPUT... --out CORPUS [--engine local|dask] [--n-process N] ...

INPUT is read as a stream (memory does not grow with it): folders of files (every format the page
reads), `.jsonl`, `.csv` and `.parquet` files with a text column and optional id, title, date,
source and url columns. CORPUS is a folder of Parquet tables, each a folder of shards:

    articles/  id, content_hash, title, date, source, url, language, model, version, quotes,
               entities, status, shard, text, parsed (the records as JSON: opened without spaCy)
    quotes/    article_id, content_hash, quote_id, start, end, text, kind, attribution, cue,
               speaker_entity, speaker, speaker_text, method, reason, confidence
    entities/  article_id, content_hash, entity_id, name, type, aliases, mentions
    mentions/  article_id, content_hash, source, target, source_entity, target_entity, count
    errors/    id, content_hash, input, reason, shard

A shard (`--shard-size` articles) is analysed by one function, the same for both engines, and
written table by table as a temporary file renamed into place, `articles/` last: a shard is done
when its `articles` part exists. A crash (even `kill -9`) loses at most the shards in flight; a
rerun first removes parts of unfinished shards, then skips every content hash already in `articles`
or `errors`, so nothing is lost and nothing is doubled. The same text twice in the input is
analysed once.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whosaid.errors import WhosaidError

TABLES = ("quotes", "entities", "mentions", "errors", "articles")  # write order: articles last
FILE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".docx", ".pdf", ".md")
DEFAULT_SHARD_SIZE = 200
DEFAULT_BATCH_SIZE = 16
IN_FLIGHT_PER_WORKER = 2  # shards queued per Dask worker: memory stays flat however long the input
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


@dataclass
class Row:
    """One article of the input: its text (or why it has none), and the columns that came with it."""

    id: str
    text: str | None
    input: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    error: str = ""

    @property
    def content_hash(self) -> str:
        # a row without text (unreadable, no text column) is known by where it came from
        return content_hash(self.text if self.text is not None else f"\0{self.input}\0{self.id}")


def content_hash(text: str) -> str:
    """SHA-256 of an article's text: the key a rerun skips and duplicates share."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Columns:
    """Names of the input's columns (`--text-column` and the others)."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"
    source: str = "source"
    url: str = "url"


# --------------------------------------------------------------------------- reading, as a stream


def _row_from_record(record: dict, number: int, name: str, columns: Columns) -> Row:
    def value(key: str) -> str:
        found = record.get(key)
        return "" if found is None else str(found)

    ident = value(columns.id) or f"{name}:{number}"
    text = record.get(columns.text)
    if text is None:
        return Row(ident, None, name, error=f"no '{columns.text}' column in this row")
    if not isinstance(text, str):
        text = str(text)
    return Row(
        ident,
        text,
        name,
        title=value(columns.title),
        date=value(columns.date),
        source=value(columns.source),
        url=value(columns.url),
    )


def _read_jsonl(path: Path, columns: Columns) -> Iterator[Row]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not an object")
            except (ValueError, UnicodeDecodeError, RecursionError) as err:
                yield Row(
                    f"{path.name}:{number}",
                    None,
                    path.name,
                    error=f"line {number} is not a JSON object ({err.__class__.__name__})",
                )
                continue
            yield _row_from_record(record, number, path.name, columns)


def _read_csv(path: Path, columns: Columns) -> Iterator[Row]:
    from whosaid.ingest import MAX_CHARS

    csv.field_size_limit(max(csv.field_size_limit(), MAX_CHARS * 4))
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle), 1):
            yield _row_from_record(record, number, path.name, columns)


def _read_parquet(path: Path, columns: Columns) -> Iterator[Row]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        for record in batch.to_pylist():
            number += 1
            yield _row_from_record(record, number, path.name, columns)


def _read_folder(folder: Path) -> Iterator[Row]:
    from whosaid.ingest import read_path

    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES):
        ident = str(path.relative_to(folder))
        try:
            article = read_path(path)
        except WhosaidError as err:
            yield Row(ident, None, ident, error=str(err))
            continue
        yield Row(ident, article.text, ident, title=article.title)


def read_inputs(paths: Iterable[str | Path], columns: Columns | None = None) -> Iterator[Row]:
    """Every article of the inputs, one at a time (never the whole input in memory)."""
    columns = columns or Columns()
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        if path.is_dir():
            yield from _read_folder(path)
        elif suffix == ".jsonl":
            yield from _read_jsonl(path, columns)
        elif suffix == ".csv":
            yield from _read_csv(path, columns)
        elif suffix == ".parquet":
            yield from _read_parquet(path, columns)
        elif suffix in FILE_SUFFIXES:
            yield from _read_folder_file(path)
        else:
            raise WhosaidError(f"{path}: not a folder, .jsonl, .csv, .parquet or article file.")


def _read_folder_file(path: Path) -> Iterator[Row]:
    from whosaid.ingest import read_path

    try:
        article = read_path(path)
    except WhosaidError as err:
        yield Row(path.name, None, path.name, error=str(err))
        return
    yield Row(path.name, article.text, path.name, title=article.title)


# --------------------------------------------------------------------------- one shard, any engine


@dataclass
class Options:
    """What a shard needs to know besides its rows (plain data: it travels to Dask workers)."""

    out: str
    language: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    n_process: int = 1


_PIPELINES: dict[str, object] = {}  # per process (per Dask worker): each pipeline loaded once


def _pipeline(code: str):
    """The language's pipeline, loaded once per process (per Dask worker: not per task)."""
    nlp = _PIPELINES.get(code)
    if nlp is None:
        from whosaid.pipeline import load_pipeline

        nlp = _PIPELINES[code] = load_pipeline(code)
    return nlp


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
    from whosaid.pipeline import describe_model, normalize_for_parser, split_into_chunks

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
        nlp = _pipeline(code)
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
        _add_tables(tables, row, analysis, shard, parsed)
    write_shard(Path(options.out), shard, tables)
    return {"articles": len(tables["articles"]), "errors": len(tables["errors"]), "quotes": len(tables["quotes"])}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("whosaid")
    except PackageNotFoundError:
        return "unknown"


def _add_tables(tables: dict[str, list[dict]], row: Row, analysis, shard: str, parsed) -> None:
    from whosaid.findings import parsed_to_dict

    key = {"article_id": row.id, "content_hash": row.content_hash}
    records = parsed_to_dict(parsed)
    del records["text"]  # the text is a column of its own
    tables["articles"].append(
        {
            "id": row.id,
            "content_hash": row.content_hash,
            "title": row.title or analysis.title,
            "date": row.date,
            "source": row.source,
            "url": row.url,
            "language": analysis.language,
            "model": analysis.model,
            "version": _version(),
            "quotes": len(analysis.quotes),
            "entities": len(analysis.entities),
            "status": "ok",
            "shard": shard,
            "text": row.text,
            "parsed": json.dumps(records, ensure_ascii=False, separators=(",", ":")),
        }
    )
    for q in analysis.quotes:
        tables["quotes"].append(
            {
                **key,
                "quote_id": q.id,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "attribution": q.attribution,
                "cue": q.cue.text if q.cue else "",
                "speaker_entity": (q.speaker.entity or "") if q.speaker else "",
                "speaker": q.speaker.name if q.speaker else "",
                "speaker_text": q.speaker.text if q.speaker else "",
                "method": q.method,
                "reason": q.reason,
                "confidence": q.confidence,
            }
        )
    for e in analysis.entities:
        tables["entities"].append(
            {
                **key,
                "entity_id": e.id,
                "name": e.name,
                "type": e.label,
                "aliases": list(e.aliases),
                "mentions": len(e.mentions),
            }
        )
    for edge in analysis.mentions:
        tables["mentions"].append(
            {
                **key,
                "source": edge.source,
                "target": edge.target,
                "source_entity": edge.source_entity or "",
                "target_entity": edge.target_entity or "",
                "count": edge.count,
            }
        )


# --------------------------------------------------------------------------- the tables on disk

SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "string"),
        ("content_hash", "string"),
        ("title", "string"),
        ("date", "string"),
        ("source", "string"),
        ("url", "string"),
        ("language", "string"),
        ("model", "string"),
        ("version", "string"),
        ("quotes", "int64"),
        ("entities", "int64"),
        ("status", "string"),
        ("shard", "string"),
        ("text", "large_string"),  # the article as analysed: the page opens it from the corpus
        ("parsed", "large_string"),  # its parsed records (whosaid.parsed/1 JSON, no text): opened without spaCy
    ],
    "quotes": [
        ("article_id", "string"),
        ("content_hash", "string"),
        ("quote_id", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("text", "string"),
        ("kind", "string"),
        ("attribution", "string"),
        ("cue", "string"),
        ("speaker_entity", "string"),
        ("speaker", "string"),
        ("speaker_text", "string"),
        ("method", "string"),
        ("reason", "string"),
        ("confidence", "float64"),
    ],
    "entities": [
        ("article_id", "string"),
        ("content_hash", "string"),
        ("entity_id", "string"),
        ("name", "string"),
        ("type", "string"),
        ("aliases", "list<string>"),
        ("mentions", "int64"),
    ],
    "mentions": [
        ("article_id", "string"),
        ("content_hash", "string"),
        ("source", "string"),
        ("target", "string"),
        ("source_entity", "string"),
        ("target_entity", "string"),
        ("count", "int64"),
    ],
    "errors": [
        ("id", "string"),
        ("content_hash", "string"),
        ("input", "string"),
        ("reason", "string"),
        ("shard", "string"),
    ],
}


def _schema(table: str):
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "large_string": pa.large_string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in SCHEMAS[table]])


def write_shard(out: Path, shard: str, tables: dict[str, list[dict]]) -> None:
    """Write one shard's part of every table: a temporary file renamed into place, `articles` last
    (the mark that the shard is complete)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table in TABLES:
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{shard}.parquet"
        temporary = folder / f".{shard}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(tables[table], schema=_schema(table)), temporary)
        os.replace(temporary, target)


def finished_shards(out: Path) -> set[str]:
    folder = out / "articles"
    return {p.stem for p in folder.glob("*.parquet")} if folder.is_dir() else set()


def clean_unfinished(out: Path) -> int:
    """Remove the parts of shards a crash left unfinished (no `articles` part) and stray temporary
    files; the number of files removed."""
    done, removed = finished_shards(out), 0
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.endswith(".tmp") or (path.suffix == ".parquet" and path.stem not in done):
                path.unlink()
                removed += 1
    return removed


def known_hashes(out: Path) -> set[str]:
    """Content hashes already in the corpus (analysed or refused): a rerun skips them."""
    import pyarrow.parquet as pq

    hashes: set[str] = set()
    for table in ("articles", "errors"):
        for path in sorted((out / table).glob("*.parquet")) if (out / table).is_dir() else []:
            hashes.update(pq.read_table(path, columns=["content_hash"]).column("content_hash").to_pylist())
    return hashes


def read_table(out: Path, table: str):
    """A whole table as one pyarrow Table (every shard), empty with its schema when there is none."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = sorted((out / table).glob("*.parquet")) if (out / table).is_dir() else []
    if not parts:
        return pa.Table.from_pylist([], schema=_schema(table))
    return pa.concat_tables(pq.read_table(p, schema=_schema(table)) for p in parts)


# --------------------------------------------------------------------------- the run


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
