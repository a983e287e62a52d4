"""The page under Streamlit's AppTest: inputs, views, corrections, errors; spaCy runs once per text."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from components import cache, state
from tests.conftest import ROOT
from tests.files import ARTICLE_EN, ARTICLE_FR, docx_bytes, html_bytes, pdf_bytes

pytestmark = pytest.mark.model
APP = str(ROOT / "app.py")


def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    return at


def paste(at: AppTest, text: str) -> AppTest:
    at.text_area(key="in-paste").set_value(text)
    at.button(key="in-analyse").click().run()
    assert not at.exception
    return at


def filter_of(at: AppTest, field: str):
    """The quote table's filter widget for `field` ("speaker", "entity", "kind") of the analysis shown."""
    (widget,) = [w for w in at.multiselect if (w.key or "").startswith(f"quotes-{field}-")]
    return widget


def quote_rows(at: AppTest):
    tables = [df.value for df in at.dataframe if "quote" in df.value.columns]
    return tables[0] if tables else None


def shown(element) -> str:
    """A message's text as the reader sees it: the Markdown escapes of untrusted names removed."""
    return re.sub(r"\\(.)", r"\1", element.value).replace("\u2060", "")


def html_of(at: AppTest) -> str:
    return "\n".join(element.value for element in at.get("html"))


def test_smoke_run_shows_the_empty_state():
    at = app()
    assert at.title[0].value.startswith("whosaid")
    assert any("example" in info.value.lower() or "exemple" in info.value.lower() for info in at.info)


def test_example_button_loads_the_founding_article():
    at = app()
    at.button(key="in-example").click().run()
    assert not at.exception and not at.error
    rows = quote_rows(at)
    assert "Sergueï Lavrov" in set(rows["speaker"]) and len(rows) >= 12
    assert at.text_area(key="in-paste").value.startswith("Le ministre russe")


def test_pasted_article_gets_highlights_and_quotes(lavrov_text):
    at = paste(app(), lavrov_text)
    rows = quote_rows(at)
    assert (rows["speaker"] == "Sergueï Lavrov").sum() >= 10
    page = html_of(at)
    assert 'title="Sergueï Lavrov · PERSON">Lavrov</mark>' in page
    assert 'class="ws-quote' in page


def test_filter_and_merge_do_not_run_spacy_again(lavrov_text):
    at = paste(app(), lavrov_text)
    calls, builds = cache.PARSE_CALLS["count"], cache.BUILD_CALLS["count"]
    filter_of(at, "speaker").select("TASS et Ria Novosti").run()
    assert set(quote_rows(at)["speaker"]) == {"TASS et Ria Novosti"}
    assert cache.BUILD_CALLS["count"] == builds  # a filter reuses the built analysis
    filter_of(at, "speaker").unselect("TASS et Ria Novosti").run()
    filter_of(at, "kind").select("direct").run()
    assert set(quote_rows(at)["kind"]) == {"direct"}
    names = lambda: set(next(df.value for df in at.dataframe if "type" in df.value.columns)["name"])
    assert {"RPDC", "Corée du Nord"} <= names()
    at.selectbox(key="entities-merge-source").select("RPDC").run()
    at.selectbox(key="entities-merge-target").select("Corée du Nord").run()
    at.button(key="entities-merge").click().run()
    assert not at.exception
    assert "RPDC" not in names() and "Corée du Nord" in names()
    at.selectbox(key="entities-drop-source").select("Wonsan").run()
    at.button(key="entities-drop").click().run()
    assert "Wonsan" not in names()
    assert cache.PARSE_CALLS["count"] == calls  # every step above reused the parsed article


def test_untrusted_html_in_an_article_shows_as_text():
    text = (
        'Le maire Paul Durand a déclaré : « <script>alert("x")</script> ne passera pas. »\n\n'
        'Selon Marie Curie, <img src=x onerror="alert(1)"> est une image cassée à Paris.'
    )
    at = paste(app(), text)
    page = html_of(at)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=" in page


