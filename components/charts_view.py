"""The charts (network, heatmap, quotes per speaker, entity frequency); a click filters the table."""

from __future__ import annotations

import streamlit as st

from components import filters, state
from components.i18n import t
from components.quote_table import TABLE_ANCHOR, render_chips
from components.shown import ShownArticle, scope_of
from whosaid.charts import (
    UNKNOWN,
    entity_frequency_figure,
    heatmap_figure,
    network_figure,
    quotes_per_speaker_figure,
    unesc,
)
from whosaid.highlight import TYPES


def focus_from_selection(points: list[dict], speakers: set[str]) -> dict | None:
    """Chart points -> a table filter: a heatmap cell (speaker and entity), else a speaker's or an
    entity's node or bar."""
    for point in points:
        if point.get("z") is not None and point.get("x") is not None and point.get("y") is not None:
            return {"speaker": unesc(point["y"]), "entity": unesc(point["x"])}
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)) and len(custom) == 2:  # a heatmap cell's click target
            return {"speaker": unesc(custom[0]), "entity": unesc(custom[1])}
        name = custom[0] if isinstance(custom, (list, tuple)) and custom else custom
        if name:
            name = unesc(name)  # the charts escape every name they show
            return {"speaker": name} if name in speakers else {"entity": name}
    return None


def render_charts(docs: list[ShownArticle], *, key: str, filter_key: str) -> None:
    """Network, heatmap, quotes per speaker and entity frequency; a click filters the quote table
    (the filters under `filter_key`)."""
    analyses = [d.analysis for d in docs]
    speakers = {q.speaker.name for a in analyses for q in a.quotes if q.speaker}
    st.caption(t("chart_hint"))
    # the filter a click set, here too: the table it filters is above, maybe off-screen
    if render_chips(docs, key=filter_key, place="charts"):
        st.markdown(f"[{t('see_filtered_table')}](#{TABLE_ANCHOR})")

    def on_select(chart_key: str):
        def callback():
            chosen = st.session_state.get(chart_key)
            points = chosen.selection.points if chosen is not None else []
            focus = focus_from_selection(list(points), speakers)
            if focus:
                filters.focus(filter_key, scope_of(docs), **focus)
                # the charts are drawn afresh (new keys), so no bar stays selected: a second click on
                # the same bar, once its filter is removed, selects it again instead of clearing it
                st.session_state[state.CHART_EPOCH] = st.session_state.get(state.CHART_EPOCH, 0) + 1

        return callback

    names = (
        {label: t(label) for label in TYPES}
        | {"SPEAKER": t("legend_speaker"), UNKNOWN: t("unknown_speaker")}
        | {kind: t(f"kind_{kind}") for kind in ("direct", "indirect", "mixed")}
    )
    has_edges = any(a.mentions for a in analyses)
    if has_edges:
        figures = [
            ("network", network_figure(analyses, title=t("chart_network"), names=names)),
            ("heatmap", heatmap_figure(analyses, title=t("chart_heatmap"), none=t("no_quotes_cell"))),
        ]
    else:
        st.info(t("no_edges"))
        figures = []
    # a chart with nothing to draw is a sentence, not empty axes
    if any(a.quotes for a in analyses):
        figures.append(("speakers", quotes_per_speaker_figure(analyses, title=t("chart_speakers"), names=names)))
    if any(a.entities for a in analyses):
        figures.append(("entities", entity_frequency_figure(analyses, title=t("chart_entities"), names=names)))
    if not figures:
        st.info(t("no_chart_data"))
    for name, figure in figures:
        chart_key = f"{key}-{name}-{st.session_state.get(state.CHART_EPOCH, 0)}"
        st.plotly_chart(
            figure, key=chart_key, on_select=on_select(chart_key), selection_mode=("points",), width="stretch"
        )
