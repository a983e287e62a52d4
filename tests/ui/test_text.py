"""Untrusted text in Streamlit messages and download names (no Streamlit run needed)."""

import re

import pytest

from components.text import WORD_JOINER, plain, safe_file_stem
from tests.conftest import ROOT


def patch_language(ui: str):
    """The interface language `ui` for code run outside a page."""
    from unittest import mock

    return mock.patch("components.i18n.current", return_value=ui)


@pytest.mark.parametrize(
    "text",
    [
        "![x](https://evil.example/a.png)",
        "[click](http://evil.example)",
        "<b>bold</b> <img src=x>",
        ":red[alert] $x^2$ **strong** _em_ `code` # heading",
        "see http://evil.example, www.evil.example or me@evil.example",
    ],
)
def test_plain_escapes_every_markdown_character_and_breaks_autolinks(text):
    escaped = plain(text)
    # every ASCII punctuation character is escaped, so Markdown sees only literal characters
    assert not re.search(r"(?<!\\)[\[\]()!<>*_`#$:]", escaped)
    assert not re.search(r"https?:/|www\.|@\w", escaped.replace("\\", ""))
    # and the reader sees exactly the original characters
    assert re.sub(r"\\(.)", r"\1", escaped).replace(WORD_JOINER, "") == text


@pytest.mark.parametrize(
    "name, stem",
    [("Le Monde: « Éditorial »", "Le_Monde_Éditorial"), ("../../etc/passwd", "etc_passwd"), ("***", "article")],
)
def test_download_names_are_safe_file_names(name, stem):
    assert safe_file_stem(name) == stem


def test_the_cores_messages_show_in_the_interface_language():
    """Every core message the interface knows reads in French in the French interface; any other
    message is left as it is (the core, the CLI and the JSON stay English)."""
    from streamlit.testing.v1 import AppTest

    def page():
        import streamlit as st

        from components import state
        from components.i18n import localise
        from whosaid.analysis import input_warnings

        st.session_state[state.UI_LANGUAGE] = "fr"
        text = "Il a dit : « une phrase jamais fermée.\n\nLa suite."
        for message in (
            *input_warnings(text, 3, language="fr"),
            "lettre.pdf: the PDF is encrypted; save an unprotected copy and try again.",
            "scan.pdf: 2,400 pages is over the 2,000-page limit.",
            "The text is empty: paste or upload an article with some words in it.",
            "Something the interface has never seen.",
        ):
            st.text(localise(message))

    at = AppTest.from_function(page).run()
    shown = [element.value for element in at.text]
    # French typography: a no-break space before a colon, a narrow one before a semicolon and between
    # thousands, the core's English numbers written the French way
    assert shown[0].startswith("Un guillemet n’est jamais fermé, ici\u00a0: « une phrase jamais fermée.")
    assert shown[1] == "Texte long\u00a0: analysé en 3 parties coupées aux fins de paragraphe."
    assert shown[2] == "lettre.pdf\u00a0: le PDF est chiffré\u202f; enregistrez une copie non protégée et réessayez."
    assert shown[3] == "scan.pdf\u00a0: 2\u202f400 pages, c’est plus que la limite de 2\u202f000 pages."
    assert shown[4].startswith("Le texte est vide")
    assert shown[5] == "Something the interface has never seen."


def test_a_warning_is_translated_from_its_code_not_its_sentence():
    """A warning carries its code: one whose English sentence no template would read back (the words
    near an unclosed mark hold '"; its quote') is still written in French from its code."""
    from streamlit.testing.v1 import AppTest

    def page():
        import streamlit as st

        from components import state
        from components.i18n import localise
        from whosaid.messages import note

        st.session_state[state.UI_LANGUAGE] = "fr"
        st.text(localise(note("unclosed_one", near='il a dit "; its quote stops at')))
        st.text(localise(note("long_text", n=2400)))

    at = AppTest.from_function(page).run()
    shown = [element.value for element in at.text]
    assert shown[0].startswith("Un guillemet n’est jamais fermé, ici\u00a0: il a dit")
    assert shown[1] == "Texte long\u00a0: analysé en 2\u202f400 parties coupées aux fins de paragraphe."


