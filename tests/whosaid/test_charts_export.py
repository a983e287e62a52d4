"""Chart builders and exports, on a hand-built Analysis (no model needed)."""

import csv
import io
import json
import math

import networkx as nx
import plotly.graph_objects as go
import pytest

from whosaid.charts import (
    entity_colors,
    entity_frequency_figure,
    heatmap_figure,
    label_side,
    network_figure,
    quotes_per_speaker_figure,
)
from whosaid.export import entities_csv, graph_bytes, mention_graph, quotes_csv, to_json
from whosaid.records import Analysis, Edge, Entity, Quote, Speaker, TextSpan

TEXT = "Lavrov a déclaré que Moscou soutient Pyongyang."


def sample() -> Analysis:
    ents = (
        Entity("e1", "Sergueï Lavrov", "PERSON", ("PER",), ("Lavrov",), (TextSpan(0, 6, "Lavrov"),)),
        Entity("e2", "Moscou", "PLACE", ("LOC",), (), (TextSpan(21, 27, "Moscou"),)),
        Entity("e3", "Pyongyang", "PLACE", ("LOC",), (), (TextSpan(37, 46, "Pyongyang"),)),
    )
    quote = Quote(
        "q1",
        21,
        46,
        TEXT[21:46],
        "indirect",
        TextSpan(7, 16, "a déclaré"),
        Speaker("Sergueï Lavrov", "e1", "Lavrov", 0, 6),
        "explicit",
        ("e2", "e3"),
    )
    edges = (
        Edge("Sergueï Lavrov", "Moscou", 1, ("q1",), "e1", "e2"),
        Edge("Sergueï Lavrov", "Pyongyang", 1, ("q1",), "e1", "e3"),
    )
    return Analysis(TEXT, "fr", "fr_core_news_md 3.8.0", ents, (quote,), edges)


@pytest.mark.parametrize(
    "builder", [network_figure, heatmap_figure, quotes_per_speaker_figure, entity_frequency_figure]
)
def test_figures_carry_names_for_click_filtering(builder):
    fig = builder(sample())
    assert isinstance(fig, go.Figure)
    names = {str(v) for trace in fig.data if trace.customdata is not None for v in _flat(trace.customdata)}
    assert names & {"Sergueï Lavrov", "Moscou", "Pyongyang"}


def _flat(values):
    for value in values:
        if isinstance(value, (list, tuple)):
            yield from _flat(value)
        elif hasattr(value, "tolist"):
            yield from _flat(value.tolist())
        else:
            yield value


def test_network_colours_nodes_by_type():
    fig = network_figure(sample())
    by_name = {trace.name: trace for trace in fig.data if trace.mode == "markers+text"}
    assert by_name["Speaker"].marker.color == entity_colors()["SPEAKER"]
    assert list(by_name["Place"].customdata) == ["Moscou", "Pyongyang"]
    assert by_name["Place"].marker.color == entity_colors()["PLACE"]


def test_heatmap_counts():
    fig = heatmap_figure(sample())
    assert list(fig.data[0].y) == ["Sergueï Lavrov"] and [list(r) for r in fig.data[0].z] == [[1, 1]]
    targets = fig.data[1]  # a heatmap cannot be selected: a clickable square over each non-empty cell
    assert [list(c) for c in targets.customdata] == [["Sergueï Lavrov", "Moscou"], ["Sergueï Lavrov", "Pyongyang"]]
    assert list(targets.x) == list(fig.data[0].x)


def test_csv_exports():
    rows = list(csv.DictReader(io.StringIO(quotes_csv(sample()))))
    assert rows == [
        {
            "id": "q1",
            "speaker": "Sergueï Lavrov",
            "speaker_entity": "e1",
            "speaker_text": "Lavrov",
            "kind": "indirect",
            "attribution": "explicit",
            "cue": "a déclaré",
            "text": "Moscou soutient Pyongyang",
            "mentions": "Moscou; Pyongyang",
            "start": "21",
            "end": "46",
            "how": "",
            "method": "",
            "reason": "",
            "confidence": "",
            "corrected": "False",
        }
    ]
    entities = list(csv.DictReader(io.StringIO(entities_csv(sample()))))
    assert [(e["name"], e["label"], e["mention_count"]) for e in entities] == [
        ("Sergueï Lavrov", "PERSON", "1"),
        ("Moscou", "PLACE", "1"),
        ("Pyongyang", "PLACE", "1"),
    ]


