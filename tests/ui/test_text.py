"""Untrusted text in Streamlit messages and download names (no Streamlit run needed)."""

import re

import pytest

from components.text import WORD_JOINER, plain, safe_file_stem


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
