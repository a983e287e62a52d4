"""One render function per view; each takes plain records and a `key` that namespaces its widgets."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import filters, state
from components.i18n import strings, t
from components.reader import READER_CLASS, reader_events
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
from whosaid.records import QUOTE_KINDS, Analysis, normalise_edits, quote_key

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


def scope_of(docs: list[ShownArticle]) -> str:
    """Which analysis a filter or selection belongs to: the documents shown."""
    return "|".join(d.digest for d in docs)


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


def how_shown(method: str, how: str, *, words: str, name: str, corrected: bool, reason: str = "") -> str:
    """How a speaker was found, in the interface's language (the core's `how` is English): from the
    quote's method, the words that named the speaker, the speaker found and the resolver's reason."""
    if f"how_{method}" not in strings():
        return how
    why = t(f"reason_{reason}") if reason and f"reason_{reason}" in strings() else ""
    words = " ".join(words.split())
    if method == "context":
        text = t("how_context", why=why or t("from_context"))
    elif reason == "as_written" and f"phrase_{method}" in strings():
        text = t("how_as_written", kind=t(f"phrase_{method}"), words=words, why=why)
    else:
        text = t(f"how_{method}", words=words, name=name) + (f" ({why})" if why and method != "name" else "")
    if corrected and method != "analyst":  # only the kind was corrected
        text += t("how_kind_fixed")
    return text


def quote_frame(docs: list[ShownArticle]) -> pd.DataFrame:
    """One row per quote of the given documents, in document and text order (export's quote rows)."""
    rows = [
        {
            **row,
            "doc": doc.index,
            "document": doc.name,
            "quote": row["text"],
            "speaker": row["speaker"] or t("unknown_speaker"),
            "how": how_shown(
                row["method"],
                row["how"],
                words=row["speaker_text"],
                name=row["speaker"] or t("unknown_speaker"),
                corrected=row["corrected"],
                reason=row["reason"],
            ),
        }
        for doc in docs
        for row in quote_rows(doc.analysis)
    ]
    columns = [
        "doc",
        "id",
        "document",
        "speaker",
        "quote",
        "kind",
        "cue",
        "mentions",
        "attribution",
        "how",
        "confidence",
    ]
    return pd.DataFrame(rows, columns=columns)


REVIEW_BELOW = 0.7  # "to review": a speaker found with less confidence than this


def filter_quotes(frame: pd.DataFrame, *, speakers=(), kinds=(), entities=(), review: bool = False) -> pd.DataFrame:
    """Rows matching every filter given (an empty filter keeps everything). An entity matches a quote
    it speaks or is mentioned in; `review` keeps the speakers found with low confidence (and none)."""
    keep = pd.Series(True, index=frame.index)
    if speakers:
        keep &= frame["speaker"].isin(speakers)
    if kinds:
        keep &= frame["kind"].isin(kinds)
    if entities:
        wanted = set(entities)
        keep &= frame["speaker"].isin(wanted) | frame["mentions"].apply(lambda names: bool(set(names) & wanted))
    if review:
        keep &= frame["confidence"].isna() | (frame["confidence"].astype(float) < REVIEW_BELOW)
    return frame[keep]


def chip_label(field: str, value: str | None) -> str:
    if field == filters.REVIEW:
        return t("chip_review")
    shown = t(f"kind_{value}") if field == "kind" else value
    return f"{t('chip_' + field)}: {shown}"


def render_filters(docs: list[ShownArticle], frame: pd.DataFrame, *, key: str) -> dict:
    """The filter widgets and the chips of every active filter (widget, chart or name click alike)."""
    scope = scope_of(docs)
    values = filters.current(key, scope)
    speakers = sorted(set(frame["speaker"]) | set(values["speaker"]))
    entities = sorted(
        {e.name for d in docs for e in d.analysis.entities}
        | {name for names in frame["mentions"] for name in names}
        | set(values["entity"])
    )
    left, right = st.columns(2)
    left.multiselect(
        t("filter_speaker"), speakers, key=filters.scope_key(key, scope, "speaker"), placeholder=t("choose")
    )
    right.multiselect(
        t("filter_entity"), entities, key=filters.scope_key(key, scope, "entity"), placeholder=t("choose")
    )
    left, right = st.columns(2, vertical_alignment="bottom")
    left.multiselect(
        t("filter_kind"),
        list(QUOTE_KINDS),
        key=filters.scope_key(key, scope, "kind"),
        placeholder=t("choose"),
        format_func=lambda k: t(f"kind_{k}"),
    )
    right.toggle(t("review_only"), key=filters.scope_key(key, scope, filters.REVIEW), help=t("review_help"))
    values = filters.current(key, scope)
    active = filters.chips(values)
    if active:
        cells = st.columns(min(len(active), 3) + 1)
        for n, (field, value) in enumerate(active):
            cells[n % (len(cells) - 1)].button(
                f"✕ {plain(chip_label(field, value))}",
                key=f"{key}-chip-{n}",
                on_click=filters.remove_filter,
                args=(key, scope, field, value),
                help=t("chip_remove"),
            )
        cells[-1].button(t("clear_filters"), key=f"{key}-clear", on_click=filters.clear, args=(key, scope))
    return values


def render_quote_table(docs: list[ShownArticle], *, key: str) -> None:
    """Filterable quote table; selecting a row marks the quote in the article and shows it in context."""
    frame = quote_frame(docs)
    selected = st.session_state.get(SELECTED_KEY)
    if selected and selected[0] not in {d.index for d in docs}:
        st.session_state.pop(SELECTED_KEY, None)
    values = render_filters(docs, frame, key=key)
    shown = filter_quotes(
        frame,
        speakers=values["speaker"],
        kinds=values["kind"],
        entities=values["entity"],
        review=values[filters.REVIEW],
    )
    words = st.text_input(t("search_quotes"), key=f"{key}-search", placeholder=t("search_quotes_hint")).strip()
    if words:  # the words of the quote, its speaker or the phrase naming it, case and accents as typed
        needle = words.casefold()
        hit = shown["quote"].str.casefold().str.contains(needle, regex=False) | shown[
            "speaker"
        ].str.casefold().str.contains(needle, regex=False)
        shown = shown[hit]
    if shown.empty:
        # an article without quotes is not a filter's doing: say which
        st.info(t("no_quotes") if not frame.empty else t("no_quotes_found"))
        return
    st.caption(t("rows_shown", n=len(shown), total=len(frame)))
    # the speaker stays in view (pinned) with its confidence next to it; the quote wraps to its width
    columns = (["document"] if len(docs) > 1 else []) + [
        "speaker",
        "confidence",
        "quote",
        "kind",
        "cue",
        "mentions",
        "attribution",
        "how",
    ]
    rows_shown = [(int(d), i) for d, i in zip(shown["doc"], shown["id"], strict=True)]

    def remember_selection():
        # a callback runs before the rerun, so the article marks the quote at once
        chosen = st.session_state.get(f"{key}-table")
        picked = chosen.selection.rows if chosen is not None else []
        if picked and picked[0] < len(rows_shown):
            st.session_state[SELECTED_KEY] = rows_shown[picked[0]]
        else:
            st.session_state.pop(SELECTED_KEY, None)

    table = shown[columns].reset_index(drop=True)
    table["kind"] = table["kind"].map(lambda k: t(f"kind_{k}"))  # the interface's language, not the code's
    event = st.dataframe(
        table,
        key=f"{key}-table",
        on_select=remember_selection,
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            "document": st.column_config.TextColumn(t("col_document")),
            "speaker": st.column_config.TextColumn(t("col_speaker"), pinned=True),
            "quote": st.column_config.TextColumn(t("col_quote"), width="large"),
            "kind": st.column_config.TextColumn(t("col_kind")),
            "cue": st.column_config.TextColumn(t("col_cue")),
            "mentions": st.column_config.ListColumn(t("col_mentions")),
            "confidence": st.column_config.ProgressColumn(
                t("col_confidence"), min_value=0.0, max_value=1.0, format="%.2f", help=t("confidence_help")
            ),
            "attribution": st.column_config.TextColumn(t("col_attribution")),
            "how": st.column_config.TextColumn(t("how")),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows and rows[0] >= len(shown):  # the table narrowed since the row was picked: nothing is selected
        st.session_state.pop(SELECTED_KEY, None)
        rows = []
    if not rows:
        st.caption(t("select_row"))
        render_fix_picker(docs, shown, key=f"{key}-fix")
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
    render_quote_fixer(doc, quote, key=f"{key}-fix")


def render_fix_picker(docs: list[ShownArticle], shown: pd.DataFrame, *, key: str) -> None:
    """With no row selected: pick any quote of the table to fix it."""
    choices = [(int(d), str(i)) for d, i in zip(shown["doc"], shown["id"], strict=True)]
    by_doc = {d.index: d for d in docs}

    def label(choice):
        doc = by_doc[choice[0]]
        quote = next(q for q in doc.analysis.quotes if q.id == choice[1])
        who = quote.speaker.name if quote.speaker else t("unknown_speaker")
        return f"{choice[1]} · {who}: {' '.join(quote.text.split())[:70]}"

    with st.expander(t("fix_a_quote")):
        picked = st.selectbox(
            t("fix_a_quote"), choices, format_func=label, index=None, key=f"{key}-pick", placeholder=t("select_to_fix")
        )
        if picked is not None:
            doc = by_doc[picked[0]]
            render_quote_fixer(doc, next(q for q in doc.analysis.quotes if q.id == picked[1]), key=key)


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


def entity_frame(analysis: Analysis) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"name": e.name, "type": t(e.label), "aliases": list(e.aliases), "count": len(e.mentions)}
            for e in analysis.entities
        ],
        columns=["name", "type", "aliases", "count"],
    )


