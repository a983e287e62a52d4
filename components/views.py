"""One render function per view; each takes plain records and a `key` that namespaces its widgets."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import state
from components.i18n import t
from components.text import plain, safe_file_stem
from whosaid.charts import (
    UNKNOWN,
    entity_colors,
    entity_frequency_figure,
    heatmap_figure,
    network_figure,
    quotes_per_speaker_figure,
    unesc,
)
from whosaid.export import (
    corpus_entities_csv,
    corpus_json,
    corpus_quotes_csv,
    entities_csv,
    graph_bytes,
    quote_rows,
    quotes_csv,
    to_json,
)
from whosaid.findings import ParsedArticle
from whosaid.highlight import TYPES, highlight_html, legend_html, paragraph_window, stylesheet
from whosaid.records import Analysis

FOCUS_KEY = state.FOCUS
SELECTED_KEY = state.SELECTED_QUOTE


@dataclass(frozen=True)
class ShownArticle:
    """An analysed article as the page shows it (not spaCy's Doc: plain records and a name)."""

    index: int
    name: str
    analysis: Analysis
    digest: str = ""  # hash of the text: the key of this document's entity corrections
    parsed: ParsedArticle | None = None  # the parsed records (what a share stores)
    source: str = ""  # the file name or input the article came from


def render_styles() -> None:
    st.html(stylesheet(entity_colors()))


def render_article(doc: ShownArticle, *, key: str) -> None:
    """The article with entity marks (legend toggles per type) and quote spans; text is escaped."""
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
    st.html(
        highlight_html(
            analysis.text,
            analysis.entities,
            analysis.quotes,
            types=types,
            selected=selected_id,
            show_quotes=show_quotes,
        )
    )


def quote_frame(docs: list[ShownArticle]) -> pd.DataFrame:
    """One row per quote of the given documents, in document and text order (export's quote rows)."""
    rows = [
        {
            **row,
            "doc": doc.index,
            "document": doc.name,
            "quote": row["text"],
            "speaker": row["speaker"] or t("unknown_speaker"),
        }
        for doc in docs
        for row in quote_rows(doc.analysis)
    ]
    columns = ["doc", "id", "document", "speaker", "quote", "kind", "cue", "mentions", "attribution"]
    return pd.DataFrame(rows, columns=columns)


def filter_quotes(
    frame: pd.DataFrame, *, speakers=(), kinds=(), entities=(), focus: dict | None = None
) -> pd.DataFrame:
    """Rows matching every filter given (an empty filter keeps everything)."""
    keep = pd.Series(True, index=frame.index)
    if speakers:
        keep &= frame["speaker"].isin(speakers)
    if kinds:
        keep &= frame["kind"].isin(kinds)
    if entities:
        keep &= frame["mentions"].apply(lambda names: bool(set(names) & set(entities)))
    if focus:
        if focus.get("speaker"):
            keep &= frame["speaker"] == focus["speaker"]
        if focus.get("entity"):
            keep &= frame["mentions"].apply(lambda names: focus["entity"] in names)
    return frame[keep]


def render_quote_table(docs: list[ShownArticle], *, key: str) -> None:
    """Filterable quote table; selecting a row shows the quote in its paragraph."""
    frame = quote_frame(docs)
    speakers = sorted(frame["speaker"].unique())
    entities = sorted({name for names in frame["mentions"] for name in names})
    left, middle, right = st.columns(3)
    chosen_speakers = left.multiselect(t("filter_speaker"), speakers, key=f"{key}-speaker")
    chosen_kinds = middle.multiselect(t("filter_kind"), ["direct", "indirect", "mixed"], key=f"{key}-kind")
    chosen_entities = right.multiselect(t("filter_entity"), entities, key=f"{key}-entity")
    focus = st.session_state.get(FOCUS_KEY)
    if focus:
        name = focus.get("speaker") or focus.get("entity")
        info, button = st.columns([4, 1])
        info.info(t("filter_from_chart", name=plain(name)))
        if button.button(t("clear_filters"), key=f"{key}-clear-focus"):
            st.session_state.pop(FOCUS_KEY, None)
            st.rerun()
    shown = filter_quotes(frame, speakers=chosen_speakers, kinds=chosen_kinds, entities=chosen_entities, focus=focus)
    if shown.empty:
        st.info(t("no_quotes"))
        return
    columns = (["document"] if len(docs) > 1 else []) + ["speaker", "quote", "kind", "cue", "mentions", "attribution"]
    rows_shown = [(int(d), i) for d, i in zip(shown["doc"], shown["id"], strict=True)]

    def remember_selection():
        # a callback runs before the rerun, so the Article tab highlights the quote at once
        state = st.session_state.get(f"{key}-table")
        picked = state.selection.rows if state is not None else []
        if picked and picked[0] < len(rows_shown):
            st.session_state[SELECTED_KEY] = rows_shown[picked[0]]
        else:
            st.session_state.pop(SELECTED_KEY, None)

    event = st.dataframe(
        shown[columns].reset_index(drop=True),
        key=f"{key}-table",
        on_select=remember_selection,
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            "document": st.column_config.TextColumn(t("col_document")),
            "speaker": st.column_config.TextColumn(t("col_speaker")),
            "quote": st.column_config.TextColumn(t("col_quote"), width="large"),
            "kind": st.column_config.TextColumn(t("col_kind")),
            "cue": st.column_config.TextColumn(t("col_cue")),
            "mentions": st.column_config.ListColumn(t("col_mentions")),
            "attribution": st.column_config.TextColumn(t("col_attribution")),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows and rows[0] >= len(shown):  # the table narrowed since the row was picked: nothing is selected
        st.session_state.pop(SELECTED_KEY, None)
        rows = []
    if not rows:
        st.caption(t("select_row"))
        return
    row = shown.iloc[rows[0]]
    doc = next(d for d in docs if d.index == row["doc"])
    quote = next(q for q in doc.analysis.quotes if q.id == row["id"])
    st.markdown(f"**{t('in_context')}**")
    st.html(
        highlight_html(
            doc.analysis.text,
            doc.analysis.entities,
            doc.analysis.quotes,
            selected=quote.id,
            window=paragraph_window(doc.analysis.text, quote.start, quote.end),
        )
    )


def focus_from_selection(points: list[dict], speakers: set[str]) -> dict | None:
    """Chart points -> a table filter: a heatmap cell (speaker and entity), else a speaker's or an
    entity's node or bar."""
    for point in points:
        if point.get("z") is not None and point.get("x") is not None and point.get("y") is not None:
            return {"speaker": unesc(point["y"]), "entity": unesc(point["x"])}
        custom = point.get("customdata")
        name = custom[0] if isinstance(custom, (list, tuple)) and custom else custom
        if name:
            name = unesc(name)  # the charts escape every name they show
            return {"speaker": name} if name in speakers else {"entity": name}
    return None


def render_charts(docs: list[ShownArticle], *, key: str) -> None:
    """Network, heatmap, quotes per speaker and entity frequency; a click filters the quote table."""
    analyses = [d.analysis for d in docs]
    speakers = {q.speaker.name for a in analyses for q in a.quotes if q.speaker}
    st.caption(t("chart_hint"))

    def on_select(chart_key: str):
        def callback():
            state = st.session_state.get(chart_key)
            points = state.selection.points if state is not None else []
            focus = focus_from_selection(list(points), speakers)
            if focus:
                st.session_state[FOCUS_KEY] = focus

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
            ("heatmap", heatmap_figure(analyses, title=t("chart_heatmap"))),
        ]
    else:
        st.info(t("no_edges"))
        figures = []
    figures += [
        ("speakers", quotes_per_speaker_figure(analyses, title=t("chart_speakers"), names=names)),
        ("entities", entity_frequency_figure(analyses, title=t("chart_entities"), names=names)),
    ]
    for name, figure in figures:
        chart_key = f"{key}-{name}"
        st.plotly_chart(
            figure, key=chart_key, on_select=on_select(chart_key), selection_mode=("points",), width="stretch"
        )


def entity_frame(analysis: Analysis) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"name": e.name, "type": e.label, "aliases": list(e.aliases), "count": len(e.mentions)}
            for e in analysis.entities
        ],
        columns=["name", "type", "aliases", "count"],
    )


