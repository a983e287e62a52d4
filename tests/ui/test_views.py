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
    cell = {"x": "Moscou", "y": "Sergueï Lavrov", "customdata": ["Sergueï Lavrov", "Moscou"]}  # a cell's target
    assert focus_from_selection([cell], speakers) == {"speaker": "Sergueï Lavrov", "entity": "Moscou"}
    assert focus_from_selection([], speakers) is None


def test_filters_combine():
    frame = pd.DataFrame(
        [
            {"speaker": "A", "kind": "direct", "mentions": ["Paris"], "confidence": 0.96},
            {"speaker": "A", "kind": "indirect", "mentions": ["Lyon"], "confidence": 0.5},
            {"speaker": "B", "kind": "direct", "mentions": ["Paris", "Lyon"], "confidence": None},
            {"speaker": "Lyon", "kind": "direct", "mentions": [], "confidence": 0.9},
        ]
    )
    assert len(filter_quotes(frame)) == 4
    assert list(filter_quotes(frame, speakers=["A"], kinds=["direct"]).index) == [0]
    assert list(filter_quotes(frame, entities=["Lyon"]).index) == [1, 2, 3]  # mentioned, or the speaker
    assert list(filter_quotes(frame, speakers=["B"], entities=["Paris"]).index) == [2]  # a heatmap cell
    assert list(filter_quotes(frame, review=True).index) == [1, 2]  # low confidence, or no figure


def test_one_filter_state_for_widgets_chart_clicks_and_chips():
    from streamlit.testing.v1 import AppTest

    def page():
        import streamlit as st

        from components import filters

        scope = "doc-a"
        st.multiselect("s", ["A", "B"], key=filters.scope_key("q", scope, "speaker"))
        st.multiselect("e", ["Paris", "Lyon"], key=filters.scope_key("q", scope, "entity"))
        st.button("chart", key="chart", on_click=filters.focus, args=("q", scope), kwargs={"speaker": "B"})
        st.button(
            "cell", key="cell", on_click=filters.focus, args=("q", scope), kwargs={"speaker": "A", "entity": "Lyon"}
        )
        st.button("name", key="name", on_click=filters.set_filter, args=("q", scope, "entity", "Paris"))
        st.button("x", key="x", on_click=filters.remove_filter, args=("q", scope, "speaker", "A"))
        st.write(repr(filters.chips(filters.current("q", scope))))

    at = AppTest.from_function(page).run()
    at.button(key="cell").click().run()
    assert at.markdown[-1].value == "[('speaker', 'A'), ('entity', 'Lyon')]"
    at.button(key="chart").click().run()  # a speaker's bar replaces the cell: no entity is kept
    assert at.markdown[-1].value == "[('speaker', 'B')]"
    at.button(key="name").click().run()  # a name click adds its entity
    assert at.multiselect[1].value == ["Paris"] and at.multiselect[0].value == ["B"]
    at.multiselect[0].set_value(["A"]).run()
    at.button(key="x").click().run()  # a chip's ✕ removes that value only
    assert at.markdown[-1].value == "[('entity', 'Paris')]"
    assert not at.exception


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


def test_the_quote_table_searches_words_and_keeps_the_speaker_pinned(lavrov_text):
    from tests.ui.test_app import app, paste, quote_rows

    at = paste(app(), lavrov_text)
    everything = quote_rows(at)
    assert list(everything.columns[:2]) == ["speaker", "confidence"]
    at.text_input(key="quotes-search").input("Pyongyang").run()
    found = quote_rows(at)
    assert 0 < len(found) < len(everything)
    assert all(
        "pyongyang" in q.casefold() or "pyongyang" in s.casefold() for q, s in zip(found["quote"], found["speaker"])
    )
