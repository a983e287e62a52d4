"""Chart builders: plain records in, plotly figures out (no Streamlit; the page only displays them).

Every figure carries `customdata` with the entity or speaker name of each point, so a click on a
node or a bar can filter the quote table.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go

from whosaid.records import TYPES, Analysis, Edge

DATA = Path(__file__).resolve().parent / "data"  # shipped inside the package
UNKNOWN = "UNKNOWN"  # key of the label for quotes with no speaker in `names` (the page translates it)
MAX_NODES = 60  # the network draws the most active speakers and most named entities, up to this many
MAX_ROWS = 50  # heatmap rows (speakers)


def esc(name: str) -> str:
    """A name as plotly shows it: its pseudo-HTML (<b>, <a href>, <br>) escaped, so it reads as text.
    Custom data is escaped too; `unesc` gives the name back when a click is read."""
    return html.escape(str(name), quote=True)


def unesc(value: str) -> str:
    return html.unescape(str(value))


COUNT_TICKS = 8  # at most about this many ticks on a count axis


def _whole_counts(update_axis, largest: int) -> None:
    """A count axis ticks whole numbers only (never 0.5 quotes), from zero."""
    update_axis(rangemode="tozero", tick0=0, dtick=max(1, math.ceil(largest / COUNT_TICKS)), tickformat=",d")


def _of(title: str, shown: int, total: int) -> str:
    """A title with a note when a chart shows only the top of a long list ("top 50 of 1,001")."""
    return title if shown >= total else f"{title} (top {shown:,} of {total:,})"


@lru_cache(maxsize=1)
def entity_colors() -> dict[str, str]:
    """Colour per entity type (and for speakers and quotes), from the package's data/colors.json."""
    data = json.loads((DATA / "colors.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _layout(fig: go.Figure, title: str, *, height: int = 420) -> go.Figure:
    """Title at the top left with room of its own, the legend under the plot and the toolbar down the
    right edge: on a phone (390 px) a legend that wraps never runs over the title or the toolbar."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "automargin": True},
        height=height,
        margin={"l": 10, "r": 30, "t": 50, "b": 10},
        clickmode="event+select",
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0},
        modebar={"orientation": "v"},
    )
    return fig


def _labels(analyses: list[Analysis]) -> dict[str, str]:
    return {e.name: e.label for a in analyses for e in a.entities}


def _edges(analyses: list[Analysis]) -> list[Edge]:
    merged: dict[tuple[str, str], int] = Counter()
    for analysis in analyses:
        for edge in analysis.mentions:
            merged[(edge.source, edge.target)] += edge.count
    return [Edge(s, t, c, ()) for (s, t), c in merged.items()]


STAGGER_FROM = 12  # entities on the outer ring from which every other one sits further out


def label_side(x: float, y: float, *, inner: bool = False) -> str:
    """Where a node's label goes: away from the centre (right of a node on the right, below one at the
    bottom), so labels of neighbouring nodes on a ring do not sit on top of each other. On the inner
    ring (speakers) a label sideways would run into the outer ring: it goes above or below."""
    if inner:
        return "top center" if y >= 0 else "bottom center"
    if abs(x) < 0.35 * abs(y):  # near the top or the bottom of the ring
        return "top center" if y > 0 else "bottom center"
    return "middle right" if x > 0 else "middle left"


def network_figure(
    analyses: list[Analysis] | Analysis, *, title: str = "Who mentions whom", names: dict[str, str] | None = None
) -> go.Figure:
    """Speakers (left ring) -> entities they name (outer ring); sizes follow counts."""
    analyses = analyses if isinstance(analyses, list) else [analyses]
    edges = _edges(analyses)
    colors, labels = entity_colors(), _labels(analyses)
    said, named = Counter(), Counter()
    for edge in edges:
        said[edge.source] += edge.count
        named[edge.target] += edge.count
    # most active first; ties by name, so the picture is the same on every run
    speakers = sorted(said, key=lambda s: (-said[s], s))
    targets = sorted(set(named) - set(speakers), key=lambda t: (-named[t], t))
    total = len(speakers) + len(targets)
    speakers = speakers[: MAX_NODES // 2]
    targets = targets[: MAX_NODES - len(speakers)]
    kept = set(speakers) | set(targets)
    edges = [e for e in edges if e.source in kept and e.target in kept]
    title = _of(title, len(kept), total)
    pos = {}
    for i, name in enumerate(speakers):  # speakers on an inner circle, the others on an outer one
        angle = 2 * math.pi * i / max(len(speakers), 1)
        pos[name] = (0.45 * math.cos(angle), 0.45 * math.sin(angle)) if len(speakers) > 1 else (0.0, 0.0)
    stagger = len(targets) > STAGGER_FROM  # many entities: every other one a little further out
    for i, name in enumerate(targets):
        angle = 2 * math.pi * i / max(len(targets), 1) + 0.3
        radius = 1.0 + (0.22 if stagger and i % 2 else 0.0)
        pos[name] = (radius * math.cos(angle), radius * math.sin(angle))
    fig = go.Figure()
    for edge in edges:
        (x0, y0), (x1, y1) = pos[edge.source], pos[edge.target]
        fig.add_trace(
            go.Scatter(
                x=[x0, x1],
                y=[y0, y1],
                mode="lines",
                hoverinfo="skip",
                showlegend=False,
                line={"width": 1 + 1.5 * edge.count, "color": "rgba(128,128,128,0.5)"},
            )
        )
        # who mentions whom: an arrowhead near the mentioned entity
        fig.add_annotation(
            x=x0 + 0.85 * (x1 - x0),
            y=y0 + 0.85 * (y1 - y0),
            ax=x0 + 0.6 * (x1 - x0),
            ay=y0 + 0.6 * (y1 - y0),
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=2,
            arrowsize=1.2,
            arrowwidth=1 + 0.5 * edge.count,
            arrowcolor="rgba(100,100,100,0.7)",
            text="",
        )
    weight = Counter()
    for edge in edges:
        weight[edge.source] += edge.count
        weight[edge.target] += edge.count
    legend = names
    groups = [("SPEAKER", speakers)] + [(t, [n for n in targets if labels.get(n, "OTHER") == t]) for t in TYPES]
    for group, names in groups:
        if not names:
            continue
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in names],
                y=[pos[n][1] for n in names],
                mode="markers+text",
                name=(legend or {}).get(group, group.title()),
                text=[esc(n) for n in names],
                textposition=[label_side(*pos[n], inner=group == "SPEAKER") for n in names],
                customdata=[esc(n) for n in names],
                marker={
                    "size": [12 + 5 * math.sqrt(weight[n]) for n in names],
                    "color": colors[group],
                    "symbol": "diamond" if group == "SPEAKER" else "circle",
                    "line": {"width": 1, "color": "rgba(0,0,0,0.4)"},
                },
                hovertemplate="%{text}<extra>" + esc((legend or {}).get(group, group.title())) + "</extra>",
                cliponaxis=False,  # a label beside the outer ring is drawn whole, also on a narrow screen
            )
        )
    fig.update_xaxes(visible=False, range=[-1.9, 1.9])  # room for the labels beside the outer ring
    fig.update_yaxes(visible=False, scaleanchor="x", range=[-1.45, 1.45])
    return _layout(fig, title, height=520)


CELL_TARGET = 18  # px: the click target over a heatmap cell


def heatmap_figure(
    analyses: list[Analysis] | Analysis,
    *,
    title: str = "Speaker × entity mentioned",
    max_entities: int = 30,
    none: str = "no quotes",
) -> go.Figure:
    """Counts of quotes in which each speaker (rows) names each entity (columns); an empty cell's
    hover says `none` ("no quotes"), not 0."""
    analyses = analyses if isinstance(analyses, list) else [analyses]
    edges = _edges(analyses)
    said, totals = Counter(), Counter()
    for edge in edges:
        said[edge.source] += edge.count
        totals[edge.target] += edge.count
    speakers = sorted(s for s, _ in said.most_common(MAX_ROWS))
    targets = [t for t, _ in totals.most_common(max_entities)]
    if len(said) > len(speakers):
        title = _of(title, len(speakers), len(said))
    counts = {(e.source, e.target): e.count for e in edges}
    z = [[counts.get((s, t), 0) for t in targets] for s in speakers]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[esc(t) for t in targets],
            y=[esc(s) for s in speakers],
            colorscale="Viridis",
            hoverongaps=False,
            customdata=[[esc(s)] * len(targets) for s in speakers],
            text=[[str(n) if n else esc(none) for n in row] for row in z],
            hovertemplate="%{y} → %{x}: %{text}<extra></extra>",
        )
    )
    # a heatmap cannot be selected: one invisible square over each non-empty cell takes the click
    cells = [(s, t, counts[(s, t)]) for s in speakers for t in targets if counts.get((s, t))]
    fig.add_trace(
        go.Scatter(
            x=[esc(t) for _, t, _ in cells],
            y=[esc(s) for s, _, _ in cells],
            mode="markers",
            marker={"symbol": "square", "size": CELL_TARGET, "color": "rgba(0,0,0,0)"},
            customdata=[[esc(s), esc(t)] for s, t, _ in cells],
            text=[str(n) for _, _, n in cells],
            hovertemplate="%{y} → %{x}: %{text}<extra></extra>",
            showlegend=False,
            name="cells",
        )
    )
    fig.update_xaxes(tickangle=-45)
    return _layout(fig, title, height=max(320, 60 + 28 * len(speakers)))


def quotes_per_speaker_figure(
    analyses: list[Analysis] | Analysis,
    *,
    title: str = "Quotes per speaker",
    top: int = 20,
    names: dict[str, str] | None = None,
) -> go.Figure:
    """Horizontal bars: number of quotes per speaker, direct/indirect/mixed stacked."""
    analyses = analyses if isinstance(analyses, list) else [analyses]
    counts: dict[str, Counter] = {}
    for analysis in analyses:
        for q in analysis.quotes:
            name = q.speaker.name if q.speaker else (names or {}).get(UNKNOWN, "?")
            counts.setdefault(name, Counter())[q.kind] += 1
    ranked = sorted(counts, key=lambda s: (sum(counts[s].values()), s))[-top:]
    title = _of(title, len(ranked), len(counts))
    fig = go.Figure()
    # the speakers' colour, kinds told apart by pattern: the entity types' colours mean types, not kinds
    palette = dict.fromkeys(("direct", "indirect", "mixed"), entity_colors()["SPEAKER"])
    patterns = {"direct": "", "indirect": "/", "mixed": "."}
    for kind in ("direct", "indirect", "mixed"):
        shown = (names or {}).get(kind, kind)
        fig.add_trace(
            go.Bar(
                y=[esc(s) for s in ranked],
                x=[counts[s][kind] for s in ranked],
                name=shown,
                orientation="h",
                customdata=[esc(s) for s in ranked],
                marker={"color": palette[kind], "pattern": {"shape": patterns[kind], "fillmode": "replace"}},
                hovertemplate="%{y}: %{x} " + esc(shown) + "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    _whole_counts(fig.update_xaxes, max((sum(c.values()) for c in counts.values()), default=0))
    return _layout(fig, title, height=max(300, 60 + 26 * len(ranked)))


def entity_frequency_figure(
    analyses: list[Analysis] | Analysis,
    *,
    title: str = "Entities by type",
    top: int = 25,
    names: dict[str, str] | None = None,
) -> go.Figure:
    """Most mentioned entities, coloured by type."""
    analyses = analyses if isinstance(analyses, list) else [analyses]
    counts, labels = Counter(), {}
    for analysis in analyses:
        for ent in analysis.entities:
            counts[ent.name] += len(ent.mentions)
            labels[ent.name] = ent.label
    ranked = [name for name, _ in counts.most_common(top)][::-1]
    title = _of(title, len(ranked), len(counts))
    colors = entity_colors()
    fig = go.Figure()
    for label in TYPES:
        shown = [n for n in ranked if labels[n] == label]
        if shown:
            fig.add_trace(
                go.Bar(
                    y=[esc(n) for n in shown],
                    x=[counts[n] for n in shown],
                    name=(names or {}).get(label, label.title()),
                    orientation="h",
                    marker_color=colors[label],
                    customdata=[esc(n) for n in shown],
                    hovertemplate="%{y}: %{x} mentions<extra></extra>",
                )
            )
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(n) for n in ranked])
    _whole_counts(fig.update_xaxes, max(counts.values(), default=0))
    return _layout(fig, title, height=max(300, 60 + 22 * len(ranked)))
