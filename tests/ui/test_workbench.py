"""Quote corrections under AppTest: a speaker fix, a kind fix, "not a quote", undo one by one, the
JSON export's edits, all without parsing again."""

from __future__ import annotations

import json

import pytest

from components import cache, filters, state
from tests.ui.test_app import app, filter_of, paste, quote_rows

pytestmark = pytest.mark.model


def open_fixer(at, index: int) -> str:
    """Pick the table's quote number `index` in the fixer; returns its offsets key."""
    picker = at.selectbox(key="quotes-fix-pick")
    picker.select_index(index).run()
    assert not at.exception
    (span,) = [
        b.key.removeprefix("quotes-fix-speaker-")
        for b in at.selectbox
        if (b.key or "").startswith("quotes-fix-speaker-")
    ]
    return span


def submit(at, label: str):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception


def edits_of(at) -> dict:
    (edits,) = at.session_state[state.EDITS].values()
    return edits


def test_a_speaker_fix_flows_to_the_table_edges_and_export_without_a_parse(lavrov_text):
    at = paste(app(), lavrov_text)
    calls = cache.PARSE_CALLS["count"]
    before = quote_rows(at)
    first = before.iloc[0]
    span = open_fixer(at, 0)
    speaker = at.selectbox(key=f"quotes-fix-speaker-{span}")
    other = next(o for o in speaker.options if o not in (first["speaker"], "(unknown)", "Type a name…"))
    speaker.select(other)
    submit(at, "Apply")
    after = quote_rows(at)
    assert after.iloc[0]["speaker"] == other and after.iloc[0]["how"] == "corrected by the analyst"
    assert edits_of(at)["quotes"] == {span: {"speaker": other}}
    assert cache.PARSE_CALLS["count"] == calls


def test_a_typed_speaker_a_kind_fix_and_not_a_quote_then_undo_one_by_one(lavrov_text):
    at = paste(app(), lavrov_text)
    rows = quote_rows(at)
    second = rows.iloc[1]
    span = open_fixer(at, 0)
    at.selectbox(key=f"quotes-fix-speaker-{span}").select("Type a name…")
    at.text_input(key=f"quotes-fix-typed-{span}").input("Une source diplomatique")
    at.selectbox(key=f"quotes-fix-kind-{span}").set_value("direct")
    submit(at, "Apply")
    rows = quote_rows(at)
    assert rows.iloc[0]["speaker"] == "Une source diplomatique" and rows.iloc[0]["kind"] == "direct"
    span2 = open_fixer(at, 1)
    submit(at, "Not a quote")
    assert second["quote"] not in set(quote_rows(at)["quote"]) and len(quote_rows(at)) == len(rows) - 1
    edits = edits_of(at)
    assert edits["quotes"][span2] == {"removed": True}
    assert edits["quotes"][span] == {"speaker": "Une source diplomatique", "kind": "direct"}
    # the one list of corrections, on the Entities tab: undo the "not a quote" alone
    undo = [b for b in at.button if b.label == "Undo"]
    assert len(undo) == 2
    undo[1].click().run()
    assert second["quote"] in set(quote_rows(at)["quote"])
    assert set(edits_of(at)["quotes"]) == {span}


def test_a_json_export_re_imports_with_its_corrections_and_no_parse(lavrov_text):
    import streamlit as st

    from whosaid.analysis import build_analysis, parse_article
    from whosaid.export import to_json

    parsed = parse_article(lavrov_text, language="fr")
    first = build_analysis(parsed).quotes[0]
    edits = {
        "aliases": {"RPDC": "Corée du Nord"},
        "drop": [],
        "quotes": {f"{first.start}-{first.end}": {"speaker": "Une source diplomatique"}},
        "types": {},
        "split": [],
    }
    analysis = build_analysis(parsed, aliases=edits["aliases"], quote_edits=edits["quotes"])
    exported = to_json(analysis, parsed=parsed).encode("utf-8")
    assert json.loads(exported)["edits"] == edits

    st.cache_data.clear()
    calls = cache.PARSE_CALLS["count"]
    at = app()
    at.file_uploader(key="in-upload").set_value(("lavrov.json", exported, "application/json")).run()
    assert not at.exception and not at.error
    assert cache.PARSE_CALLS["count"] == calls  # restored, not parsed
    rows = quote_rows(at)
    assert rows.iloc[0]["speaker"] == "Une source diplomatique"
    assert edits_of(at) == edits


