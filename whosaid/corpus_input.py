"""A corpus's input, read as a stream (memory does not grow with it): folders of files (every format
the page reads), `.jsonl`, `.csv` and `.parquet` files with a text column and optional id, title,
date, source, url and language columns (their names in `Columns`). Each article is a `Row`, known by the hash
of its text.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whosaid.errors import WhosaidError

FILE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".docx", ".pdf", ".md")


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
    language: str = ""  # a language code the input gave ("fr"): no detection for this row
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
    language: str = "language"


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
        language=value(columns.language).strip().lower(),
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
            except (ValueError, UnicodeDecodeError, RecursionError):
                yield Row(
                    f"{path.name}:{number}",
                    None,
                    path.name,
                    error=f"line {number} is not a JSON object",
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


def _read_file(path: Path, ident: str) -> Row:
    """One article file (any format the page reads), known as `ident`."""
    from whosaid.ingest import read_path

    try:
        article = read_path(path)
    except WhosaidError as err:
        return Row(ident, None, ident, error=str(err))
    return Row(ident, article.text, ident, title=article.title)


def _read_folder(folder: Path) -> Iterator[Row]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES):
        yield _read_file(path, str(path.relative_to(folder)))


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
            yield _read_file(path, path.name)
        else:
            raise WhosaidError(f"{path}: not a folder, .jsonl, .csv, .parquet or article file.")