def test_empty_input_is_an_error_message():
    at = paste(app(), "   ")
    assert at.error and "empty" in shown(at.error[0]).lower()
    assert quote_rows(at) is None


GERMAN = "Der Minister sagte am Freitag in Berlin, dass die Regierung die Steuern senken werde."


def test_unsupported_language_is_named():
    at = paste(app(), GERMAN)
    assert at.error and "in German" in shown(at.error[0]) and "English, French" in shown(at.error[0])


def test_an_error_in_a_french_interface_is_french_and_the_input_stays_open():
    at = app()
    at.sidebar.radio(key=state.UI_LANGUAGE).set_value("fr").run()
    paste(at, GERMAN)
    message = shown(at.error[0])
    assert "allemand" in message and "anglais, français" in message and "'de'" not in message
    assert at.expander[0].proto.expanded  # the input is open again, to fix it
    assert at.text_area(key="in-paste").value == GERMAN


@pytest.mark.parametrize(
    "name, data, mime, speaker",
    [
        ("latin1.txt", ARTICLE_FR.encode("latin-1", errors="replace").replace(b"?", b"'"), "text/plain", "Jean Dupont"),
        ("page.html", html_bytes("Réforme", ARTICLE_FR.split("\n\n")), "text/html", "Jean Dupont"),
        (
            "note.docx",
            docx_bytes(ARTICLE_EN.split("\n\n")),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "John Smith",
        ),
        (
            "report.pdf",
            pdf_bytes(["Senator John Smith said that the bill would pass in Washington."]),
            "application/pdf",
            "John Smith",
        ),
    ],
)
def test_each_upload_type(name, data, mime, speaker):
    at = app()
    at.file_uploader(key="in-upload").set_value((name, data, mime)).run()
    assert not at.exception and not at.error
    assert speaker in set(quote_rows(at)["speaker"])


def test_several_uploads_give_a_picker_a_corpus_view_and_errors_for_bad_files():
    at = app()
    at.file_uploader(key="in-upload").set_value(
        [
            ("fr.txt", ARTICLE_FR.encode(), "text/plain"),
            ("broken.pdf", b"%PDF-1.4 nothing here", "application/pdf"),
            ("en.txt", ARTICLE_EN.encode(), "text/plain"),
        ]
    ).run()
    assert not at.exception
    assert len(at.error) == 1 and "broken.pdf" in shown(at.error[0])
    picker = at.selectbox(key="ws_document")
    assert picker.value == -1  # the corpus view comes first
    rows = quote_rows(at)
    assert set(rows["document"]) == {"fr", "en"} and {"Jean Dupont", "John Smith"} <= set(rows["speaker"])
    picker.select(1).run()
    assert set(quote_rows(at)["speaker"]) <= {"John Smith", "Smith"}


def test_interface_speaks_french():
    at = app()
    at.radio(key="ws_ui_language").set_value("fr").run()
    assert "qui a dit quoi" in at.title[0].value
    at.button(key="in-example").click().run()
    assert any(tab.label == "Qui mentionne qui" for tab in at.tabs)
    assert filter_of(at, "speaker").label == "Locuteur"


def test_downloads_are_offered(lavrov_text):
    at = paste(app(), lavrov_text)
    labels = {button.proto.label for button in at.get("download_button")}
    assert {
        "Quotes (CSV)",
        "Entities (CSV)",
        "Analysis (JSON)",
        "Mention graph (GEXF, Gephi)",
        "Mention graph (GraphML)",
    } <= labels


def test_a_file_over_the_size_limit_is_refused_by_name():
    from whosaid.ingest import MAX_BYTES

    at = app()
    at.file_uploader(key="in-upload").set_value(
        [
            ("huge.txt", b"a" * (MAX_BYTES + 1), "text/plain"),
            ("en.txt", ARTICLE_EN.encode(), "text/plain"),
        ]
    ).run()
    assert not at.exception
    assert len(at.error) == 1 and "huge.txt" in shown(at.error[0]) and "10 MB" in shown(at.error[0])
    assert "John Smith" in set(quote_rows(at)["speaker"])


