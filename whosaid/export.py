"""Exports of an Analysis: quotes and entities as CSV, the JSON schema, the mention graph for Gephi."""

from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx

from whosaid.records import Analysis

QUOTE_COLUMNS = (
    "id",
    "speaker",
    "speaker_entity",
    "speaker_text",
    "kind",
    "attribution",
    "cue",
    "text",
    "mentions",
    "start",
    "end",
    "how",
    "method",
    "reason",
    "confidence",
    "corrected",
)
ENTITY_COLUMNS = ("id", "name", "label", "model_labels", "aliases", "mention_count", "first_start")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs such a cell (OWASP CSV injection)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def safe_cell(value):
    """A CSV cell a spreadsheet shows as text: every line of it that starts like a formula gets a
    leading apostrophe (a reader that splits the cell at a line break sees no formula either)."""
    if not isinstance(value, str):
        return value
    return "".join("'" + line if line.startswith(FORMULA_STARTS) else line for line in value.splitlines(keepends=True))


def xml_text(value: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (most control characters) are dropped."""
    return _NOT_XML.sub("", value)


def quote_rows(analysis: Analysis) -> list[dict]:
    """One plain dict per quote, entity ids turned into names (`mentions` is a list of names)."""
    names = {e.id: e.name for e in analysis.entities}
    return [
        {
            "id": q.id,
            "speaker": q.speaker.name if q.speaker else "",
            "speaker_entity": q.speaker.entity or "" if q.speaker else "",
            "speaker_text": q.speaker.text if q.speaker else "",
            "kind": q.kind,
            "attribution": q.attribution,
            "cue": q.cue.text if q.cue else "",
            "text": q.text,
            "mentions": [names[m] for m in q.mentions if m in names],
            "start": q.start,
            "end": q.end,
            "how": q.how,
            "method": q.method,
            "reason": q.reason,
            "confidence": q.confidence,
            "corrected": q.corrected,
        }
        for q in analysis.quotes
    ]


def entity_rows(analysis: Analysis) -> list[dict]:
    return [
        {
            "id": e.id,
            "name": e.name,
            "label": e.label,
            "model_labels": "; ".join(e.model_labels),
            "aliases": "; ".join(e.aliases),
            "mention_count": len(e.mentions),
            "first_start": e.mentions[0].start if e.mentions else "",
        }
        for e in analysis.entities
    ]


def _csv(rows: list[dict], columns: tuple[str, ...], *, extra: dict | None = None) -> str:
    buffer = io.StringIO()
    fields = (*(extra or {}), *columns)
    # CRLF rows (RFC 4180): the writer quotes every cell holding a line terminator's character, so a
    # bare carriage return inside a cell never starts a new row in a spreadsheet or in pandas
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        flat = {key: "; ".join(value) if isinstance(value, list) else value for key, value in row.items()}
        writer.writerow({key: safe_cell(value) for key, value in {**(extra or {}), **flat}.items()})
    return buffer.getvalue()


def quotes_csv(analysis: Analysis, *, source: str | None = None) -> str:
    """The quote table as CSV text (UTF-8, header row); `source` adds a first column."""
    return _csv(quote_rows(analysis), QUOTE_COLUMNS, extra={"source": source} if source is not None else None)


def entities_csv(analysis: Analysis, *, source: str | None = None) -> str:
    """The entity table as CSV text; `source` adds a first column."""
    return _csv(entity_rows(analysis), ENTITY_COLUMNS, extra={"source": source} if source is not None else None)


def corpus_quotes_csv(named: list[tuple[str, Analysis]]) -> str:
    """Quotes of several documents in one CSV, a `source` column first."""
    return _csv([{"source": name, **row} for name, a in named for row in quote_rows(a)], ("source", *QUOTE_COLUMNS))


def corpus_entities_csv(named: list[tuple[str, Analysis]]) -> str:
    """Entities of several documents in one CSV, a `source` column first."""
    return _csv([{"source": name, **row} for name, a in named for row in entity_rows(a)], ("source", *ENTITY_COLUMNS))


def _with_parsed(analysis: Analysis, parsed) -> dict:
    from whosaid.findings import parsed_to_dict

    data = analysis.to_dict()
    if parsed is not None:  # what re-importing needs to restore the analysis without parsing
        data["parsed"] = parsed_to_dict(parsed)
    return data


def corpus_json(named: list[tuple[str, Analysis]], *, parsed: list | None = None) -> str:
    """Several analyses as {"schema", "documents": [{"source", ...analysis}]}; `parsed` (one
    ParsedArticle per analysis) makes the file re-importable."""
    parsed = parsed or [None] * len(named)
    return json.dumps(
        {
            "schema": "whosaid.corpus/1",
            "documents": [{"source": name, **_with_parsed(a, p)} for (name, a), p in zip(named, parsed)],
        },
        ensure_ascii=False,
        indent=2,
    )


def to_json(analysis: Analysis, *, indent: int | None = 2, parsed=None) -> str:
    """The analysis as JSON text of schema whosaid.analysis/1 (with an `edits` section); `parsed`
    (its ParsedArticle) adds the records that re-importing needs."""
    return json.dumps(_with_parsed(analysis, parsed), ensure_ascii=False, indent=indent)


def mention_graph(analyses: list[Analysis] | Analysis) -> nx.DiGraph:
    """Directed graph speaker -> mentioned entity. Nodes are names, with attributes `label` (the name,
    which Gephi shows), `type` (PERSON, ORG, PLACE, OTHER or SPEAKER) and `quotes`; edges have `weight`.
    Names are kept to what XML can hold, so the GEXF and GraphML files are always valid."""
    graph = nx.DiGraph()
    for analysis in analyses if isinstance(analyses, list) else [analyses]:
        types = {xml_text(e.name): e.label for e in analysis.entities}
        for edge in analysis.mentions:
            source, target = xml_text(edge.source), xml_text(edge.target)
            for node in (source, target):
                if node not in graph:
                    graph.add_node(node, label=node, type=types.get(node, "SPEAKER"), quotes=0)
            if graph.has_edge(source, target):
                graph[source][target]["weight"] += edge.count
            else:
                graph.add_edge(source, target, weight=edge.count)
        for quote in analysis.quotes:
            name = xml_text(quote.speaker.name) if quote.speaker is not None else None
            if name in graph:
                graph.nodes[name]["quotes"] += 1
    return graph


def edges_graph(edges, types: dict[str, str] | None = None) -> nx.DiGraph:
    """A who-mentions-whom graph from aggregated edges (rows with source, target, weight), as the
    corpus view has them; node and edge attributes as in `mention_graph`."""
    graph = nx.DiGraph()
    types = types or {}
    for row in edges:
        source, target = xml_text(str(row["source"])), xml_text(str(row["target"]))
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=node, type=types.get(node, "SPEAKER"), quotes=0)
        graph.add_edge(source, target, weight=int(row["weight"]))
    return graph


def graph_bytes(analyses, *, fmt: str) -> bytes:
    """The mention graph (of analyses, or a graph already built) as GEXF or GraphML bytes."""
    graph = analyses if isinstance(analyses, nx.DiGraph) else mention_graph(analyses)
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(graph, buffer)
    elif fmt == "graphml":
        nx.write_graphml(graph, buffer)
    else:
        raise ValueError(f"Unknown graph format {fmt!r}; use 'gexf' or 'graphml'.")
    return buffer.getvalue()