def render_entity_editor(doc: ShownArticle, edits: dict, *, key: str) -> dict:
    """Merge, rename, drop, retype or split entities; returns the new edits (`normalise_edits` shape),
    or {} when nothing changed."""
    analysis = doc.analysis
    names = [e.name for e in analysis.entities]
    surfaces = {e.name: (e.name, *e.aliases) for e in analysis.entities}
    edits = normalise_edits(edits)
    changed = False
    if len(names) >= 2:
        a, b, c = st.columns([3, 3, 2])
        source = a.selectbox(t("merge"), names, key=f"{key}-merge-source")
        target = b.selectbox(t("merge_into"), [n for n in names if n != source], key=f"{key}-merge-target")
        if c.button(t("merge"), key=f"{key}-merge") and source and target:
            for form in surfaces[source]:
                edits["aliases"][form] = target
            changed = True
    if names:
        a, b, c = st.columns([3, 3, 2])
        chosen = a.selectbox(t("rename"), names, key=f"{key}-rename-source")
        new_name = b.text_input(t("new_name"), key=f"{key}-rename-target")
        if c.button(t("rename"), key=f"{key}-rename") and chosen and new_name.strip():
            for form in surfaces[chosen]:
                edits["aliases"][form] = new_name.strip()
            changed = True
        a, _, c = st.columns([3, 3, 2])
        dropped = a.selectbox(t("drop"), names, key=f"{key}-drop-source")
        if c.button(t("drop"), key=f"{key}-drop") and dropped:
            edits["drop"].extend(surfaces[dropped])
            changed = True
        a, b, c = st.columns([3, 3, 2])
        retyped = a.selectbox(t("change_type"), names, key=f"{key}-type-source")
        labels = {e.name: e.label for e in analysis.entities}
        new_type = b.selectbox(
            t("col_type"),
            list(TYPES),
            index=list(TYPES).index(labels.get(retyped, TYPES[0])),
            format_func=lambda code: t(f"entity_type_{code}"),
            key=f"{key}-type-target",
        )
        if c.button(t("change_type"), key=f"{key}-type") and retyped and new_type != labels.get(retyped):
            edits["types"][retyped] = new_type
            changed = True
    # a name the automatic rules grouped under another entity ("Sénégal" under "Assemblée nationale
    # du Sénégal"): split it out, with its own mentions
    grouped = [(alias, e.name) for e in analysis.entities for alias in e.aliases]
    if grouped:
        a, _, c = st.columns([3, 3, 2])
        picked = a.selectbox(
            t("split"),
            grouped,
            format_func=lambda pair: t("split_option", name=pair[0], group=pair[1]),
            key=f"{key}-split-source",
        )
        if c.button(t("split"), key=f"{key}-split") and picked and picked[0] not in edits["split"]:
            edits["split"].append(picked[0])
            changed = True
    undone = render_corrections(edits, key=f"{key}-corrections")
    if undone is not None:
        edits, changed = undone, True
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


