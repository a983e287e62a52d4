"""The corpus view: a corpus folder (`python -m whosaid batch`) read with DuckDB in the page.

Speakers ranked, who mentions whom over the corpus, quotes over time, and the quote table over every
article with search, filters (chips) and pages. A click on a bar, a node or a month filters the
table; a row opens its article in the reading view (from its stored records: no spaCy), and "Back to
the corpus" returns with the filters as they were. Corpora are the folders `WHOSAID_CORPORA` names
(a folder of corpus folders, or paths separated by the system's path separator) and the uploads the
page analysed (`components/corpus_jobs.py`, under `WHOSAID_UPLOADS`).
"""

from __future__ import annotations

import io
import os
from datetime import date as _date
from datetime import timedelta as _timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from components import state
from components.i18n import describe_error, t
from components.text import plain
from whosaid.errors import WhosaidError

PAGE_ROWS = 50  # quote table rows per page
TOP_SPEAKERS = 20
TOP_EDGES = 60
FILTER_KEYS = ("search", "speaker", "edge", "sources", "languages", "types", "kinds", "review", "period")


def known_corpora() -> dict[str, Path]:
    """Name -> folder of the corpora the server offers (`WHOSAID_CORPORA`)."""
    from components.corpus_jobs import uploads_folder

    raw = os.environ.get("WHOSAID_CORPORA", "").strip()
    found: dict[str, Path] = {}
    for part in [*filter(None, raw.split(os.pathsep)), str(uploads_folder())]:
        path = Path(part).expanduser()
        if (path / "articles").is_dir():
            found[path.name] = path
        elif path.is_dir():
            for child in sorted(path.iterdir()):
                if (child / "articles").is_dir():
                    found[child.name] = child
    return found


def _open(path: Path):
    """The session's reader of a corpus (DuckDB connections are not shared between sessions)."""
    from whosaid.corpus import open_corpus

    readers = st.session_state.setdefault(state.CORPUS_READERS, {})
    stamp = max((p.stat().st_mtime for p in (path / "articles").glob("*.parquet")), default=0)
    cached = readers.get(str(path))
    if cached is None or cached[0] != stamp:
        readers.clear()  # one corpus open per session
        readers[str(path)] = (stamp, open_corpus(path))
    return readers[str(path)][1]


def filters_of(key: str) -> dict:
    return st.session_state.setdefault(state.CORPUS_FILTERS, {}).setdefault(key, {})


def _where(filters: dict) -> tuple[str, list]:
    """The SQL condition and parameters of the filters over `corpus_quotes`."""
    clauses, params = ["true"], []
    if filters.get("search"):
        clauses.append("(text ilike ? or corpus_speaker ilike ? or speaker_text ilike ?)")
        params += [f"%{filters['search']}%"] * 3
    if filters.get("speaker"):
        clauses.append("corpus_speaker = ?")
        params.append(filters["speaker"])
    if filters.get("edge"):
        # a link of the network: the source's quotes in the articles where it mentions the target
        # (the mention table counts links per article, not per quote)
        source, target = filters["edge"]
        clauses.append(
            "corpus_speaker = ? and content_hash in"
            " (select content_hash from corpus_mentions where corpus_source = ? and corpus_target = ?)"
        )
        params += [source, source, target]
    for name, column in (
        ("sources", "source"),
        ("languages", "language"),
        ("types", "speaker_type"),
        ("kinds", "kind"),
    ):
        values = filters.get(name) or []
        if values:
            clauses.append(f"{column} in ({', '.join('?' * len(values))})")
            params += list(values)
    if filters.get("review"):
        clauses.append("(confidence is null or confidence < 0.7)")
    if filters.get("period"):
        start, end = filters["period"]
        clauses.append("try_cast(date as date) >= cast(? as date) and try_cast(date as date) < cast(? as date)")
        params += [start, end]
    return " and ".join(clauses), params


