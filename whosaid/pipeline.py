"""Language detection, spaCy pipeline loading and parser-friendly text.

Nothing here downloads anything: a model is an installed Python package or an error.
"""
from __future__ import annotations

import bisect
import importlib.util
import os
import re
from functools import lru_cache

from whosaid.errors import EmptyTextError, ModelNotInstalledError, UnreadableInputError, UnsupportedLanguageError
from whosaid.lang import load_language_table, supported_languages

# One-for-one character swaps: the parser sees typographic apostrophes and odd spaces as ASCII, and
# because every swap keeps the length, an offset into the parsed text is an offset into the original.
PARSER_CHAR_MAP = str.maketrans({
    "\u2019": "'",  # right single quotation mark, the French apostrophe in "l’OTAN"
    "\u2018": "'",
    "\u02bc": "'",
    "\u00a0": " ",  # no-break space, common before « » : ; in French typography
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",
    "\u2007": " ",
    "\u200b": " ",  # zero-width space (kept one character wide)
    "\ufeff": " ",
})

# spaCy keeps about 1 GB per 100,000 characters while parsing: long texts go in chunks of this size,
# cut at paragraph breaks, so memory stays bounded whatever the article's length.
CHUNK_CHARS = 50_000

# Languages lingua may answer with, so that text in a language we lack is named, not mistaken for French.
DETECTABLE = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "RUSSIAN",
              "ARABIC", "CHINESE", "JAPANESE", "POLISH", "TURKISH")
DETECT_CHARS = 3_000


def normalize_for_parser(text: str) -> str:
    """Return the text the parser sees: same length as `text`, typographic characters made plain."""
    return text.translate(PARSER_CHAR_MAP)


def check_text(text: object) -> str:
    """Raise a clear error for input that is not article text; return the text unchanged."""
    if not isinstance(text, str):
        raise UnreadableInputError(f"Expected article text (str), got {type(text).__name__}.")
    if not text.strip():
        raise EmptyTextError("The text is empty: paste or upload an article with some words in it.")
    sample = text[:10_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in sample or controls > len(sample) * 0.01:
        raise UnreadableInputError(
            "The text looks like binary data, not an article: upload a .txt, .html, .docx or .pdf file."
        )
    if not re.search(r"\w{2,}", sample):
        raise EmptyTextError("The text has no words in it: paste or upload an article.")
    return text


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTABLE if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (from its first few thousand characters)."""
    check_text(text)
    found = _detector().detect_language_of(text[:DETECT_CHARS])
    if found is None:
        raise UnsupportedLanguageError(
            f"Could not tell the text's language; pass it explicitly (supported: {', '.join(supported_languages())})."
        )
    return found.iso_code_639_1.name.lower()


def check_language(code: str) -> str:
    """Return `code` if we have a pipeline for it, else raise naming what is supported."""
    code = (code or "").lower().strip()
    if code not in supported_languages():
        raise UnsupportedLanguageError(
            f"Language {code!r} is not supported; supported languages: {', '.join(supported_languages())}."
        )
    return code


def model_name(code: str) -> str:
    """Name of the installed spaCy package for a language (environment variable first)."""
    table = load_language_table(check_language(code))
    wanted = os.environ.get(table.model_env)
    candidates = (wanted,) if wanted else table.models
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        f"No spaCy pipeline for {table.name} is installed (tried {', '.join(candidates)}); "
        f"install one with pip (see requirements.txt) or set {table.model_env}."
    )


@lru_cache(maxsize=4)
def load_pipeline(code: str):
    """Load (once per process) the spaCy pipeline for a language, with the whosaid component available."""
    import spacy

    import whosaid.component  # noqa: F401  registers the "whosaid_quotes" factory

    name = model_name(code)
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("whosaid_paragraphs", before="parser")
    return nlp


def describe_model(nlp) -> str:
    """"fr_core_news_md 3.8.0"-style label of a loaded pipeline."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')} {nlp.meta.get('version', '')}".strip()


def split_into_chunks(text: str, *, max_chars: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut text at paragraph (else line, else sentence, else hard) breaks into (offset, chunk) pairs."""
    if len(text) <= max_chars:
        return [(0, text)]
    chunks, start = [], 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > max_chars // 4:
                    end = start + cut + len(sep)
                    break
        chunks.append((start, text[start:end]))
        start = end
    return chunks


# Per-Doc caches: spaCy rebuilds doc.text and doc.ents from the tokens on every access, which made
# them the hot spot of extraction; computed once and kept in doc.user_data.

def doc_text(doc) -> str:
    """`doc_text(doc)`, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    cached = doc.user_data.get("whosaid_text")
    if cached is None:
        cached = doc.user_data["whosaid_text"] = doc.text
    return cached


def doc_ents(doc) -> tuple:
    """`doc.ents`, computed once per Doc (spaCy walks every token on every access)."""
    cached = doc.user_data.get("whosaid_ents")
    if cached is None:
        cached = doc.user_data["whosaid_ents"] = tuple(doc.ents)
    return cached


def doc_sents(doc) -> tuple:
    """The parser's sentences, with its breaks right after a comma or semicolon undone ("Selon Marie
    Curie, | la réforme…"); computed once per Doc."""
    cached = doc.user_data.get("whosaid_sents")
    if cached is None:
        spans = []
        for sent in doc.sents:
            last = sent.start - 1
            if spans and doc[last].text in (",", ";") and "\n" not in doc[last].text_with_ws:
                spans[-1] = doc[spans[-1].start:sent.end]
            else:
                spans.append(sent)
        cached = doc.user_data["whosaid_sents"] = tuple(spans)
        doc.user_data["whosaid_sent_starts"] = [span.start for span in spans]
    return cached


def sent_of(token):
    """The sentence (as in `doc_sents`) that holds a token."""
    sents = doc_sents(token.doc)
    return sents[bisect.bisect_right(token.doc.user_data["whosaid_sent_starts"], token.i) - 1]
