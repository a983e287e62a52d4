"""An analysed article as the views take it, and what every view shares."""

from __future__ import annotations

from dataclasses import dataclass

from components import state
from whosaid.findings import ParsedArticle
from whosaid.records import Analysis

SELECTED_KEY = state.SELECTED_QUOTE


@dataclass(frozen=True)
class ShownArticle:
    """An analysed article as the page shows it (not spaCy's Doc: plain records and a name)."""

    index: int
    name: str
    analysis: Analysis
    digest: str = ""  # hash of the text: the key of this document's entity corrections
    parsed: ParsedArticle | None = None  # the parsed records (what a share stores)
    source: str = ""  # the file name or input the article came from


def scope_of(docs: list[ShownArticle]) -> str:
    """Which analysis a filter or selection belongs to: the documents shown."""
    return "|".join(d.digest for d in docs)