def render_entity_editor(doc: ShownArticle, edits: dict, *, key: str) -> dict:
    """Merge, rename or drop entities; returns the new edits ({"aliases": {...}, "drop": [...]})."""
    analysis = doc.analysis
    names = [e.name for e in analysis.entities]
    surfaces = {e.name: (e.name, *e.aliases) for e in analysis.entities}
    edits = {"aliases": dict(edits.get("aliases", {})), "drop": list(edits.get("drop", []))}
    changed = False
    if len(names) >= 2:
        a, b, c = st.columns([3, 3, 1])
        source = a.selectbox(t("merge"), names, key=f"{key}-merge-source")
        target = b.selectbox(t("merge_into"), [n for n in names if n != source], key=f"{key}-merge-target")
        if c.button(t("merge"), key=f"{key}-merge") and source and target:
            for form in surfaces[source]:
                edits["aliases"][form] = target
            changed = True
    if names:
        a, b, c = st.columns([3, 3, 1])
        chosen = a.selectbox(t("rename"), names, key=f"{key}-rename-source")
        new_name = b.text_input(t("new_name"), key=f"{key}-rename-target")
        if c.button(t("rename"), key=f"{key}-rename") and chosen and new_name.strip():
            for form in surfaces[chosen]:
                edits["aliases"][form] = new_name.strip()
            changed = True
        a, _, c = st.columns([3, 3, 1])
        dropped = a.selectbox(t("drop"), names, key=f"{key}-drop-source")
        if c.button(t("drop"), key=f"{key}-drop") and dropped:
            edits["drop"].extend(surfaces[dropped])
            changed = True
    if edits["aliases"] or edits["drop"]:
        with st.expander(t("edits")):
            st.json(edits)
            if st.button(t("undo_edits"), key=f"{key}-undo"):
                edits, changed = {"aliases": {}, "drop": []}, True
    st.subheader(t("entity_table"))
    st.dataframe(
        entity_frame(analysis),
        hide_index=True,
        width="stretch",
        key=f"{key}-entities",
        column_config={
            "name": t("col_name"),
            "type": t("col_type"),
            "aliases": st.column_config.ListColumn(t("col_aliases")),
            "count": t("col_count"),
        },
    )
    return edits if changed else {}