def _bar(frame: pd.DataFrame, title: str):
    import plotly.graph_objects as go

    from whosaid.charts import esc

    fig = go.Figure(
        go.Bar(
            x=frame["quotes"][::-1],
            y=[esc(s) for s in frame["speaker"][::-1]],
            customdata=list(frame["speaker"][::-1]),
            orientation="h",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_layout(title=title, height=max(260, 22 * len(frame) + 80), margin={"l": 10, "r": 10, "t": 40, "b": 10})
    fig.update_xaxes(dtick=max(1, -(-int(frame["quotes"].max()) // 5)), rangemode="tozero")  # whole counts
    return fig


def _network(edges: pd.DataFrame, title: str):
    import networkx as nx
    import plotly.graph_objects as go

    from whosaid.charts import esc

    graph = nx.DiGraph()
    for row in edges.itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=float(row.weight))
    positions = nx.spring_layout(graph, seed=7, weight="weight") if graph.number_of_nodes() else {}
    lines_x, lines_y = [], []
    for a, b in graph.edges():
        lines_x += [positions[a][0], positions[b][0], None]
        lines_y += [positions[a][1], positions[b][1], None]
    nodes = list(graph.nodes())
    links = list(graph.edges(data="weight"))
    fig = go.Figure(
        [
            go.Scatter(x=lines_x, y=lines_y, mode="lines", line={"width": 1, "color": "#999"}, hoverinfo="skip"),
            # one small marker at the middle of each link takes its click (a line cannot be selected)
            go.Scatter(
                x=[(positions[a][0] + positions[b][0]) / 2 for a, b, _ in links],
                y=[(positions[a][1] + positions[b][1]) / 2 for a, b, _ in links],
                mode="markers",
                marker={"size": 9, "color": "rgba(150,150,150,0.45)", "symbol": "diamond"},
                customdata=[[a, b] for a, b, _ in links],
                text=[f"{esc(a)} → {esc(b)}: {w:g}" for a, b, w in links],
                hovertemplate="%{text}<extra></extra>",
            ),
            go.Scatter(
                x=[positions[n][0] for n in nodes],
                y=[positions[n][1] for n in nodes],
                mode="markers+text",
                text=[esc(n) for n in nodes],
                customdata=nodes,
                textposition="top center",
                marker={"size": [8 + 2 * graph.degree(n, weight="weight") ** 0.5 for n in nodes]},
                hovertemplate="%{text}<extra></extra>",
            ),
        ]
    )
    fig.update_layout(
        title=title,
        showlegend=False,
        height=520,
        xaxis={"visible": False},
        yaxis={"visible": False},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
    )
    return fig


def period_range(start: _date, bucket: str) -> tuple[str, str]:
    """The [start, end) dates of the week or month that starts on `start`, as ISO strings."""
    if bucket == "week":
        end = start + _timedelta(days=7)
    else:
        end = _date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start.isoformat(), end.isoformat()


def _timeline(periods: list[str], counts: list[int], title: str):
    """Quotes per week or month as bars, each carrying its period's first day for a click."""
    import plotly.graph_objects as go

    fig = go.Figure(go.Bar(x=periods, y=counts, customdata=periods, hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.update_layout(title=title, height=320, margin={"l": 10, "r": 10, "t": 40, "b": 10}, clickmode="event+select")
    fig.update_xaxes(type="category")
    fig.update_yaxes(rangemode="tozero")
    return fig


def _filter_by_click(chart_key: str, filters: dict) -> None:
    """A bar or node clicked in the chart `chart_key` becomes the speaker filter, a link of the network
    the link filter; the charts are drawn afresh (new keys), so nothing stays selected."""
    link = _clicked_link(chart_key)
    if link is not None:
        if link != tuple(filters.get("edge") or ()):
            filters["edge"] = link
            filters.pop("speaker", None)
            st.session_state[state.CHART_EPOCH] = st.session_state.get(state.CHART_EPOCH, 0) + 1
            st.rerun()
        return
    picked = _clicked(chart_key)
    if picked and picked != filters.get("speaker"):
        filters["speaker"] = picked
        st.session_state[state.CHART_EPOCH] = st.session_state.get(state.CHART_EPOCH, 0) + 1
        st.rerun()


def _clicked_link(chart_key: str) -> tuple[str, str] | None:
    """The (source, target) of a network link clicked in `chart_key`, else None."""
    chosen = st.session_state.get(chart_key)
    for point in chosen.selection.points if chosen is not None else []:
        value = point.get("customdata")
        if isinstance(value, (list, tuple)) and len(value) == 2 and all(value):
            return str(value[0]), str(value[1])
    return None


def _clicked(chart_key: str) -> str | None:
    chosen = st.session_state.get(chart_key)
    points = chosen.selection.points if chosen is not None else []
    for point in points:
        value = point.get("customdata")
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            return str(value)
    return None


def render_corpus(*, key: str):
    """The corpus view; returns (title, source, ParsedArticle) of an article to open, else None."""
    from components.corpus_jobs import render_upload

    render_upload(key=f"{key}-upload")
    corpora = known_corpora()
    if not corpora:
        st.info(t("corpus_none"))
        return None
    names = list(corpora)
    pending = st.session_state.pop(state.CORPUS_PENDING, None)
    if pending in corpora:
        st.session_state[f"{key}-pick"] = pending
    chosen = st.selectbox(t("corpus_pick"), names, key=f"{key}-pick")
    try:
        corpus = _open(corpora[chosen])
        size = corpus.size()
    except WhosaidError as err:
        st.error(plain(describe_error(err)))
        return None
    st.subheader(
        t(
            "corpus_header",
            name=chosen,
            articles=f"{size['articles']:,}",
            quotes=f"{size['quotes']:,}",
            speakers=f"{size['speakers']:,}",
        )
    )
    if not size["articles"]:
        st.info(t("corpus_empty"))
        return None
    opened = st.session_state.get(state.CORPUS_OPEN)
    if opened:
        try:
            return corpus.article(opened)
        except WhosaidError as err:
            st.session_state.pop(state.CORPUS_OPEN, None)
            st.error(plain(describe_error(err)))
    filters = filters_of(chosen)
    _render_filters(corpus, filters, key=key)
    where, params = _where(filters)
    speakers_tab, network_tab, time_tab = st.tabs([t("corpus_speakers"), t("corpus_network"), t("corpus_time")])
    with speakers_tab:
        top = corpus.sql(
            f"""select corpus_speaker as speaker, speaker_type as type, count(*) as quotes,
                       count(distinct content_hash) as articles
                from corpus_quotes where corpus_speaker <> '' and {where}
                group by 1, 2 order by quotes desc, speaker limit {TOP_SPEAKERS}""",
            params,
        ).df()
        if top.empty:
            st.info(t("corpus_no_quotes"))
        else:
            shares = corpus.sql(
                f"""select coalesce(nullif(speaker_type, ''), 'OTHER') as type, count(*) as quotes
                    from corpus_quotes where corpus_speaker <> '' and {where} group by 1 order by quotes desc""",
                params,
            ).fetchall()
            total = sum(n for _, n in shares) or 1
            st.caption(
                t("corpus_type_shares")
                + " "
                + " · ".join(f"{t(kind)} {round(100 * n / total)} %" for kind, n in shares)
            )
            chart_key = f"{key}-bars-{st.session_state.get(state.CHART_EPOCH, 0)}"
            st.plotly_chart(
                _bar(top, t("corpus_top_speakers", n=len(top))),
                key=chart_key,
                on_select="rerun",
                selection_mode=("points",),
            )
            _filter_by_click(chart_key, filters)
    with network_tab:
        focus = st.text_input(t("corpus_focus"), key=f"{key}-focus")
        total = corpus.sql(
            "select count(*) from (select distinct corpus_source, corpus_target from corpus_mentions)"
        ).fetchone()[0]
        focus_clause = "where corpus_source ilike ? or corpus_target ilike ?" if focus else ""
        edges = corpus.sql(
            f"""select corpus_source as source, corpus_target as target, sum(count) as weight from corpus_mentions
                {focus_clause} group by 1, 2 order by weight desc, source, target limit {TOP_EDGES}""",
            [f"%{focus}%", f"%{focus}%"] if focus else [],
        ).df()
        st.caption(t("corpus_top_edges", n=len(edges), total=f"{total:,}"))
        if not edges.empty:
            chart_key = f"{key}-net-{st.session_state.get(state.CHART_EPOCH, 0)}"
            st.plotly_chart(
                _network(edges, t("corpus_network")), key=chart_key, on_select="rerun", selection_mode=("points",)
            )
            _filter_by_click(chart_key, filters)
    with time_tab:
        bucket = st.radio(
            t("corpus_bucket"),
            ["month", "week"],
            format_func=lambda b: t(f"corpus_{b}"),
            key=f"{key}-bucket",
            horizontal=True,
        )
        series = corpus.sql(
            f"""select date_trunc('{bucket}', try_cast(date as date)) as period, count(*) as quotes
                from corpus_quotes where try_cast(date as date) is not null and {where} group by 1 order by 1""",
            params,
        ).df()
        if series.empty:
            st.info(t("corpus_no_dates"))
        else:
            periods = [str(p)[:10] for p in series["period"]]
            # a click on a bar filters the table to that week or month; the picker below does the same
            chart_key = f"{key}-time-{bucket}-{st.session_state.get(state.CHART_EPOCH, 0)}"
            st.plotly_chart(
                _timeline(periods, list(series["quotes"]), t("corpus_timeline")),
                key=chart_key,
                on_select="rerun",
                selection_mode=("points",),
            )
            clicked = _clicked(chart_key)
            picked = st.selectbox(t(f"corpus_{bucket}"), ["", *periods], key=f"{key}-period-pick")
            chosen = clicked or (
                picked if picked and st.button(t("corpus_period_filter"), key=f"{key}-period-go") else None
            )
            if chosen and chosen in periods:
                filters["period"] = period_range(_date.fromisoformat(chosen), bucket)
                st.session_state.pop(f"{key}-dates", None)  # the date box shows the new period
                st.session_state[state.CHART_EPOCH] = st.session_state.get(state.CHART_EPOCH, 0) + 1
                st.rerun()
    return _render_table(corpus, filters, where, params, key=key)


def _render_filters(corpus, filters: dict, *, key: str) -> None:
    with st.expander(t("corpus_filters"), expanded=False):
        left, right = st.columns(2)
        filters["search"] = left.text_input(t("corpus_search"), value=filters.get("search", ""), key=f"{key}-search")
        sources = [
            r[0] for r in corpus.sql("select distinct source from articles where source <> '' order by 1").fetchall()
        ]
        languages = [r[0] for r in corpus.sql("select distinct language from articles order by 1").fetchall()]
        if sources:
            filters["sources"] = right.multiselect(
                t("corpus_sources"),
                sources,
                default=[s for s in filters.get("sources", []) if s in sources],
                key=f"{key}-sources",
            )
        filters["languages"] = left.multiselect(
            t("corpus_languages"),
            languages,
            default=[x for x in filters.get("languages", []) if x in languages],
            key=f"{key}-languages",
        )
        filters["types"] = right.multiselect(
            t("col_type"), ["PERSON", "ORG", "PLACE", "OTHER"], default=filters.get("types", []), key=f"{key}-types"
        )
        filters["kinds"] = left.multiselect(
            t("col_kind"), ["direct", "indirect", "mixed"], default=filters.get("kinds", []), key=f"{key}-kinds"
        )
        first, last = corpus.sql(
            "select min(try_cast(date as date)), max(try_cast(date as date)) from articles"
        ).fetchone()
        if first is not None and last is not None and first < last:
            current = filters.get("period")
            shown = (
                (_date.fromisoformat(current[0]), _date.fromisoformat(current[1]) - _timedelta(days=1))
                if current
                else (first, last)
            )
            # a month or week picked on the timeline may start before the first article or end after
            # the last: the box shows the part of it the corpus has
            shown = (min(max(shown[0], first), last), max(min(shown[1], last), first))
            chosen = right.date_input(
                t("corpus_dates"), value=shown, min_value=first, max_value=last, key=f"{key}-dates"
            )
            if isinstance(chosen, tuple) and len(chosen) == 2 and tuple(chosen) != shown:
                if tuple(chosen) == (first, last):
                    filters.pop("period", None)
                else:
                    filters["period"] = (chosen[0].isoformat(), (chosen[1] + _timedelta(days=1)).isoformat())
        filters["review"] = right.checkbox(t("corpus_review"), value=bool(filters.get("review")), key=f"{key}-review")
    chips = [(name, filters[name]) for name in ("speaker", "edge", "period") if filters.get(name)]
    if chips:
        cells = st.columns(len(chips) + 1)
        for cell, (name, value) in zip(cells, chips, strict=False):
            label = (
                value
                if name == "speaker"
                else f"{value[0]} → {value[1]}"
                if name == "edge"
                else f"{value[0]} – {value[1]}"
            )
            if cell.button(f"{plain(label)} ✕", key=f"{key}-chip-{name}"):  # a name is untrusted text
                filters.pop(name, None)
                st.rerun()
        if cells[-1].button(t("clear_filters"), key=f"{key}-chip-clear"):
            for name in FILTER_KEYS:
                filters.pop(name, None)
            st.rerun()


def _render_table(corpus, filters: dict, where: str, params: list, *, key: str):
    count = corpus.sql(f"select count(*) from corpus_quotes where {where}", params).fetchone()[0]
    pages = max(1, -(-count // PAGE_ROWS))
    page = min(int(filters.get("page", 1)), pages)
    left, right = st.columns([3, 1])
    left.caption(t("corpus_rows", n=f"{count:,}", page=page, pages=pages))
    page = right.number_input(t("corpus_page"), min_value=1, max_value=pages, value=page, key=f"{key}-page")
    filters["page"] = page
    frame = corpus.sql(
        f"""select corpus_speaker as speaker, text as quote, kind, confidence, date, source, title, content_hash, start
            from corpus_quotes where {where}
            order by date desc nulls last, content_hash, start limit {PAGE_ROWS} offset {(page - 1) * PAGE_ROWS}""",
        params,
    ).df()
    if frame.empty:
        st.info(t("corpus_no_quotes"))
        return None
    shown = frame.drop(columns=["content_hash", "start"])
    selection = st.dataframe(shown, hide_index=True, on_select="rerun", selection_mode="single-row", key=f"{key}-table")
    rows = list(getattr(getattr(selection, "selection", None), "rows", []) or [])
    if rows and st.button(t("corpus_open_article"), key=f"{key}-open", type="primary"):
        st.session_state[state.CORPUS_OPEN] = frame["content_hash"].iloc[rows[0]]
        st.rerun()
    _render_exports(corpus, where, params, key=key)
    render_view_share(st.session_state.get(f"{key}-pick", ""), filters, key=key)
    return None


def _exports(corpus, where: str, params: list) -> list[tuple[str, str, str, str, bytes | str]]:
    """The filtered quote table (CSV, Parquet) and the corpus network (GEXF, GraphML), as (widget key,
    label key, file name, MIME type, payload)."""
    from whosaid.export import edges_graph, graph_bytes, safe_cell

    full = corpus.sql(
        f"""select corpus_speaker as speaker, speaker_type, text, kind, cue, confidence, reason, date, source,
                   title, article_id, content_hash, start, "end" from corpus_quotes where {where}""",
        params,
    ).df()
    parquet = io.BytesIO()
    full.to_parquet(parquet, index=False)
    edges = corpus.edges(None).to_dict("records")
    graph = edges_graph(edges, dict(corpus.sql("select name, type from corpus_entities").fetchall()))
    return [
        (
            "csv",
            "download_quotes",
            "corpus-quotes.csv",
            "text/csv",
            full.map(safe_cell).to_csv(index=False, lineterminator="\r\n"),
        ),
        ("parquet", "corpus_download_parquet", "corpus-quotes.parquet", "application/octet-stream", parquet.getvalue()),
        ("gexf", "download_gexf", "corpus.gexf", "application/xml", graph_bytes(graph, fmt="gexf")),
        ("graphml", "download_graphml", "corpus.graphml", "application/xml", graph_bytes(graph, fmt="graphml")),
    ]


def _render_exports(corpus, where: str, params: list, *, key: str) -> None:
    """Downloads made when asked for (a corpus's whole table is too large to build on every click),
    kept for as long as the filters do not change."""
    wanted = (str(corpus.folder), where, tuple(params))
    prepared = st.session_state.get(state.CORPUS_EXPORTS)
    if prepared is None or prepared[0] != wanted:
        if st.button(t("corpus_prepare_downloads"), key=f"{key}-prepare"):
            with st.spinner(t("corpus_preparing")):
                st.session_state[state.CORPUS_EXPORTS] = prepared = (wanted, _exports(corpus, where, params))
        else:
            return
    formats = prepared[1]
    for column, (name, label, file_name, mime, payload) in zip(st.columns(len(formats)), formats, strict=True):
        column.download_button(t(label), payload, file_name, mime, key=f"{key}-{name}")


VIEW_SCHEMA = "whosaid.corpus-view/1"
VIEW_PARAM = "c"


def open_view_link() -> None:
    """`?c=<token>`: a colleague's corpus view (the corpus's name and the filters, never the corpus
    itself), opened on this server before the view switch is drawn."""
    token = st.query_params.get(VIEW_PARAM)
    if not token or st.session_state.get(state.CORPUS_LINK) == token:
        return
    st.session_state[state.CORPUS_LINK] = token
    from components.share import get_store

    try:
        snapshot = get_store().load(token)
        if snapshot.get("schema") != VIEW_SCHEMA:
            raise ValueError("not a corpus view")
        name, filters = str(snapshot["corpus"]), dict(snapshot.get("filters") or {})
    except (WhosaidError, ValueError, KeyError, TypeError, AttributeError) as err:
        st.error(plain(describe_error(err) if isinstance(err, WhosaidError) else t("corpus_link_bad")))
        return
    for pair in ("period", "edge"):  # JSON gave lists back
        if filters.get(pair):
            filters[pair] = tuple(filters[pair])
    st.session_state[state.VIEW] = "corpus"
    st.session_state["corpus-pick"] = name
    st.session_state.setdefault(state.CORPUS_FILTERS, {})[name] = filters
    for widget in ("search",):
        st.session_state[f"corpus-{widget}"] = filters.get(widget, "")


def render_view_share(name: str, filters: dict, *, key: str) -> None:
    """Share this corpus view: the corpus's name and the filters go to the share store."""
    if st.button(t("corpus_share"), key=f"{key}-share"):
        from components.share import get_store, link_for

        try:
            clean = {k: (list(v) if isinstance(v, tuple) else v) for k, v in filters.items() if k in FILTER_KEYS}
            token = get_store().save({"schema": VIEW_SCHEMA, "corpus": name, "filters": clean}).token
        except Exception:  # the store is down: a message, the view stays
            st.error(t("share_store_down"))
            return
        st.session_state[state.CORPUS_SHARED] = link_for({VIEW_PARAM: token})
    link = st.session_state.get(state.CORPUS_SHARED)
    if link:
        st.code(link, language=None)


def leave_article() -> None:
    st.session_state.pop(state.CORPUS_OPEN, None)