EXPORT_WORDS = 6  # a pasted article's exports are named after its first words


def export_name(doc: ShownArticle) -> str:
    """What to call an article's exports: its file's name, else its title, else its first words."""
    if doc.source and doc.source != t("paste_label"):
        return doc.source.rsplit(".", 1)[0]
    if doc.analysis.title:
        return doc.analysis.title
    return " ".join(doc.analysis.text.split()[:EXPORT_WORDS]) or "article"


def render_exports(docs: list[ShownArticle], *, key: str) -> None:
    """Downloads: quotes CSV, entities CSV, analysis JSON, mention graph as GEXF and GraphML."""
    analyses = [d.analysis for d in docs]
    single = len(docs) == 1
    stem = safe_file_stem(export_name(docs[0]) if single else "corpus")
    if single:
        quotes, entities = quotes_csv(analyses[0]), entities_csv(analyses[0])
        data = to_json(analyses[0], parsed=docs[0].parsed)
    else:
        named = [(d.name, d.analysis) for d in docs]
        quotes, entities = corpus_quotes_csv(named), corpus_entities_csv(named)
        data = corpus_json(named, parsed=[d.parsed for d in docs])
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


def correction_items(edits: dict) -> list[tuple[str, str, str]]:
    """Every correction as (section, key, description), in the order made; one undo each."""
    items = [
        ("aliases", alias, t("fix_alias", alias=alias, target=target)) for alias, target in edits["aliases"].items()
    ]
    items += [("drop", name, t("fix_drop", name=name)) for name in edits["drop"]]
    items += [
        ("types", name, t("fix_type", name=name, type=t(f"entity_type_{label}")))
        for name, label in edits["types"].items()
    ]
    items += [("split", name, t("fix_split", name=name)) for name in edits["split"]]
    for span, fix in edits["quotes"].items():
        parts = []
        if fix.get("removed"):
            parts.append(t("fix_removed"))
        if "speaker" in fix:
            parts.append(t("fix_speaker", name=fix["speaker"] or t("unknown_speaker")))
        if "kind" in fix:
            parts.append(t("fix_kind", kind=t(f"kind_{fix['kind']}")))
        items.append(("quotes", span, t("fix_quote", span=span, what=", ".join(parts))))
    return items