def render_exports(docs: list[ShownArticle], *, key: str) -> None:
    """Downloads: quotes CSV, entities CSV, analysis JSON, mention graph as GEXF and GraphML."""
    analyses = [d.analysis for d in docs]
    single = len(docs) == 1
    stem = safe_file_stem(docs[0].name.rsplit(".", 1)[0] if single else "corpus")
    if single:
        quotes, entities, data = quotes_csv(analyses[0]), entities_csv(analyses[0]), to_json(analyses[0])
    else:
        named = [(d.name, d.analysis) for d in docs]
        quotes, entities, data = corpus_quotes_csv(named), corpus_entities_csv(named), corpus_json(named)
    cols = st.columns(5)
    cols[0].download_button(t("download_quotes"), quotes, f"{stem}-quotes.csv", "text/csv", key=f"{key}-quotes")
    cols[1].download_button(t("download_entities"), entities, f"{stem}-entities.csv", "text/csv", key=f"{key}-entities")
    cols[2].download_button(t("download_json"), data, f"{stem}.json", "application/json", key=f"{key}-json")
    cols[3].download_button(
        t("download_gexf"), graph_bytes(analyses, fmt="gexf"), f"{stem}.gexf", "application/xml", key=f"{key}-gexf"
    )
    cols[4].download_button(
        t("download_graphml"),
        graph_bytes(analyses, fmt="graphml"),
        f"{stem}.graphml",
        "application/xml",
        key=f"{key}-graphml",
    )
