"""Language detection, spaCy pipeline loading and parser-friendly text.

Nothing here downloads anything: a model is an installed Python package or an error.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from whosaid.errors import EmptyTextError, ModelNotInstalledError, UnreadableInputError, UnsupportedLanguageError
from whosaid.lang import load_language_table, supported_languages
from whosaid.messages import error

if TYPE_CHECKING:
    from spacy.language import Language

# One-for-one character swaps: the parser sees typographic apostrophes and odd spaces as ASCII, and
# because every swap keeps the length, an offset into the parsed text is an offset into the original.
PARSER_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the French apostrophe in "l’OTAN"
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",  # no-break space, common before « » : ; in French typography
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",
        "\u2007": " ",
        "\u200b": " ",  # zero-width space (kept one character wide)
        "\ufeff": " ",
    }
)

# spaCy keeps about 1 GB per 100,000 characters while parsing: long texts go in chunks of this size,
# cut at paragraph breaks, so memory stays bounded whatever the article's length.
CHUNK_CHARS = 50_000
MIN_CHUNK_SHARE = 4  # a cut is made at a break only if the chunk keeps at least 1/4 of its size

# Languages lingua may answer with, so that text in a language we lack is named, not mistaken for French.
DETECTABLE = (
    "ENGLISH",
    "FRENCH",
    "GERMAN",
    "SPANISH",
    "ITALIAN",
    "PORTUGUESE",
    "DUTCH",
    "RUSSIAN",
    "ARABIC",
    "CHINESE",
    "JAPANESE",
    "POLISH",
    "TURKISH",
)
DETECT_CHARS = 1_000  # language detection reads this much: enough for any article, cheap on a corpus
SHORT_TEXT = 200  # shorter texts get lingua's full models (loaded on demand: 2 s); longer ones its
# low-accuracy mode (trigrams only), as accurate on paragraphs and loaded in 0.1 s
CHECK_CHARS = 10_000  # how much of a text the binary-data check reads
MAX_CONTROL_SHARE = 0.01  # more control characters than this share of the text: binary data


def normalize_for_parser(text: str) -> str:
    """Return the text the parser sees: same length as `text`, typographic characters made plain."""
    return text.translate(PARSER_CHAR_MAP)


def check_text(text: object) -> str:
    """Raise a clear error for input that is not article text; return the text unchanged."""
    if not isinstance(text, str):
        raise error(UnreadableInputError, "not_text", kind=type(text).__name__)
    if not text.strip():
        raise error(EmptyTextError, "empty")
    sample = text[:CHECK_CHARS]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in sample or controls > len(sample) * MAX_CONTROL_SHARE:
        raise error(UnreadableInputError, "binary_text")
    if not re.search(r"\w{2,}", sample):
        raise error(EmptyTextError, "no_words")
    return text


@lru_cache(maxsize=2)
def _detector(short: bool):
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTABLE if hasattr(Language, name)]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return builder.build() if short else builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (from its first DETECT_CHARS characters)."""
    check_text(text)
    sample = text[:DETECT_CHARS]
    found = _detector(len(sample.strip()) < SHORT_TEXT).detect_language_of(sample)
    if found is None:
        raise UnsupportedLanguageError(
            f"Could not tell the text's language; pass it explicitly (supported: {', '.join(supported_languages())}).",
            code="undetected_language",
            params={"supported": supported_languages()},
        )
    return found.iso_code_639_1.name.lower()


def check_language(code: str) -> str:
    """Return `code` if we have a pipeline for it, else raise naming what is supported."""
    code = (code or "").lower().strip()
    if code not in supported_languages():
        raise UnsupportedLanguageError(
            f"Language {code!r} is not supported; supported languages: {', '.join(supported_languages())}.",
            code="unsupported_language",
            params={"language": code, "supported": supported_languages()},
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
    tried = ", ".join(candidates)
    raise error(ModelNotInstalledError, "no_model", language=table.name, tried=tried, env=table.model_env)


_LOAD_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()


def load_pipeline(code: str) -> Language:
    """Load (once per process) the spaCy pipeline for a language, sentences starting at line breaks.
    Callers that arrive while it loads (the page's background warm-up and a first analysis) wait for
    that one load instead of loading it a second time."""
    with _LOCKS_LOCK:
        lock = _LOAD_LOCKS.setdefault(code, threading.Lock())
    with lock:
        return _load_pipeline(code)


@lru_cache(maxsize=4)
def _load_pipeline(code: str) -> Language:
    import spacy

    import whosaid.paragraphs  # noqa: F401  registers "whosaid_paragraphs" (also found by entry point)

    name = model_name(code)
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("whosaid_paragraphs", before="parser")
    return nlp


def describe_model(nlp: Language) -> str:
    """ "fr_core_news_md 3.8.0"-style label of a loaded pipeline."""
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
                if cut > max_chars // MIN_CHUNK_SHARE:
                    end = start + cut + len(sep)
                    break
        chunks.append((start, text[start:end]))
        start = end
    return chunks