def test_json_export_round_trips():
    assert json.loads(to_json(sample()))["quotes"][0]["speaker"]["name"] == "Sergueï Lavrov"


@pytest.mark.parametrize("fmt, reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_graph_files_open_in_networkx(fmt, reader, tmp_path):
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(graph_bytes(sample(), fmt=fmt))
    graph = reader(path)
    assert set(graph.edges) == {("Sergueï Lavrov", "Moscou"), ("Sergueï Lavrov", "Pyongyang")}
    assert mention_graph([sample(), sample()])["Sergueï Lavrov"]["Moscou"]["weight"] == 2


def test_unknown_graph_format():
    with pytest.raises(ValueError, match="gexf"):
        graph_bytes(sample(), fmt="dot")


def test_corpus_exports_name_each_document():
    from whosaid.export import corpus_entities_csv, corpus_json, corpus_quotes_csv

    named = [("a.txt", sample()), ("b.txt", sample())]
    rows = list(csv.DictReader(io.StringIO(corpus_quotes_csv(named))))
    assert [(r["source"], r["id"]) for r in rows] == [("a.txt", "q1"), ("b.txt", "q1")]
    entities = list(csv.DictReader(io.StringIO(corpus_entities_csv(named))))
    assert len(entities) == 6 and entities[3]["source"] == "b.txt"
    data = json.loads(corpus_json(named))
    assert [d["source"] for d in data["documents"]] == ["a.txt", "b.txt"]
    assert data["documents"][0]["schema"] == "whosaid.analysis/1"


def test_legend_names_can_be_translated():
    fig = network_figure(sample(), names={"SPEAKER": "Locuteurs", "PLACE": "Lieux"})
    assert {trace.name for trace in fig.data if trace.mode == "markers+text"} == {"Locuteurs", "Lieux"}
    bars = quotes_per_speaker_figure(sample(), names={"indirect": "indirecte"})
    assert "indirecte" in {trace.name for trace in bars.data}


def test_chart_labels_hover_and_custom_data_are_escaped():
    from tests.whosaid.test_hostile import _hostile_analysis
    from whosaid.charts import esc, unesc

    analysis = _hostile_analysis()
    for figure in (
        network_figure(analysis),
        heatmap_figure(analysis),
        quotes_per_speaker_figure(analysis),
        entity_frequency_figure(analysis),
    ):
        dumped = figure.to_json()
        assert "<a href" not in dumped and "<b>" not in dumped
        assert "&lt;" in dumped
    assert unesc(esc("<a href='x'>Paris</a> & co")) == "<a href='x'>Paris</a> & co"


def test_long_lists_are_capped_with_a_note():
    from whosaid.charts import MAX_NODES
    from whosaid.records import Analysis, Edge, Entity, TextSpan

    names = [f"Person {i:04d}" for i in range(1001)]
    entities = tuple(Entity(f"e{i}", n, "PERSON", ("PER",), (), (TextSpan(0, 1, "x"),)) for i, n in enumerate(names))
    edges = tuple(Edge(names[0], n, 1, (1,)) for n in names[1:])
    analysis = Analysis(
        text="x", language="en", model="m", title="", entities=entities, quotes=(), mentions=edges, warnings=()
    )
    network = network_figure(analysis)
    assert f"(top {MAX_NODES} of 1,001)" in network.layout.title.text
    assert "(top 25 of 1,001)" in entity_frequency_figure(analysis).layout.title.text


def test_count_axes_tick_whole_numbers_and_kinds_do_not_reuse_type_colours():
    from whosaid.charts import entity_colors

    for figure in (quotes_per_speaker_figure(sample()), entity_frequency_figure(sample())):
        axis = figure.layout.xaxis
        assert axis.dtick >= 1 and axis.tick0 == 0 and axis.tickformat == ",d"
    bars = quotes_per_speaker_figure(sample()).data
    type_colours = {entity_colors()[label].lower() for label in ("PERSON", "ORG", "PLACE", "OTHER")}
    assert not {bar.marker.color.lower() for bar in bars} & type_colours
    assert len({bar.marker.pattern.shape for bar in bars}) == len(bars)  # kinds told apart by pattern


def test_network_edges_point_from_speaker_to_the_entity_mentioned():
    figure = network_figure(sample())
    arrows = [a for a in figure.layout.annotations if a.showarrow]
    assert len(arrows) == len(sample().mentions)


def _lab(hex_color: str) -> tuple[float, float, float]:
    """CIE L*a*b* of an sRGB colour (D65), to compare colours as eyes do."""

    def linear(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(hex_color.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4))
    x, y, z = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


@pytest.mark.parametrize("label", ["PERSON", "ORG", "PLACE", "OTHER"])
def test_the_speaker_colour_is_far_from_every_entity_type(label):
    colors = entity_colors()
    distance = math.dist(_lab(colors["SPEAKER"]), _lab(colors[label]))
    assert distance >= 25, (label, distance)  # the old vermillion was 22 from the orange of PERSON


@pytest.mark.parametrize(
    ("x", "y", "side"),
    [(1.0, 0.0, "middle right"), (-1.0, 0.1, "middle left"), (0.05, 1.0, "top center"), (-0.1, -1.0, "bottom center")],
)
def test_network_labels_sit_away_from_the_centre(x, y, side):
    assert label_side(x, y) == side
    assert label_side(x, y, inner=True) == ("top center" if y >= 0 else "bottom center")


def test_network_speakers_are_diamonds_and_crowded_rings_stagger():
    targets = [f"Lieu {i:02d}" for i in range(20)]
    entities = tuple(Entity(f"e{i}", name, "PLACE", ("LOC",), (), ()) for i, name in enumerate(targets))
    edges = tuple(Edge("Sergueï Lavrov", name, 1, ("q1",)) for name in targets)
    analysis = Analysis(text="", language="fr", model="m", entities=entities, quotes=(), mentions=edges)
    fig = network_figure(analysis)
    nodes = {trace.name: trace for trace in fig.data if trace.mode == "markers+text"}
    assert nodes["Speaker"].marker.symbol == "diamond" and nodes["Place"].marker.symbol == "circle"
    points = list(zip(nodes["Place"].x, nodes["Place"].y, strict=True))
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :])
    assert closest > 2 * math.sin(math.pi / len(targets)) * 1.0  # further apart than on a single ring
    assert set(nodes["Place"].textposition) <= {"middle right", "middle left", "top center", "bottom center"}


