"""whosaid: the reading dashboard. Input -> analysis (cached) -> views; errors become st.error here."""

from __future__ import annotations

import logging

import streamlit as st

from components import state
from components.cache import build_cached, models_ready, parse, text_digest, warm_up
from components.corpus_view import leave_article, open_view_link, render_corpus
from components.i18n import (
    current,
    describe_error,
    labelled,
    language_name,
    localise,
    render_language_switch,
    t,
)
from components.inputs import render_inputs
from components.share import autosave_draft, leave_shared, open_from_url, render_share, view_kind
from components.text import plain
from components.views import (
    ShownArticle,
    render_article,
    render_charts,
    render_entity_editor,
    render_exports,
    render_quote_table,
    render_styles,
    scope_of,
)
from whosaid.errors import WhosaidError
from whosaid.ingest import Article, title_from_name
from whosaid.lang import supported_languages
from whosaid.store import SharedDocument

st.set_page_config(page_title="whosaid", page_icon="💬", layout="wide")
render_language_switch(key="ui")
# a radio, not a selectbox: the sidebar draws first, and a selectbox's front-end code held a fresh
# browser's first paint (a share link) back by about 0.3 s on this VM (bench/browser.py)
override = st.sidebar.radio(
    t("analysis_language"),
    [None, *supported_languages()],
    format_func=lambda code: t("auto") if code is None else language_name(code),
    key=state.ARTICLE_LANGUAGE,
)
st.sidebar.caption(t("credits"))
render_styles()
st.title(t("app_title"))
st.caption(t("app_caption"))
if not any(st.query_params.get(p) for p in ("a", "d", "c")):
    # the models load once per server, ahead of the first click, the interface's language first (the
    # likeliest article language); a shared view needs no model, so it does not compete with one
    warm_up(sorted(supported_languages(), key=lambda code: code != current()))
warming = st.empty()  # "models loading": shown only while they load, gone once a result is drawn
if not models_ready(supported_languages()):
    warming.caption(t("models_warming"))

open_view_link()  # ?c=<token>: a shared corpus view (before the view switch is drawn)
view = st.sidebar.radio(
    t("view"), ["articles", "corpus"], format_func=lambda v: t(f"view_{v}"), key=state.VIEW, horizontal=True
)
shared = None if view == "corpus" else open_from_url()  # ?a=<token>: a shared analysis (no spaCy)
if view == "corpus":
    # a corpus folder read with DuckDB; a row opens its article here, from its stored records
    opened = render_corpus(key="corpus")
    if opened is None:
        st.stop()
    corpus_title, corpus_id, corpus_parsed = opened
    if st.button(t("corpus_back"), key="corpus-back"):
        leave_article()
        st.rerun()
    articles = [Article(corpus_title or corpus_id, corpus_parsed.text, corpus_id, parsed=corpus_parsed)]
    errors = []
elif shared is not None:
    shared_documents, _ = shared
    info, button = st.columns([5, 1])
    banner = {"own": "draft_view", "copy": "draft_copy_view", "share": "shared_view"}[view_kind()]
    info.info(t(banner, n=len(shared_documents)))
    if button.button(t("new_analysis"), key="ws-leave-shared"):
        leave_shared()
        st.rerun()
    # each shared article brings its parsed records; its corrections are in the session already
    articles = [Article(d.parsed.title, d.parsed.text, d.name, parsed=d.parsed) for d in shared_documents]
    errors = []
else:
    # the input folds away once there is an analysis: the results come first
    folded = st.session_state.get(state.MODE) and not st.session_state.get(state.INPUT_FAILED)
    with st.expander(t("input_title"), expanded=not folded):
        articles, errors = render_inputs(key="in")
    if not articles and not errors:
        st.info(t("empty_state"))
        st.stop()

docs: list[ShownArticle] = []
notes: list[tuple[str, str]] = []  # what reading a file had to guess or replace
progress = st.progress(0.0) if len(articles) > 1 else None
for number, article in enumerate(articles):
    name = article.source or f"#{number + 1}"
    busy = t("analysing", name=plain(name), i=number + 1, n=len(articles))
    if progress is not None:
        progress.progress(number / len(articles), text=busy)
    digest = text_digest(article.text)
    edits = st.session_state.setdefault(state.EDITS, {}).get(digest, {})
    try:
        chosen_language = st.session_state.get(state.DOC_LANGUAGE, {}).get(digest)
        if article.parsed is not None and not chosen_language:
            parsed = article.parsed  # a share, a draft or a JSON export: no parse; an export brings its edits
            if digest not in st.session_state[state.EDITS] and article.edits:
                edits = st.session_state[state.EDITS][digest] = article.edits
        else:
            with st.spinner(busy):
                parsed = parse(article, language=chosen_language or override)
        analysis = build_cached(parsed, edits)  # no spaCy here
    except WhosaidError as err:
        errors.append((name, describe_error(err)))
        continue
    except Exception:  # one article that breaks the analysis never takes the page down
        logging.getLogger("whosaid").exception("analysis failed")  # the detail, not the article, in the log
        errors.append((name, t("cannot_analyse", name=name)))
        continue
    notes.extend((name, w) for w in article.warnings)
    # a file is listed by its name, with its title when it has one ("page.html · Le titre"): an HTML
    # page's <h1> alone does not tell the analyst which upload it is
    titled = article.title and article.title != title_from_name(name) and article.source != t("paste_label")
    shown_name = f"{name} · {article.title}" if titled else (article.title or name)
    docs.append(ShownArticle(len(docs), shown_name, analysis, digest, parsed, name))
