"""whosaid: who said what, about whom. The analysis core (no Streamlit here).

Importing the package also registers its spaCy components ("whosaid_quotes", "whosaid_paragraphs");
spaCy finds them by entry point too, so `nlp.add_pipe("whosaid_quotes")` needs no import at all.
"""

import whosaid.component  # noqa: F401  registers the spaCy factories
from whosaid.analysis import ParsedArticle, analyze, analyze_many, build_analysis, parse_article, parse_many
from whosaid.errors import (
    EmptyTextError,
    ModelNotInstalledError,
    UnreadableInputError,
    UnsupportedLanguageError,
    WhosaidError,
)
from whosaid.records import SCHEMA, Analysis, Edge, Entity, Quote, Speaker, TextSpan

__all__ = [
    "SCHEMA",
    "Analysis",
    "Edge",
    "EmptyTextError",
    "Entity",
    "ModelNotInstalledError",
    "ParsedArticle",
    "Quote",
    "Speaker",
    "TextSpan",
    "UnreadableInputError",
    "UnsupportedLanguageError",
    "WhosaidError",
    "analyze",
    "analyze_many",
    "build_analysis",
    "parse_article",
    "parse_many",
]