def test_an_empty_heatmap_cell_says_no_quotes():
    from dataclasses import replace

    from whosaid.records import Edge

    other = replace(sample(), mentions=(Edge("Marie Curie", "Moscou", 2, ("q1",)),))  # never names Pyongyang
    fig = heatmap_figure([sample(), other], none="aucune citation")
    cells = [text for row in fig.data[0].text for text in row]
    assert "aucune citation" in cells and all(c == "aucune citation" or c.isdigit() for c in cells)


@pytest.mark.parametrize(
    "builder", [network_figure, heatmap_figure, quotes_per_speaker_figure, entity_frequency_figure]
)
def test_on_a_narrow_screen_the_legend_sits_under_the_plot_and_the_toolbar_down_the_side(builder):
    # issue 17 item 12: a legend that wraps at 390 px ran over the title and the toolbar
    layout = builder(sample()).layout
    assert layout.legend.yanchor == "top" and layout.legend.y < 0
    assert layout.modebar.orientation == "v" and layout.title.automargin


def test_network_labels_are_not_clipped_at_the_plot_edge():
    fig = network_figure(sample())
    nodes = [trace for trace in fig.data if trace.mode == "markers+text"]
    assert nodes and all(trace.cliponaxis is False for trace in nodes)


def test_the_article_style_has_a_phone_layout():
    from whosaid.highlight import stylesheet

    css = stylesheet(entity_colors())
    assert "@media (max-width:640px)" in css and ".ws-speaker{font-size:.62em" in css
