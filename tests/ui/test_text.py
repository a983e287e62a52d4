"""Untrusted text in Streamlit messages and download names (no Streamlit run needed)."""

import re

import pytest

from components.text import WORD_JOINER, plain, safe_file_stem
from tests.conftest import ROOT


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
    assert shown[0].startswith("Un guillemet n’est jamais fermé, ici : « une phrase jamais fermée.")
    assert shown[1] == "Texte long : analysé en 3 parties coupées aux fins de paragraphe."
    assert shown[2] == "lettre.pdf : le PDF est chiffré ; enregistrez une copie non protégée et réessayez."
    assert shown[3] == "scan.pdf : 2,400 pages, c’est plus que la limite de 2,000 pages."
    assert shown[4].startswith("Le texte est vide")
    assert shown[5] == "Something the interface has never seen."


def test_every_core_template_matches_the_message_the_core_writes():
    """The `core_*` templates are the core's own English: a core message that changes its words must
    change its template too (else the French interface would show it in English)."""
    import re

    from components.i18n import strings

    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "whosaid").glob("*.py"))
    flat = re.sub(r"\"\s+f?[\"']|'\s+f?[\"']", "", sources)  # implicit string concatenation joined
    for key, texts in strings().items():
        if key.startswith("core_"):
            words = max(re.split(r"\{\w+\}", texts["en"]), key=len).strip()
            assert words in flat.replace("\\ufffd", "\ufffd").replace("\\'", "'"), key