def test_every_core_message_has_a_french_text_with_the_same_parameters():
    """The core's messages live in one table (`whosaid.messages`); each has a French text taking the
    same parameters, and the interface knows no core message the core does not have."""
    import json
    import string

    from whosaid.messages import MESSAGES

    raw = json.loads((ROOT / "assets" / "i18n.json").read_text(encoding="utf-8"))
    assert {k[5:] for k in raw if k.startswith("core_")} == set(MESSAGES)
    for code, template in MESSAGES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        french = raw[f"core_{code}"]["fr"]
        assert {name for _, name, _, _ in string.Formatter().parse(french) if name} == fields, code
        assert "en" not in raw[f"core_{code}"], f"core_{code}: its English is the core's own, in whosaid.messages"


@pytest.mark.parametrize(
    ("ui", "data", "name", "expected"),
    [
        ("fr", b"PK\x03\x04" + b"\x00" * 200, "rapport.docx", "rapport.docx\u00a0: fichier .docx illisible"),
        ("en", b"PK\x03\x04" + b"\x00" * 200, "report.docx", "report.docx: not a readable .docx file"),
        ("fr", b"%PDF-1.7\n" + bytes(range(256)) * 40, "note.pdf", "note.pdf\u00a0: PDF illisible"),
        ("fr", b" \n ", "vide.txt", "vide.txt\u00a0: le fichier est vide."),
        ("fr", b"x" * (11 * 1024 * 1024), "gros.txt", "gros.txt\u00a0: 11,5 Mo"),
        ("fr", b"x" * (6 * 1024 * 1024), "long.txt", "dépasse 2\u202f000\u202f000 caractères"),
    ],
)
def test_a_file_error_reads_from_its_code_in_the_interface_language_without_a_class_name(ui, data, name, expected):
    """An upload the core refuses is described from the error's code and parameters (no sentence
    parsed back), and no exception class ("BadZipFile", "PdfStreamError") reaches the page."""
    from streamlit.testing.v1 import AppTest

    def page(ui: str, data: bytes, name: str) -> None:
        import streamlit as st

        from components import state
        from components.i18n import describe_error
        from whosaid.errors import WhosaidError
        from whosaid.ingest import read_bytes

        st.session_state[state.UI_LANGUAGE] = ui
        try:
            read_bytes(data, name)
        except WhosaidError as err:
            st.text(describe_error(err))

    at = AppTest.from_function(page, args=(ui, data, name)).run()
    shown = at.text[0].value
    assert expected in shown
    assert not re.search(r"[A-Z][a-z]+[A-Z]\w*|Error\b|Exception\b", shown.replace(name, ""))


@pytest.mark.parametrize(
    ("ui", "n", "expected"),
    [
        ("en", 1, "Share (1 article)"),
        ("en", 2, "Share (2 articles)"),
        ("fr", 1, "Partager (1 article)"),
        ("fr", 2, "Partager (2 articles)"),
        ("fr", 0, "Partager (0 article)"),
    ],
)
def test_counts_take_the_plural_their_language_gives_them(ui, n, expected):
    from components import i18n

    with patch_language(ui):
        assert i18n.t("share_button", n=n) == expected


@pytest.mark.parametrize(
    ("ui", "value", "decimals", "expected"),
    [
        ("en", 0.81, None, "0.81"),
        ("fr", 0.81, None, "0,81"),
        ("en", 12345, None, "12,345"),
        ("fr", 12345, None, "12\u202f345"),
        ("fr", 1234.5, 1, "1\u202f234,5"),
    ],
)
def test_numbers_are_written_as_the_interface_language_writes_them(ui, value, decimals, expected):
    from components import i18n

    with patch_language(ui):
        assert i18n.number(value, decimals) == expected