def test_a_json_that_is_not_an_export_is_a_message():
    at = app()
    at.file_uploader(key="in-upload").set_value(("other.json", b'{"hello": 1}', "application/json")).run()
    assert not at.exception
    assert len(at.error) == 1 and "not a whosaid analysis export" in at.error[0].value.replace("\\", "")


def test_a_chart_filter_belongs_to_its_analysis():
    import hashlib

    from tests.files import ARTICLE_EN, ARTICLE_FR

    at = app()
    at.file_uploader(key="in-upload").set_value(
        [("fr.txt", ARTICLE_FR.encode(), "text/plain"), ("en.txt", ARTICLE_EN.encode(), "text/plain")]
    ).run()
    at.selectbox(key="ws_document").select(0).run()
    digest = hashlib.sha1(ARTICLE_FR.encode()).hexdigest()
    at.session_state[filters.scope_key("quotes", digest, "speaker")] = ["Jean Dupont"]  # a French chart click
    at.run()
    assert any(b.label.replace("\\", "") == "✕ Speaker: Jean Dupont" for b in at.button)  # its chip
    assert set(quote_rows(at)["speaker"]) == {"Jean Dupont"}
    at.selectbox(key="ws_document").select(1).run()  # the English article: the filter does not follow
    assert not at.exception
    assert not any(b.label.startswith("✕") for b in at.button)
    assert filter_of(at, "speaker").value == []
    assert quote_rows(at) is not None and len(quote_rows(at)) >= 1


def test_the_french_interface_translates_kinds_types_languages_and_placeholders(lavrov_text):
    at = app()
    at.sidebar.radio(key=state.UI_LANGUAGE).set_value("fr").run()
    at = paste(at, lavrov_text)
    assert set(quote_rows(at)["kind"]) <= {"directe", "indirecte", "mixte"}
    entity_types = set(next(df.value for df in at.dataframe if "type" in df.value.columns)["type"])
    assert entity_types and not entity_types & {"PERSON", "ORG", "PLACE", "OTHER"}
    assert filter_of(at, "kind").placeholder == "Choisir…"
    assert any("Langue\u00a0: français" in c.value for c in at.caption)
    assert at.sidebar.radio(key=state.ARTICLE_LANGUAGE).options[1:] == ["anglais", "français"]
    how = list(quote_rows(at)["how"])  # how each speaker was found, in French too
    assert any(h.startswith("nommé\u00a0: «\u00a0") for h in how) and not any(h.startswith("named") for h in how)


def test_the_english_how_column_says_what_the_core_says(lavrov_text):
    from whosaid import analyze

    at = paste(app(), lavrov_text)
    assert list(quote_rows(at)["how"]) == [q.how for q in analyze(lavrov_text, language="fr").quotes]


def test_an_article_with_nothing_to_chart_says_so():
    at = paste(app(), "le vent souffle fort ce matin sur la plaine et il pleut depuis deux jours.")
    assert any("Nothing to chart" in i.value for i in at.info)


def test_the_table_shows_each_speakers_confidence_and_filters_the_ones_to_review(lavrov_text):
    at = paste(app(), lavrov_text)
    rows = quote_rows(at)
    assert rows["confidence"].notna().any() and rows["how"].str.len().gt(0).all()
    (review,) = [w for w in at.toggle if (w.key or "").startswith("quotes-review-")]
    review.set_value(True).run()
    assert not at.exception
    reviewed = quote_rows(at)
    shown = [] if reviewed is None else list(reviewed["confidence"])
    assert len(shown) < len(rows)  # the named speakers are not to review
    assert all(c is None or c != c or c < 0.7 for c in shown)
    assert any(b.label.replace("\\", "") == "✕ to review" for b in at.button)


