"""The quote table's one filter state, whichever control set it: a filter widget, a chart click or a
click on a highlighted name. Shown as removable chips.

The state is the filter widgets' own session values, under keys scoped to the analysis shown (the
documents' text hashes): a filter set on one article does not follow the analyst to the next one,
and a chart or name click only has to write the widget's value (in a callback, before the widgets
are drawn again).
"""

from __future__ import annotations

import hashlib

import streamlit as st

FIELDS = ("speaker", "entity", "kind")  # multiselect filters; "review" is the low-confidence toggle
REVIEW = "review"


def scope_key(key: str, scope: str, field: str) -> str:
    """The session key of one filter of one analysis (`scope`: the documents' text hashes)."""
    return f"{key}-{field}-{hashlib.sha1(scope.encode('utf-8')).hexdigest()[:10]}"


def current(key: str, scope: str) -> dict:
    """{"speaker": [...], "entity": [...], "kind": [...], "review": bool} of this analysis."""
    values = {field: list(st.session_state.get(scope_key(key, scope, field)) or []) for field in FIELDS}
    values[REVIEW] = bool(st.session_state.get(scope_key(key, scope, REVIEW)))
    return values


def set_filter(key: str, scope: str, field: str, value: str) -> None:
    """A click on a chart or a name: the table shows that one speaker (or entity, or kind). Call it
    from a callback, so the widget shows the new value when it is drawn."""
    st.session_state[scope_key(key, scope, field)] = [value]


def focus(key: str, scope: str, *, speaker: str | None = None, entity: str | None = None) -> None:
    """A chart click: the speaker and/or entity clicked replace both of those filters (a bar of one
    speaker after a heatmap cell does not keep the cell's entity)."""
    st.session_state[scope_key(key, scope, "speaker")] = [speaker] if speaker else []
    st.session_state[scope_key(key, scope, "entity")] = [entity] if entity else []


def remove_filter(key: str, scope: str, field: str, value: str | None = None) -> None:
    """A chip's ✕: drop one value of a filter (the review toggle has no value)."""
    name = scope_key(key, scope, field)
    if field == REVIEW:
        st.session_state[name] = False
    else:
        st.session_state[name] = [v for v in st.session_state.get(name) or [] if v != value]


def clear(key: str, scope: str) -> None:
    for field in FIELDS:
        st.session_state[scope_key(key, scope, field)] = []
    st.session_state[scope_key(key, scope, REVIEW)] = False


def chips(values: dict) -> list[tuple[str, str | None]]:
    """The active filters as (field, value) pairs, in the order the controls show them."""
    items: list[tuple[str, str | None]] = [(field, v) for field in FIELDS for v in values.get(field, [])]
    if values.get(REVIEW):
        items.append((REVIEW, None))
    return items