def test_a_label_and_its_value_take_the_languages_colon():
    from components import i18n

    with patch_language("fr"):
        assert i18n.labelled("Confiance", 0.81) == "Confiance\u00a0: 0,81"
    with patch_language("en"):
        assert i18n.labelled("Confidence", 0.81) == "Confidence: 0.81"


def test_an_english_number_group_is_recognised_but_a_year_is_not():
    from components.i18n import ENGLISH_NUMBER

    assert ENGLISH_NUMBER.match("2,400") and ENGLISH_NUMBER.match("1,000,000")
    assert not ENGLISH_NUMBER.match("2024") and not ENGLISH_NUMBER.match("0.81")


@pytest.mark.parametrize(
    ("ui", "expected"),
    [("en", "Quote “Nous ne céderons rien sur les salaires ni…”"), ("fr", "Citation «\u00a0Nous ne céderons rien")],
)
def test_a_corrected_quote_is_named_by_its_first_words_not_its_offsets(ui, expected):
    from components.corrections_view import correction_items
    from whosaid.records import normalise_edits

    text = "Le syndicat a prévenu : « Nous ne céderons rien sur les salaires ni sur les horaires », a-t-il dit."
    start, end = text.index("«"), text.index("»") + 1
    edits = normalise_edits({"quotes": {f"{start}-{end}": {"speaker": "Le syndicat"}}})
    with patch_language(ui):
        ((section, key, description),) = correction_items(edits, text)
    assert section == "quotes" and key == f"{start}-{end}"
    assert description.startswith(expected) and f"{start}-{end}" not in description


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        ("ShareDeleted()", "Cette analyse a été supprimée par la personne qui l’a partagée."),
        ("ShareNotFound()", "Ce lien n’ouvre aucune analyse"),
        ("ShareTooLarge(31_000_000)", "Cette analyse pèse 31\u00a0Mo, au-delà des 25\u00a0Mo"),
        ("CorpusError_missing", "ce n’est pas un corpus whosaid"),
    ],
)
def test_share_and_corpus_errors_read_in_the_interface_language(make, expected, tmp_path):
    """A share link or a corpus folder that opens nothing says so in the interface's language, from
    the error's code (the store and the corpus keep their English sentences for the CLI)."""
    from streamlit.testing.v1 import AppTest

    def page(make: str, folder: str) -> None:
        import streamlit as st

        from components import state
        from components.i18n import describe_error
        from whosaid import store
        from whosaid.corpus import Corpus

        st.session_state[state.UI_LANGUAGE] = "fr"
        try:
            if make == "CorpusError_missing":
                Corpus(folder)
            else:
                raise eval(make, vars(store))
        except Exception as err:
            st.text(describe_error(err))

    at = AppTest.from_function(page, args=(make, str(tmp_path))).run()
    assert expected in at.text[0].value


@pytest.mark.parametrize(
    ("ui", "error", "expected", "absent"),
    [
        ("fr", None, "12 articles analysés (340 citations), 1 écartés", "analysed"),
        ("en", None, "12 articles analysed (340 quotes), 1 set aside", "analysés"),
        ("fr", "OSError('disk full')", "Le serveur n’a pas pu la terminer", "OSError"),
        ("fr", "CorpusError", "ce n’est pas un corpus whosaid", "CorpusError"),
    ],
)
def test_a_corpus_jobs_outcome_reads_in_the_interface_language_without_a_class_name(
    ui, error, expected, absent, tmp_path
):
    from components.corpus_jobs import Job, job_outcome
    from whosaid.batch import Summary
    from whosaid.corpus import Corpus

    job = Job("j", "month.jsonl", tmp_path, 12)
    if error == "CorpusError":
        try:
            Corpus(str(tmp_path / "none"))
        except Exception as err:
            job.error = err
    elif error:
        job.error = eval(error)
    else:
        job.summary = Summary(analysed=12, errors=1, quotes=340, seconds=9.5)
    with patch_language(ui):
        text = job_outcome(job)
    assert expected in text and absent not in text
