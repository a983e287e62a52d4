"""A corpus on disk: Parquet tables, each a folder of shards, and how one article becomes rows.

    articles/  id, content_hash, title, date, source, url, language, model, version, quotes,
               entities, status, shard, text, parsed (the records as JSON: opened without spaCy)
    quotes/    article_id, content_hash, quote_id, start, end, text, kind, attribution, cue,
               speaker_entity, speaker, speaker_text, method, reason, confidence
    entities/  article_id, content_hash, entity_id, name, type, aliases, mentions
    mentions/  article_id, content_hash, source, target, source_entity, target_entity, count
    errors/    id, content_hash, input, reason, shard

A shard is written table by table as a temporary file renamed into place, `articles/` last: a shard
is done when its `articles` part exists, and `clean_unfinished` removes the parts of any other.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from whosaid.corpus_input import Row

TABLES = ("quotes", "entities", "mentions", "errors", "articles")  # write order: articles last


@lru_cache(maxsize=1)
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("whosaid")
    except PackageNotFoundError:
        return "unknown"


def add_article(tables: dict[str, list[dict]], row: Row, analysis, shard: str, parsed) -> None:
    """Add one analysed article's rows to every table (its text and records to `articles`)."""
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


def schema_of(table: str):
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
        pq.write_table(pa.Table.from_pylist(tables[table], schema=schema_of(table)), temporary)
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
        return pa.Table.from_pylist([], schema=schema_of(table))
    return pa.concat_tables(pq.read_table(p, schema=schema_of(table)) for p in parts)