if progress is not None:
    progress.empty()
if docs:
    warming.empty()  # a result is here: the models it needed are loaded

for name, message in errors:  # the one place where problems reach the page, as plain text (each
    # already in the interface's language: `describe_error` wrote it from its code, or `t` did)
    shown_message = message if not name or message.startswith(name) else labelled(name, message)
    st.error(f"{t('error_prefix')} {plain(shown_message)}")
for name, message in notes:
    message = localise(message)
    st.warning(plain(message if message.startswith(name) else labelled(name, message)))
failed_input = bool(errors) and not docs and view != "corpus" and shared is None
if failed_input != st.session_state.get(state.INPUT_FAILED, False):
    # nothing could be analysed: the input opens again (drawn above, folded), so the analyst can fix it
    st.session_state[state.INPUT_FAILED] = failed_input
    if failed_input:
        st.rerun()
if not docs:
    st.stop()

CORPUS = -1
choice = 0
if len(docs) > 1:
    choice = st.selectbox(
        t("document"),
        [CORPUS, *range(len(docs))],
        key=state.DOCUMENT,
        format_func=lambda i: (
            t("corpus") if i == CORPUS else f"{docs[i].name} ({language_name(docs[i].analysis.language)})"
        ),
    )
shown = docs if choice == CORPUS else [docs[choice]]
save_notice = st.empty()  # where "Not saved" shows if the draft save at the end of the run fails
speakers = {q.speaker.name for d in shown for q in d.analysis.quotes if q.speaker}
entities = {e.name for d in shown for e in d.analysis.entities}
summary, language_box = st.columns([3, 1], vertical_alignment="bottom")
summary.caption(
    " · ".join(
        [
            t(
                "summary",
                quotes=sum(len(d.analysis.quotes) for d in shown),
                speakers=len(speakers),
                entities=len(entities),
            ),
            *(
                t("language_found", lang=language_name(d.analysis.language), model=d.analysis.model)
                for d in shown[:1]
                if choice != CORPUS
            ),
        ]
    )
)

if choice != CORPUS:
    doc = shown[0]
    codes = supported_languages()
    chosen = language_box.selectbox(
        t("this_article_language"),
        codes,
        index=codes.index(doc.analysis.language),
        key=f"ws-lang-{doc.digest}",
        format_func=lambda code: language_name(code),
    )
    if chosen != doc.analysis.language:  # re-analyse this article only, in the language chosen
        st.session_state.setdefault(state.DOC_LANGUAGE, {})[doc.digest] = chosen
        st.rerun()

for doc in shown:
    for warning in map(localise, doc.analysis.warnings):
        st.warning(plain(labelled(doc.name, warning) if len(shown) > 1 else warning))

QUOTES = "quotes"  # the quote table's key: its filters are what charts and name clicks set
ARTICLE_HEIGHT = 640  # px: the article scrolls in its own box beside the table


@st.fragment
def reading(shown: list[ShownArticle], corpus: bool) -> None:
    """Article and quote table side by side (stacked on a narrow screen). A filter, a row selection
    or a click on a name reruns only this part of the page, not the charts and exports."""
    if corpus:
        render_quote_table(shown, key=QUOTES)
        return
    article, table = st.columns([5, 6], gap="medium")
    with article:
        render_article(shown[0], key="article", filter_key=QUOTES, scope=scope_of(shown), height=ARTICLE_HEIGHT)
    with table:
        render_quote_table(shown, key=QUOTES)


reading(shown, choice == CORPUS)
tab_charts, tab_entities, tab_export = st.tabs([t("tab_charts"), t("tab_corrections"), t("tab_export")])
with tab_charts:
    render_charts(shown, key="charts", filter_key=QUOTES)
with tab_entities:
    if choice == CORPUS:
        st.info(t("corpus_article"))
    else:
        doc = shown[0]
        new_edits = render_entity_editor(doc, st.session_state[state.EDITS].get(doc.digest, {}), key="entities")
        if new_edits:
            st.session_state[state.EDITS][doc.digest] = new_edits
            st.rerun()
with tab_export:
    render_exports(shown, key="export")
    render_share(
        [SharedDocument(d.source, d.parsed, st.session_state[state.EDITS].get(d.digest, {})) for d in shown],
        ui_state={"document": choice if len(docs) > 1 and choice == CORPUS else 0},
        key="share",
    )

# the whole page's work, kept as a private draft: a reload brings it back with its corrections. Saved
# after the page is drawn, so a slow store never holds the page back (every correction reruns the whole
# script, so it reaches this line); a failed save says so in `save_notice` and is retried next run.
autosave_draft(
    [SharedDocument(d.source, d.parsed, st.session_state[state.EDITS].get(d.digest, {})) for d in docs]
    if view != "corpus"
    else [],  # an article opened from a corpus is the corpus's: no draft
    ui_state={"document": choice, "ui_language": st.session_state.get(state.UI_LANGUAGE)},
    notice=save_notice,
)
