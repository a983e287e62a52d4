"""The article view: the text with entity marks and quote spans (escaped), and the page's styles."""

from __future__ import annotations

import streamlit as st

from components import filters
from components.i18n import t
from components.reader import READER_CLASS, reader_events
from components.shown import SELECTED_KEY, ShownArticle
from whosaid.charts import (
    entity_colors,
)
from whosaid.highlight import TYPES, highlight_html, legend_html, stylesheet


def render_styles() -> None:
    st.html(stylesheet(entity_colors()))


def render_article(doc: ShownArticle, *, key: str, filter_key: str, scope: str, height: int | None = None) -> None:
    """The article with entity marks (legend toggles per type) and quote spans; text is escaped.

    A click on a highlighted name filters the quote table (`filter_key`) to that entity; the quote
    selected in the table is marked and scrolled into view. `height` gives the article its own
    scrolling box (side by side with the table)."""
    labels = {label: t(label) for label in TYPES}
    types = (
        st.pills(
            t("types_shown"),
            list(TYPES),
            selection_mode="multi",
            default=list(TYPES),
            format_func=labels.get,
            key=f"{key}-types",
        )
        or []
    )
    show_quotes = st.toggle(t("show_quotes"), value=True, key=f"{key}-quotes")
    st.html(legend_html(labels, entity_colors(), types=types))
    selected = st.session_state.get(SELECTED_KEY)
    selected_id = selected[1] if selected and selected[0] == doc.index else None
    analysis = doc.analysis
    names = {e.id: e.name for e in analysis.entities}

    def filter_to(entity_id: str) -> None:
        if entity_id in names:  # an id the browser sent: only one of this analysis' entities filters
            filters.set_filter(filter_key, scope, "entity", names[entity_id])

    box = st.container(height=height, border=False) if height else st.container()
    with box:
        st.html(
            f'<div class="{READER_CLASS}">'
            + highlight_html(
                analysis.text,
                analysis.entities,
                analysis.quotes,
                types=types,
                selected=selected_id,
                show_quotes=show_quotes,
            )
            + "</div>"
        )
    reader_events(selected=selected_id, key=f"{key}-events", on_entity=filter_to)
    st.caption(t("name_click_hint"))