def render_corrections(edits: dict, *, key: str) -> dict | None:
    """The one list of corrections (entities and quotes), each undoable; the new edits when one was
    undone, else None."""
    items = correction_items(edits)
    if not items:
        return None
    with st.expander(t("edits") + f" ({len(items)})", expanded=True):
        for n, (section, item, description) in enumerate(items):
            text, button = st.columns([6, 1])
            text.text(description)  # st.text: names show as typed, nothing renders
            if button.button(t("undo"), key=f"{key}-{n}"):
                new = normalise_edits(edits)
                if section in ("drop", "split"):
                    new[section] = [d for d in new[section] if d != item]
                else:
                    new[section].pop(item, None)
                return new
        if st.button(t("undo_edits"), key=f"{key}-all"):
            return normalise_edits({})
    return None


def render_quote_fixer(doc: ShownArticle, quote, *, key: str) -> None:
    """Change the speaker (an entity or a typed name) or the kind of the selected quote, or mark it
    "not a quote"; the table, marks, charts, edges and exports follow (no spaCy)."""
    all_edits = st.session_state.setdefault(state.EDITS, {})
    edits = normalise_edits(all_edits.get(doc.digest))
    span = quote_key(quote.start, quote.end)
    unknown, typed = t("unknown_speaker"), t("type_a_name")
    names = sorted({e.name for e in doc.analysis.entities if e.label in ("PERSON", "ORG")})
    current = quote.speaker.name if quote.speaker else unknown
    options = [current, *[n for n in names if n != current], *([unknown] if current != unknown else []), typed]
    with st.form(key=f"{key}-{doc.digest[:8]}-{span}", border=True):
        confidence = "—" if quote.confidence is None else f"{quote.confidence:.2f}"
        how = how_shown(
            quote.method,
            quote.how,
            words=quote.speaker.text if quote.speaker else "",
            name=current,
            corrected=quote.corrected,
            reason=quote.reason,
        )
        st.markdown(
            f"**{t('fix_this_quote')}** · {t('how')}: {plain(how or '—')} · {t('col_confidence')}: {plain(confidence)}"
        )
        left, middle, right = st.columns([3, 3, 2])
        picked = left.selectbox(t("col_speaker"), options, key=f"{key}-speaker-{span}")
        written = middle.text_input(typed, key=f"{key}-typed-{span}")
        kind = right.selectbox(
            t("col_kind"),
            list(QUOTE_KINDS),
            index=list(QUOTE_KINDS).index(quote.kind),
            format_func=lambda k: t(f"kind_{k}"),
            key=f"{key}-kind-{span}",
        )
        apply, remove = st.columns(2)
        applied = apply.form_submit_button(t("apply_fix"), type="primary")
        removed = remove.form_submit_button(t("not_a_quote"))
    if not (applied or removed):
        return
    fix = dict(edits["quotes"].get(span, {}))
    if removed:
        fix["removed"] = True
    else:
        name = written.strip() if picked == typed else ("" if picked == unknown else picked)
        if picked == typed and not name:
            st.warning(t("type_a_name_first"))
            return
        if name != (quote.speaker.name if quote.speaker else ""):
            fix["speaker"] = name
        if kind != quote.kind:
            fix["kind"] = kind
    if fix:
        edits["quotes"][span] = fix
        all_edits[doc.digest] = edits
        st.session_state.pop(SELECTED_KEY, None)
        st.rerun()
