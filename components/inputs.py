"""Bringing articles in: paste, example, upload. The chosen inputs live in session state."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components import state
from components.cache import read_cached
from components.i18n import current, describe_error, t
from whosaid.errors import WhosaidError
from whosaid.ingest import MAX_BYTES, MAX_CHARS, MAX_DOCUMENTS, Article, read_analysis_json

SAMPLES = Path(__file__).resolve().parent.parent / "assets" / "samples"
EXAMPLE = "fr_lavrov_wonsan.txt"
MODE_KEY = state.MODE
PASTED_KEY = state.PASTED
MAX_FILES = MAX_DOCUMENTS  # files (and articles) per analysis
UPLOAD_TYPES = ["txt", "html", "htm", "docx", "pdf", "json"]


def _css_string(text: str) -> str:
    """A CSS string literal holding `text` (escaped: quotes, backslashes, line breaks, angle brackets)."""
    return '"' + "".join(ch if ch.isalnum() or ch in " .,;:·()%-" else f"\\{ord(ch):x} " for ch in text) + '"'


def render_uploader_texts(types: list[str]) -> None:
    """Streamlit's upload widget writes its button and its limit in English and takes no text for them:
    in another interface language, a style puts the interface's words in their place (the widget's
    own stay for screen readers' sake as its aria labels)."""
    if current() == "en":
        return
    limit = t("upload_limit", mb=int(st.get_option("server.maxUploadSize")), types=", ".join(x.upper() for x in types))
    zone = '[data-testid="stFileUploaderDropzone"]'
    st.html(
        "<style>"
        f"{zone} button p {{font-size: 0}}"
        f"{zone} button p::after {{content: {_css_string(t('upload_button'))}; font-size: 0.875rem}}"
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] span {{font-size: 0}}'
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] span::after'
        f" {{content: {_css_string(limit)}; font-size: 0.875rem}}"
        "</style>"
    )


def example_text() -> str:
    return (SAMPLES / EXAMPLE).read_text(encoding="utf-8")


def articles_from_uploads(files) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read uploaded files; a file that cannot be read becomes an (name, message) error, the rest go on."""
    articles, errors = [], []
    files = list(files or [])
    if len(files) > MAX_FILES:
        errors.append(("", t("too_many_files", n=len(files), max=MAX_FILES)))
        files = files[:MAX_FILES]
    for file in files:
        data = file.getvalue()
        if len(data) > MAX_BYTES:
            errors.append((file.name, t("too_large", name=file.name, mb=MAX_BYTES // (1024 * 1024))))
            continue
        try:
            if file.name.lower().endswith(".json"):  # a whosaid export: restored, not parsed
                articles.extend(read_analysis_json(data, file.name))
            else:
                articles.append(read_cached(data, file.name))
        except WhosaidError as err:
            errors.append((file.name, describe_error(err)))  # from its code, in the interface's language
    if len(articles) > MAX_FILES:  # JSON exports may hold several articles each
        errors.append(("", t("too_many_articles", n=len(articles), max=MAX_FILES)))
        articles = articles[:MAX_FILES]
    return articles, errors


def render_inputs(*, key: str) -> tuple[list[Article], list[tuple[str, str]]]:
    """Paste box, example button and uploader; returns the articles to analyse and reading errors."""
    paste_key, upload_key = f"{key}-paste", f"{key}-upload"

    def use_paste():
        st.session_state[MODE_KEY] = "paste"
        st.session_state[PASTED_KEY] = st.session_state.get(paste_key, "")

    def use_example():
        st.session_state[paste_key] = example_text()
        use_paste()

    def use_upload():
        st.session_state[MODE_KEY] = "upload" if st.session_state.get(upload_key) else None

    def clear():
        st.session_state[paste_key] = ""
        st.session_state[MODE_KEY] = None
        st.session_state.pop(PASTED_KEY, None)

    paste_tab, upload_tab = st.tabs([t("tab_paste"), t("tab_upload")])
    with paste_tab:
        st.text_area(t("paste_label"), key=paste_key, height=180, placeholder=t("paste_placeholder"))
        left, middle, right = st.columns([1, 1, 4])
        left.button(t("analyse"), key=f"{key}-analyse", type="primary", on_click=use_paste)
        middle.button(t("example"), key=f"{key}-example", on_click=use_example)
        right.button(t("clear"), key=f"{key}-clear", on_click=clear)
    with upload_tab:
        render_uploader_texts(UPLOAD_TYPES)
        files = st.file_uploader(
            t("upload_label"),
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=upload_key,
            on_change=use_upload,
        )

    mode = st.session_state.get(MODE_KEY)
    if mode == "paste":
        text = st.session_state.get(PASTED_KEY, "")
        if len(text) > MAX_CHARS:  # the same limit as a file's text: a parse that long never ends
            return [], [("", t("paste_too_long", n=f"{len(text):,}", limit=f"{MAX_CHARS:,}"))]
        return [Article("", text, t("paste_label"))], []
    if mode == "upload":
        return articles_from_uploads(files)
    return [], []
