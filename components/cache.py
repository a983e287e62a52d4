"""The project's only caches: the spaCy pipeline per process, parsed articles by text and model.

`PARSE_CALLS` counts real spaCy runs, so tests can prove that a filter, a selection or an entity
merge does not parse again; `BUILD_CALLS` counts analyses built from the parsed records, so they can
prove that a filter or a selection does not even rebuild the analysis.
"""

from __future__ import annotations

import streamlit as st

from whosaid.analysis import ParsedArticle, build_analysis, parse_article
from whosaid.ingest import Article, read_bytes
from whosaid.pipeline import detect_language, load_pipeline, model_name
from whosaid.records import Analysis

PARSE_CALLS = {"count": 0}
BUILD_CALLS = {"count": 0}  # analyses built from parsed records (a correction builds one, a filter none)


_DIGESTS: dict[int, tuple[str, str]] = {}  # id(text) -> (text, digest): the same string is hashed once


def text_digest(text: str) -> str:
    """The key of an article's corrections and language choice in the session: a hash of its text.
    The string a cache hands back on every rerun is the same object, so its hash is remembered."""
    import hashlib

    known = _DIGESTS.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if len(_DIGESTS) >= 64:
        _DIGESTS.clear()
    _DIGESTS[id(text)] = (text, digest)
    return digest


def records_digest(parsed: ParsedArticle) -> str:
    """A hash of everything an analysis is built from besides the text: the parsed records. Two
    sessions with the same text but different records (one parsed it, the other imported an edited
    export) never share a built analysis."""
    import hashlib

    records = (
        parsed.mentions,
        parsed.quotes,
        parsed.titles,
        parsed.subjects,
        parsed.genders,
        parsed.sentences,
        parsed.warnings,
    )
    return hashlib.sha1(repr(records).encode("utf-8", "surrogatepass")).hexdigest()


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
def _build(article_key: str, edits_key: str, _parsed: ParsedArticle, _edits: dict) -> Analysis:
    # `_parsed` is left out of the cache key (a large article's records would be hashed on every
    # rerun); `article_key` stands for it
    BUILD_CALLS["count"] += 1
    return build_analysis(
        _parsed,
        aliases=_edits.get("aliases"),
        drop=_edits.get("drop"),
        quote_edits=_edits.get("quotes"),
        types=_edits.get("types"),
        split=_edits.get("split"),
    )


def build_cached(parsed: ParsedArticle, edits: dict) -> Analysis:
    """The analysis of a parsed article with the analyst's corrections, built once per (article,
    corrections): a click elsewhere on the page does not rebuild a large article's entities. The
    key is the text's hash with its language, model and title, the hash of its parsed records (an
    imported export carries its own), and the corrections as JSON."""
    import json

    article_key = "|".join(
        (text_digest(parsed.text), parsed.language, parsed.model, parsed.title, records_digest(parsed))
    )
    return _build(article_key, json.dumps(edits, sort_keys=True, ensure_ascii=False), parsed, edits)


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
