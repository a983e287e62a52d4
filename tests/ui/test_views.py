"""Pure helpers of the views: chart clicks to filters, quote filtering (no Streamlit run needed)."""

import pandas as pd

from components.views import filter_quotes, focus_from_selection


def test_chart_points_become_filters():
    speakers = {"Sergueï Lavrov"}
    assert focus_from_selection([{"customdata": "Sergueï Lavrov"}], speakers) == {"speaker": "Sergueï Lavrov"}
    assert focus_from_selection([{"customdata": ["Moscou"]}], speakers) == {"entity": "Moscou"}
    assert focus_from_selection(
        [{"x": "Moscou", "y": "Sergueï Lavrov", "z": 2, "customdata": "Sergueï Lavrov"}], speakers
    ) == {"speaker": "Sergueï Lavrov", "entity": "Moscou"}
    assert focus_from_selection([], speakers) is None


def test_filters_combine():
    frame = pd.DataFrame(
        [
            {"speaker": "A", "kind": "direct", "mentions": ["Paris"]},
            {"speaker": "A", "kind": "indirect", "mentions": ["Lyon"]},
            {"speaker": "B", "kind": "direct", "mentions": ["Paris", "Lyon"]},
        ]
    )
    assert len(filter_quotes(frame)) == 3
    assert list(filter_quotes(frame, speakers=["A"], kinds=["direct"]).index) == [0]
    assert list(filter_quotes(frame, entities=["Lyon"]).index) == [1, 2]
    assert list(filter_quotes(frame, focus={"speaker": "B", "entity": "Paris"}).index) == [2]


def test_exports_are_named_after_the_file_the_title_or_the_first_words():
    from components.text import safe_file_stem
    from components.views import ShownArticle, export_name
    from whosaid.records import Analysis

    def doc(source, title, text):
        analysis = Analysis(text=text, language="fr", model="m", entities=(), quotes=(), mentions=(), title=title)
        return ShownArticle(0, title or source, analysis, source=source)

    text = "Le ministre russe des Affaires étrangères a déclaré mardi que la paix était proche."
    assert export_name(doc("rapport_2026.pdf", "Rapport", text)) == "rapport_2026"
    assert export_name(doc("Article text", "Le titre", text)) == "Le titre"
    assert safe_file_stem(export_name(doc("Article text", "", text))) == "Le_ministre_russe_des_Affaires_étrangères"


def test_models_warm_up_once_per_process_in_the_background(monkeypatch):
    import time

    from components import cache

    loaded = []
    monkeypatch.setattr(cache, "load_pipeline", lambda code: loaded.append(code))
    monkeypatch.setattr(cache, "WARM", {"started": False, "done": set()})
    cache.warm_up(["fr", "en"])
    cache.warm_up(["fr", "en"])  # a second page load starts nothing
    deadline = time.time() + 10
    while not cache.models_ready(["fr", "en"]) and time.time() < deadline:
        time.sleep(0.01)
    assert cache.models_ready(["fr", "en"]) and loaded == ["fr", "en"]
