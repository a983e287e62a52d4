"""Interface text in English and French, from assets/i18n.json; default from the browser's locale."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import streamlit as st

from components import state
from whosaid.messages import MESSAGES

ASSETS = Path(__file__).resolve().parent.parent / "assets"
UI_LANGUAGES = {"en": "English", "fr": "Français"}
STATE_KEY = state.UI_LANGUAGE


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    """Every interface string by key and language. The core's messages (`core_<code>`) take their
    English from the core's own table (`whosaid.messages`); assets/i18n.json holds their other languages."""
    out = json.loads((ASSETS / "i18n.json").read_text(encoding="utf-8"))
    for code, template in MESSAGES.items():
        out.setdefault(f"core_{code}", {})["en"] = template
    return out


def browser_language() -> str:
    """ "fr" for a French browser locale ("fr-FR", "fr-CA"), else "en"."""
    locale = getattr(st.context, "locale", None) or ""
    return "fr" if locale.lower().startswith("fr") else "en"


def current() -> str:
    if STATE_KEY not in st.session_state:
        st.session_state[STATE_KEY] = browser_language()
    return st.session_state[STATE_KEY]


NARROW_NBSP = "\u202f"  # French: before ; ! ? and between thousands (a colon takes NBSP)
NBSP = "\u00a0"
ENGLISH_NUMBER = re.compile(r"^\d{1,3}(,\d{3})+$")  # "2,400" (a year such as 2024 is left as it is)


def plural_form(language: str, n) -> str:
    """ "one" or "other": French counts 0 and 1 as one ("0 article", "1 article"), English only 1."""
    try:
        value = abs(float(n))
    except (TypeError, ValueError):
        return "other"
    return "one" if (value < 2 if language == "fr" else value == 1) else "other"


def number(value, decimals: int | None = None, *, language: str | None = None) -> str:
    """A number written as the interface's language writes it: "1,234.5" / "0.81" in English,
    "1 234,5" / "0,81" in French (a narrow no-break space between thousands, a decimal comma)."""
    language = language or current()
    if isinstance(value, float) or decimals is not None:
        text = f"{float(value):,.{2 if decimals is None else decimals}f}"
    else:
        text = f"{int(value):,}"
    if language == "fr":
        text = text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def t(key: str, **values) -> str:
    """The interface string `key` in the current language, with {placeholders} filled. An entry may
    hold {"one": …, "other": …} per language, chosen by the value of `n`; integers are written with
    the language's thousands separator."""
    language = current()
    text = strings()[key][language]
    if isinstance(text, dict):
        text = text[plural_form(language, values.get("n", 0))]
    if not values:
        return text
    shown = {k: number(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in values.items()}
    return text.format(**shown)


def labelled(label: str, value) -> str:
    """ "Confidence: 0.81" / « Confiance : 0,81 »: a label and its value, with the language's colon."""
    if isinstance(value, float):
        value = number(value)
    return f"{label}{NBSP if current() == 'fr' else ''}: {value}"


def language_name(code: str) -> str:
    """An article language's name in the interface's language ("French", "français"); a language
    without an interface name shows its code."""
    return t(f"lang_{code}") if f"lang_{code}" in strings() else code


def render_language_switch(*, key: str) -> str:
    """Sidebar switch between English and French; returns the chosen code. A language a restored
    draft asks for (`state.PENDING_UI_LANGUAGE`) is taken before the switch is drawn."""
    pending = st.session_state.pop(state.PENDING_UI_LANGUAGE, None)
    if pending in UI_LANGUAGES:
        st.session_state[STATE_KEY] = pending
    current()
    st.sidebar.radio(t("ui_language"), list(UI_LANGUAGES), format_func=UI_LANGUAGES.get, key=STATE_KEY, horizontal=True)
    return st.session_state[STATE_KEY]


@lru_cache(maxsize=1)
def _core_patterns() -> list[tuple[re.Pattern, str]]:
    """The core's English messages (`core_*` strings, their `en` text a template) as patterns."""
    out = []
    for key, texts in strings().items():
        if key.startswith("core_"):
            parts = re.split(r"\{(\w+)\}", texts["en"])
            body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
            out.append((re.compile(f"^{body}$", re.DOTALL), key))
    return out


def _from_code(code: str, params: dict) -> str:
    """A core message written from its code and parameters in the interface's language."""
    return t(f"core_{code}", **{k: number(v, 1) if isinstance(v, float) else v for k, v in params.items()})


def localise(message: str) -> str:
    """A message of the analysis core (English, as the CLI and the JSON give it) in the interface's
    language, when it is one the interface knows; any other message as it is. A warning that carries
    its code (`whosaid.messages.Note`) is written from the code; an older record's sentence is read back
    against the core's templates."""
    if current() == "en":
        return message
    code = getattr(message, "code", "")
    if code in MESSAGES:
        return _from_code(code, getattr(message, "params", {}))
    for pattern, key in _core_patterns():
        match = pattern.match(message)
        if match:
            # the core writes its numbers in English ("2,400"): the interface writes them its way
            values = {
                k: int(v.replace(",", "")) if ENGLISH_NUMBER.match(v) else v for k, v in match.groupdict().items()
            }
            return t(key, **values)
    return message


def describe_error(err: Exception) -> str:
    """An error of the core in the interface's language: from its code and parameters when the
    interface knows the code (languages named, not coded), else its message through `localise`."""
    code = getattr(err, "code", "")
    if code in MESSAGES and current() != "en":  # English is the core's own sentence
        return _from_code(code, getattr(err, "params", {}))
    if code and f"error_{code}" in strings():
        params = dict(getattr(err, "params", {}))
        if "language" in params:
            params["language"] = language_name(str(params["language"]))
        if "supported" in params:
            params["supported"] = ", ".join(language_name(c) for c in params["supported"])
        return t(f"error_{code}", **params)
    return localise(str(err))
