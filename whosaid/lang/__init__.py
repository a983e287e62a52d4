"""Per-language data: cue verbs, pronouns, title words, model names.

A language is a JSON file in this folder; adding one needs no code change.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from whosaid.errors import UnsupportedLanguageError

LANG_DIR = Path(__file__).parent


@dataclass(frozen=True)
class LanguageTable:
    code: str
    name: str
    models: tuple[str, ...]
    model_env: str
    entity_labels: dict
    speech_verbs: frozenset
    quote_only_verbs: frozenset
    verb_particles: dict
    source_markers: tuple[tuple[str, ...], ...]
    initial_source_markers: tuple[tuple[str, ...], ...]
    complementizers: frozenset
    person_pronouns: dict
    group_pronouns: frozenset
    determiners: frozenset
    of_words: frozenset
    title_words: frozenset
    role_words: frozenset
    title_synonyms: dict
    joiners: frozenset
    impersonal_subjects: frozenset
    relative_pronouns: frozenset
    lemma_suffixes: tuple
    possessive_suffixes: tuple
    clause_source_markers: frozenset
    relay_markers: frozenset
    imperative_suffixes: tuple
    document_nouns: frozenset

    def is_cue_lemma(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.quote_only_verbs

    def verb_lemma(self, lemma: str, form: str) -> str:
        """The model's lemma if the tables know it, else one guessed from the form's ending
        ("indique" -> "indiquer" when the model left the form as it was)."""
        if self.is_cue_lemma(lemma):
            return lemma
        for suffix, replacement in self.lemma_suffixes:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                guess = form[: len(form) - len(suffix)] + replacement
                if self.is_cue_lemma(guess):
                    return guess
        return lemma


def supported_languages() -> list[str]:
    """Codes of the languages that have a data table, sorted."""
    return sorted(path.stem for path in LANG_DIR.glob("*.json"))


@lru_cache(maxsize=None)
def load_language_table(code: str) -> LanguageTable:
    """Load the data table of a language code such as "fr" or "en"."""
    path = LANG_DIR / f"{code}.json"
    if not path.is_file():
        raise UnsupportedLanguageError(
            f"No language table for {code!r}; supported languages: {', '.join(supported_languages())}."
        )
    raw = json.loads(path.read_text(encoding="utf-8"))
    low = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return LanguageTable(
        code=raw["code"],
        name=raw["name"],
        models=tuple(raw["models"]),
        model_env=raw["model_env"],
        entity_labels=dict(raw["entity_labels"]),
        speech_verbs=low(raw["speech_verbs"]),
        quote_only_verbs=low(raw["quote_only_verbs"]) - low(raw["speech_verbs"]),
        verb_particles={k: frozenset(v) for k, v in raw["verb_particles"].items()},
        source_markers=tuple(tuple(m) for m in raw["source_markers"]),
        initial_source_markers=tuple(tuple(m) for m in raw["initial_source_markers"]),
        complementizers=low(raw["complementizers"]),
        person_pronouns={k.lower(): v for k, v in raw["person_pronouns"].items()},
        group_pronouns=low(raw["group_pronouns"]),
        determiners=low(raw["determiners"]),
        of_words=low(raw["of_words"]),
        title_words=low(raw["title_words"]),
        role_words=low(raw["role_words"]),
        title_synonyms={k.lower(): tuple(v) for k, v in raw["title_synonyms"].items()},
        joiners=low(raw["joiners"]),
        impersonal_subjects=low(raw.get("impersonal_subjects", [])),
        relative_pronouns=low(raw.get("relative_pronouns", [])),
        lemma_suffixes=tuple(tuple(rule) for rule in raw.get("lemma_suffixes", [])),
        possessive_suffixes=tuple(raw.get("possessive_suffixes", [])),
        clause_source_markers=low(raw.get("clause_source_markers", [])),
        relay_markers=low(raw.get("relay_markers", [])),
        imperative_suffixes=tuple(raw.get("imperative_suffixes", [])),
        document_nouns=low(raw.get("document_nouns", [])),
    )