def entity_table(at):
    return next(df.value for df in at.dataframe if "type" in df.value.columns)


def test_an_entity_type_change_and_a_split_stick_and_undo(lavrov_text):  # issue 17 item 5
    at = paste(app(), lavrov_text)
    table = entity_table(at)
    person = table[table["type"] == "People"]["name"].iloc[0]
    at.selectbox(key="entities-type-source").select(person).run()
    at.selectbox(key="entities-type-target").select("ORG").run()
    at.button(key="entities-type").click().run()
    assert not at.exception
    table = entity_table(at)
    assert table[table["name"] == person]["type"].iloc[0] == "Organisations"
    assert edits_of(at)["types"] == {person: "ORG"}

    assert at.selectbox(key="entities-split-source").options  # names grouped under another entity
    at.button(key="entities-split").click().run()
    assert not at.exception
    split_name = edits_of(at)["split"][0]
    assert split_name in set(entity_table(at)["name"])  # an entity of its own now
    # both corrections are in the list, each undoable
    at.button(key="entities-corrections-0").click().run()  # the first listed: the type change
    assert not at.exception
    assert edits_of(at)["types"] == {} and edits_of(at)["split"] == [split_name]


def fixer_span(at) -> str | None:
    spans = [b.key.removeprefix("quotes-fix-speaker-") for b in at.selectbox if (b.key or "").startswith("quotes-fix-")]
    spans = [s for s in spans if "-pick" not in s]
    return spans[0] if spans else None


def test_next_to_review_walks_the_low_confidence_quotes_and_a_fix_takes_one_off(lavrov_text, monkeypatch):
    # issue 17 item 10; the threshold raised so that the example has several quotes to review
    from components import quote_table

    monkeypatch.setattr(quote_table, "REVIEW_BELOW", 0.99)
    at = paste(app(), lavrov_text)
    rows = quote_rows(at)
    pending = int((rows["confidence"].isna() | (rows["confidence"].astype(float) < 0.99)).sum())
    assert pending >= 2, "the example needs two quotes to review"
    walk = at.button(key="quotes-next-review")
    assert str(pending) in walk.label
    walk.click().run()
    assert not at.exception
    first = fixer_span(at)
    assert first and any(f"1 of {pending}" in m.value for m in at.markdown)
    at.button(key="quotes-next-review").click().run()
    second = fixer_span(at)
    assert second and second != first and any(f"2 of {pending}" in m.value for m in at.markdown)
    # the analyst confirms this speaker by choosing it: corrected, it leaves the walk
    submit(at, "Apply")
    assert str(pending - 1) in at.button(key="quotes-next-review").label
    assert second in edits_of(at)["quotes"]


def test_a_chart_filter_shows_its_chip_at_the_charts_too_and_removing_it_there_clears_the_table(lavrov_text):
    # issue 17 item 11: the table a chart click filters may be off-screen
    import hashlib

    at = paste(app(), lavrov_text)
    total = len(quote_rows(at))
    speaker = quote_rows(at)["speaker"].iloc[0]
    digest = hashlib.sha1(lavrov_text.encode()).hexdigest()
    at.session_state[filters.scope_key("quotes", digest, "speaker")] = [speaker]  # what a chart click sets
    at.run()
    at_charts = [b for b in at.button if (b.key or "").startswith("quotes-charts-chip-")]
    assert len(at_charts) == 1 and speaker in at_charts[0].label.replace("\\", "")
    assert any("#ws-quote-table" in m.value for m in at.markdown)  # a link up to the table
    assert len(quote_rows(at)) < total
    at_charts[0].click().run()
    assert not at.exception
    assert len(quote_rows(at)) == total
    assert not any((b.key or "").startswith("quotes-charts-chip-") for b in at.button)