def test_pasting_after_an_upload_analyses_the_pasted_text():
    at = app()
    at.file_uploader(key="in-upload").set_value(("en.txt", ARTICLE_EN.encode(), "text/plain")).run()
    assert "John Smith" in set(quote_rows(at)["speaker"])
    paste(at, ARTICLE_FR)
    assert set(quote_rows(at)["speaker"]) == {"Jean Dupont", "Marie Curie"}


def test_every_interface_string_exists_in_both_languages():
    from components.i18n import strings

    assert all(set(entry) == {"en", "fr"} and all(entry.values()) for entry in strings().values())


def test_an_unclosed_quotation_is_reported_as_a_warning():
    at = paste(
        app(),
        "Le maire Paul Durand a déclaré : « La ville sera reconstruite avant l'hiver.\n\n"
        "Le conseil municipal se réunira lundi.",
    )
    assert at.warning and "never closed" in shown(at.warning[0])
    assert "Paul Durand" in set(quote_rows(at)["speaker"])


def test_the_language_of_one_article_can_be_overridden():
    at = paste(app(), ARTICLE_EN)
    chooser = next(box for box in at.selectbox if box.key.startswith("ws-lang-"))
    assert chooser.value == "en"
    english_caption = next(caption.value for caption in at.caption if "model" in caption.value)
    assert "en_core_web" in english_caption
    chooser.select("fr").run()
    assert not at.exception
    assert any("fr_core_news_md" in caption.value for caption in at.caption)  # parsed again with French
    assert not any("en_core_web" in caption.value for caption in at.caption)


def test_hostile_uploads_between_good_ones_give_one_message_each_and_the_rest_is_analysed():
    from tests.files import docx_bomb, docx_malformed_xml

    at = app()
    at.file_uploader(key="in-upload").set_value(
        [
            ("fr.txt", ARTICLE_FR.encode(), "text/plain"),
            ("bad.docx", docx_malformed_xml(), "application/octet-stream"),
            ("bomb.docx", docx_bomb(), "application/octet-stream"),
            ("en.txt", ARTICLE_EN.encode(), "text/plain"),
        ]
    ).run()
    assert not at.exception
    errors = [shown(e) for e in at.error]
    assert len(errors) == 2 and "bad.docx" in errors[0] and "bomb.docx" in errors[1]
    assert {"Jean Dupont", "John Smith"} <= set(quote_rows(at)["speaker"])


def test_markdown_and_html_in_a_file_name_show_as_text():
    at = app()
    name = "![x](https://evil.example/a.png)[click](https://evil.example)<b>bold</b>.pdf"
    at.file_uploader(key="in-upload").set_value([(name, b"%PDF-1.4 nothing", "application/pdf")]).run()
    assert not at.exception
    (error,) = at.error
    assert shown(error).count(name) == 1
    assert "\\!\\[x\\]\\(https\\:\u2060//" in error.value and "\\<b\\>" in error.value  # escaped, so nothing renders


def test_an_article_without_quotes_says_so_and_the_loading_note_goes(monkeypatch):
    from components import cache as page_cache

    monkeypatch.setitem(page_cache.WARM, "done", set())  # as if the models were still loading
    monkeypatch.setitem(page_cache.WARM, "started", True)
    at = paste(app(), "Le soleil se lève sur la ville de Lyon. Les rues sont calmes ce matin.")
    infos = [shown(i) for i in at.info]
    assert "No quotes found in this article." in infos and "No quotes match these filters." not in infos
    assert not any("loading" in shown(c).lower() for c in at.caption)


def test_an_html_upload_is_listed_by_its_file_name_and_its_title():
    at = app()
    at.file_uploader(key="in-upload").set_value(
        [
            ("page.html", html_bytes("Grève à Lyon", ARTICLE_FR.split("\n\n")), "text/html"),
            ("en.txt", ARTICLE_EN.encode(), "text/plain"),
        ]
    ).run()
    assert not at.exception
    picker = at.selectbox(key="ws_document")
    assert any("page.html · Grève à Lyon" in label for label in picker.options), picker.options  # shown labels
