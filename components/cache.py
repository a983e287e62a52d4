"""The project's only caches: the spaCy pipeline per process, parsed articles by text and model.

`PARSE_CALLS` counts real spaCy runs, so tests can prove that a filter, a selection or an entity
merge does not parse again.
"""

from __future__ import annotations

import streamlit as st

from whosaid.analysis import ParsedArticle, build_analysis, parse_article
from whosaid.ingest import Article, read_bytes
from whosaid.pipeline import detect_language, load_pipeline, model_name
from whosaid.records import Analysis

PARSE_CALLS = {"count": 0}


def text_digest(text: str) -> str:
    """The key of an article's corrections and language choice in the session: a hash of its text."""
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


WARM = {"started": False, "done": set()}  # the languages whose model is loaded in this process


def warm_up(languages: list[str]) -> None:
    """Load every language's model once per server, in a background thread, so the first analysis
    does not wait for it (`load_pipeline` is cached per process)."""
    import threading

    from whosaid.errors import WhosaidError

    if WARM["started"]:
        return
    WARM["started"] = True

    def load():
        for code in languages:
            try:
                load_pipeline(code)
                WARM["done"].add(code)
            except WhosaidError:
                pass  # a missing model is reported when an article needs it

    threading.Thread(target=load, name="whosaid-warm-up", daemon=True).start()


def models_ready(languages: list[str]) -> bool:
    return set(languages) <= WARM["done"]


@st.cache_resource(show_spinner=False, max_entries=4)
def get_pipeline(language: str):
    """The spaCy pipeline of a language, loaded once per process."""
    return load_pipeline(language)


@st.cache_data(show_spinner=False, max_entries=128)
def parse_cached(text: str, language: str, model: str, title: str) -> ParsedArticle:
    """Parse once per (text, language, model); `model` is in the key so a new model re-parses."""
    PARSE_CALLS["count"] += 1
    get_pipeline(language)
    return parse_article(text, language=language, title=title)


@st.cache_data(show_spinner=False, max_entries=64)
def build_cached(parsed: ParsedArticle, edits: dict) -> Analysis:
    """The analysis of a parsed article with the analyst's corrections, built once per (article,
    corrections): a click elsewhere on the page does not rebuild a large article's entities."""
    return build_analysis(parsed, aliases=edits.get("aliases"), drop=edits.get("drop"), quote_edits=edits.get("quotes"))


@st.cache_data(show_spinner=False, max_entries=64)
def read_cached(data: bytes, name: str) -> Article:
    """Uploaded bytes to an Article, once per file content."""
    return read_bytes(data, name)


@st.cache_data(show_spinner=False, max_entries=256)
def language_of(text: str) -> str:
    return detect_language(text)


def parse(article: Article, *, language: str | None) -> ParsedArticle:
    """Parse an article (cached), detecting its language unless one is given."""
    code = language or language_of(article.text)
    return parse_cached(article.text, code, model_name(code), article.title)
