"""Interface text in English and French, from assets/i18n.json; default from the browser's locale."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import streamlit as st

from components import state

ASSETS = Path(__file__).resolve().parent.parent / "assets"
UI_LANGUAGES = {"en": "English", "fr": "Français"}
STATE_KEY = state.UI_LANGUAGE


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    return json.loads((ASSETS / "i18n.json").read_text(encoding="utf-8"))


def browser_language() -> str:
    """ "fr" for a French browser locale ("fr-FR", "fr-CA"), else "en"."""
    locale = getattr(st.context, "locale", None) or ""
    return "fr" if locale.lower().startswith("fr") else "en"


def current() -> str:
    if STATE_KEY not in st.session_state:
        st.session_state[STATE_KEY] = browser_language()
    return st.session_state[STATE_KEY]


def t(key: str, **values) -> str:
    """The interface string `key` in the current language, with {placeholders} filled."""
    text = strings()[key][current()]
    return text.format(**values) if values else text


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


def localise(message: str) -> str:
    """A message of the analysis core (English, as the CLI and the JSON give it) in the interface's
    language, when it is one the interface knows; any other message as it is."""
    if current() == "en":
        return message
    for pattern, key in _core_patterns():
        match = pattern.match(message)
        if match:
            return t(key, **match.groupdict())
    return message


def describe_error(err: Exception) -> str:
    """An error of the core in the interface's language: from its code and parameters when the
    interface knows the code (languages named, not coded), else its message through `localise`."""
    code = getattr(err, "code", "")
    if code and f"error_{code}" in strings():
        params = dict(getattr(err, "params", {}))
        if "language" in params:
            params["language"] = language_name(str(params["language"]))
        if "supported" in params:
            params["supported"] = ", ".join(language_name(c) for c in params["supported"])
        return t(f"error_{code}", **params)
    return localise(str(err))
