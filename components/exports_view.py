"""Downloads of what the page shows: quotes and entities CSV, the analysis JSON, the mention graph."""

from __future__ import annotations

import streamlit as st

from components.i18n import t
from components.shown import ShownArticle
from components.text import safe_file_stem
from whosaid.export import (
    corpus_entities_csv,
    corpus_json,
    corpus_quotes_csv,
    entities_csv,
    graph_bytes,
    quotes_csv,
    to_json,
)

EXPORT_WORDS = 6  # a pasted article's exports are named after its first words


def export_name(doc: ShownArticle) -> str:
    """What to call an article's exports: its file's name, else its title, else its first words."""
    if doc.source and doc.source != t("paste_label"):
        return doc.source.rsplit(".", 1)[0]
    if doc.analysis.title:
        return doc.analysis.title
    return " ".join(doc.analysis.text.split()[:EXPORT_WORDS]) or "article"


def export_formats(docs: list[ShownArticle]) -> list[tuple[str, str, str, str, object]]:
    """Every download of what the page shows, as (widget key, label key, file suffix, MIME type, bytes
    or text): a new format is one entry here."""
    analyses = [d.analysis for d in docs]
    if len(docs) == 1:
        quotes, entities = quotes_csv(analyses[0]), entities_csv(analyses[0])
        data = to_json(analyses[0], parsed=docs[0].parsed)
    else:
        named = [(d.name, d.analysis) for d in docs]
        quotes, entities = corpus_quotes_csv(named), corpus_entities_csv(named)
        data = corpus_json(named, parsed=[d.parsed for d in docs])
    return [
        ("quotes", "download_quotes", "-quotes.csv", "text/csv", quotes),
        ("entities", "download_entities", "-entities.csv", "text/csv", entities),
        ("json", "download_json", ".json", "application/json", data),
        ("gexf", "download_gexf", ".gexf", "application/xml", graph_bytes(analyses, fmt="gexf")),
        ("graphml", "download_graphml", ".graphml", "application/xml", graph_bytes(analyses, fmt="graphml")),
    ]


def render_exports(docs: list[ShownArticle], *, key: str) -> None:
    """Downloads: quotes CSV, entities CSV, analysis JSON, mention graph as GEXF and GraphML."""
    stem = safe_file_stem(export_name(docs[0]) if len(docs) == 1 else "corpus")
    formats = export_formats(docs)
    for column, (name, label, suffix, mime, payload) in zip(st.columns(len(formats)), formats, strict=True):
        column.download_button(t(label), payload, f"{stem}{suffix}", mime, key=f"{key}-{name}")
