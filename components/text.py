"""Untrusted text in Streamlit messages: names, file names and titles show as plain text.

`st.error`, `st.warning`, `st.info`, progress and spinner texts render Markdown: a file named
`[x](https://…)` or `![x](https://…)` would become a link or load a remote image, and a bare URL is linked. `plain`
escapes every Markdown and Streamlit directive character and breaks autolinks invisibly, so such
text reads exactly as written.
"""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^%@])")
_FILE_UNSAFE = re.compile(r"[^\w.-]+")
MAX_STEM = 60


WORD_JOINER = "\u2060"  # invisible; it keeps GitHub-style autolinking from seeing a bare URL
_AUTOLINKS = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)


def plain(text: object) -> str:
    """`text` escaped for Streamlit's Markdown: every character shows as itself, nothing renders. Bare
    URLs and e-mail addresses get an invisible word joiner ("http:⁠//…"), so they are not linked."""
    flat = " ".join(str(text).split("\n"))
    return _MARKDOWN.sub(r"\\\1", _AUTOLINKS.sub(WORD_JOINER, flat))


def safe_file_stem(name: str) -> str:
    """A download file name from an article's name: letters, digits, dots and dashes only."""
    stem = _FILE_UNSAFE.sub("_", name).strip("._")[:MAX_STEM]
    return stem or "article"
