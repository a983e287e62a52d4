"""The quote table: its frame, filters as chips, search, the selected quote in context and its fixer."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import filters, state
from components.i18n import labelled, number, strings, t
from components.shown import SELECTED_KEY, ShownArticle, scope_of
from components.text import plain
from whosaid.export import (
    quote_rows,
)
from whosaid.highlight import highlight_html, paragraph_window
from whosaid.records import QUOTE_KINDS, normalise_edits, quote_key
from whosaid.speakers import AS_WRITTEN_REASONS


def how_shown(method: str, how: str, *, words: str, name: str, corrected: bool, reason: str = "") -> str:
    """How a speaker was found, in the interface's language (the core's `how` is English): from the
    quote's method, the words that named the speaker, the speaker found and the resolver's reason."""
    if f"how_{method}" not in strings():
        return how
    why = t(f"reason_{reason}") if reason and f"reason_{reason}" in strings() else ""
    words = " ".join(words.split())
    if method == "context":
        text = t("how_context", why=why or t("from_context"))
    elif reason in AS_WRITTEN_REASONS and f"phrase_{method}" in strings():
        text = t("how_as_written", kind=t(f"phrase_{method}"), words=words, why=why)
    else:
        text = t(f"how_{method}", words=words, name=name) + (f" ({why})" if why and method != "name" else "")
    if corrected and method != "analyst":  # only the kind was corrected
        text += t("how_kind_fixed")
    return text


def quote_frame(docs: list[ShownArticle]) -> pd.DataFrame:
    """One row per quote of the given documents, in document and text order (export's quote rows)."""
    rows = [
        {
            **row,
            "doc": doc.index,
            "document": doc.name,
            "quote": row["text"],
            "speaker": row["speaker"] or t("unknown_speaker"),
            "how": how_shown(
                row["method"],
                row["how"],
                words=row["speaker_text"],
                name=row["speaker"] or t("unknown_speaker"),
                corrected=row["corrected"],
                reason=row["reason"],
            ),
        }
        for doc in docs
        for row in quote_rows(doc.analysis)
    ]
    columns = [
        "doc",
        "id",
        "document",
        "speaker",
        "quote",
        "kind",
        "cue",
        "mentions",
        "attribution",
        "how",
        "confidence",
        "corrected",
    ]
    return pd.DataFrame(rows, columns=columns)


REVIEW_BELOW = 0.7  # "to review": a speaker found with less confidence than this
TABLE_ANCHOR = "ws-quote-table"


def filter_quotes(frame: pd.DataFrame, *, speakers=(), kinds=(), entities=(), review: bool = False) -> pd.DataFrame:
    """Rows matching every filter given (an empty filter keeps everything). An entity matches a quote
    it speaks or is mentioned in; `review` keeps the speakers found with low confidence (and none)."""
    keep = pd.Series(True, index=frame.index)
    if speakers:
        keep &= frame["speaker"].isin(speakers)
    if kinds:
        keep &= frame["kind"].isin(kinds)
    if entities:
        wanted = set(entities)
        keep &= frame["speaker"].isin(wanted) | frame["mentions"].apply(lambda names: bool(set(names) & wanted))
    if review:
        keep &= frame["confidence"].isna() | (frame["confidence"].astype(float) < REVIEW_BELOW)
    return frame[keep]


def to_review(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """(document, quote id) of the rows "to review" (low confidence or no speaker) that the analyst
    has not corrected yet, in the table's order."""
    low = frame["confidence"].isna() | (frame["confidence"].astype(float) < REVIEW_BELOW)
    pending = frame[low & ~frame["corrected"].astype(bool)]
    return [(int(d), str(i)) for d, i in zip(pending["doc"], pending["id"], strict=True)]


def next_to_review(pending: list[tuple[int, str]], order: list[tuple[int, str]], current) -> tuple[int, str] | None:
    """The first quote to review after `current` in the table's `order`, from the top again past the end."""
    if not pending:
        return None
    if current not in order:
        return pending[0]
    after = order.index(current)
    later = [p for p in pending if order.index(p) > after]
    return (later or pending)[0]


def render_next_to_review(shown: pd.DataFrame, order: list[tuple[int, str]], *, key: str) -> list[tuple[int, str]]:
    """ "Next to review": walks the quotes to review one by one, each shown in context with its fixer;
    returns the quotes still to review."""
    pending = to_review(shown)
    target = st.session_state.get(state.REVIEW_AT)
    if target is not None and target not in order:
        st.session_state.pop(state.REVIEW_AT, None)
    if st.button(
        t("next_to_review", n=len(pending)) if pending else t("nothing_to_review"),
        key=f"{key}-next-review",
        disabled=not pending,
        help=t("next_to_review_help"),
    ):
        current = st.session_state.get(state.REVIEW_AT) or st.session_state.get(SELECTED_KEY)
        found = next_to_review(pending, order, tuple(current) if current else None)
        st.session_state[state.REVIEW_AT] = found
        st.session_state[SELECTED_KEY] = found  # the article marks it too
    return pending


def chip_label(field: str, value: str | None) -> str:
    if field == filters.REVIEW:
        return t("chip_review")
    shown = t(f"kind_{value}") if field == "kind" else value
    return labelled(t("chip_" + field), shown)


def render_filters(docs: list[ShownArticle], frame: pd.DataFrame, *, key: str) -> dict:
    """The filter widgets and the chips of every active filter (widget, chart or name click alike)."""
    scope = scope_of(docs)
    values = filters.current(key, scope)
    speakers = sorted(set(frame["speaker"]) | set(values["speaker"]))
    entities = sorted(
        {e.name for d in docs for e in d.analysis.entities}
        | {name for names in frame["mentions"] for name in names}
        | set(values["entity"])
    )
    left, right = st.columns(2)
    left.multiselect(
        t("filter_speaker"), speakers, key=filters.scope_key(key, scope, "speaker"), placeholder=t("choose")
    )
    right.multiselect(
        t("filter_entity"), entities, key=filters.scope_key(key, scope, "entity"), placeholder=t("choose")
    )
    left, right = st.columns(2, vertical_alignment="bottom")
    left.multiselect(
        t("filter_kind"),
        list(QUOTE_KINDS),
        key=filters.scope_key(key, scope, "kind"),
        placeholder=t("choose"),
        format_func=lambda k: t(f"kind_{k}"),
    )
    right.toggle(t("review_only"), key=filters.scope_key(key, scope, filters.REVIEW), help=t("review_help"))
    render_chips(docs, key=key)
    return filters.current(key, scope)


def render_chips(docs: list[ShownArticle], *, key: str, place: str = "") -> list:
    """The table's active filters as removable chips ("✕ Speaker: X") and "Clear filters"; `place`
    names a second place that shows them (the charts), so that its buttons have keys of their own.
    Returns the active (field, value) pairs."""
    scope = scope_of(docs)
    active = filters.chips(filters.current(key, scope))
    prefix = f"{key}{'-' + place if place else ''}"
    if active:
        cells = st.columns(min(len(active), 3) + 1)
        for n, (field, value) in enumerate(active):
            cells[n % (len(cells) - 1)].button(
                f"✕ {plain(chip_label(field, value))}",
                key=f"{prefix}-chip-{n}",
                on_click=filters.remove_filter,
                args=(key, scope, field, value),
                help=t("chip_remove"),
            )
        cells[-1].button(t("clear_filters"), key=f"{prefix}-clear", on_click=filters.clear, args=(key, scope))
    return active


def render_quote_table(docs: list[ShownArticle], *, key: str) -> None:
    """Filterable quote table; selecting a row marks the quote in the article and shows it in context."""
    frame = quote_frame(docs)
    selected = st.session_state.get(SELECTED_KEY)
    if selected and selected[0] not in {d.index for d in docs}:
        st.session_state.pop(SELECTED_KEY, None)
    st.html(f'<div id="{TABLE_ANCHOR}"></div>')  # the charts' "see the table" link lands here
    values = render_filters(docs, frame, key=key)
    shown = filter_quotes(
        frame,
        speakers=values["speaker"],
        kinds=values["kind"],
        entities=values["entity"],
        review=values[filters.REVIEW],
    )
    words = st.text_input(t("search_quotes"), key=f"{key}-search", placeholder=t("search_quotes_hint")).strip()
    if words:  # the words of the quote, its speaker or the phrase naming it, case and accents as typed
        needle = words.casefold()
        hit = shown["quote"].str.casefold().str.contains(needle, regex=False) | shown[
            "speaker"
        ].str.casefold().str.contains(needle, regex=False)
        shown = shown[hit]
    if shown.empty:
        # an article without quotes is not a filter's doing: say which
        st.info(t("no_quotes") if not frame.empty else t("no_quotes_found"))
        return
    st.caption(t("rows_shown", n=len(shown), total=len(frame)))
    # the speaker stays in view (pinned) with its confidence next to it; the quote wraps to its width
    columns = (["document"] if len(docs) > 1 else []) + [
        "speaker",
        "confidence",
        "quote",
        "kind",
        "cue",
        "mentions",
        "attribution",
        "how",
    ]
    rows_shown = [(int(d), str(i)) for d, i in zip(shown["doc"], shown["id"], strict=True)]
    pending = render_next_to_review(shown, rows_shown, key=key)

    def remember_selection():
        # a callback runs before the rerun, so the article marks the quote at once
        st.session_state.pop(state.REVIEW_AT, None)  # a row picked by hand ends the review walk
        chosen = st.session_state.get(f"{key}-table")
        picked = chosen.selection.rows if chosen is not None else []
        if picked and picked[0] < len(rows_shown):
            st.session_state[SELECTED_KEY] = rows_shown[picked[0]]
        else:
            st.session_state.pop(SELECTED_KEY, None)

    table = shown[columns].reset_index(drop=True)
    table["kind"] = table["kind"].map(lambda k: t(f"kind_{k}"))  # the interface's language, not the code's
    event = st.dataframe(
        table,
        key=f"{key}-table",
        on_select=remember_selection,
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            "document": st.column_config.TextColumn(t("col_document")),
            "speaker": st.column_config.TextColumn(t("col_speaker"), pinned=True),
            "quote": st.column_config.TextColumn(t("col_quote"), width="large"),
            "kind": st.column_config.TextColumn(t("col_kind")),
            "cue": st.column_config.TextColumn(t("col_cue")),
            "mentions": st.column_config.ListColumn(t("col_mentions")),
            "confidence": st.column_config.ProgressColumn(
                t("col_confidence"), min_value=0.0, max_value=1.0, format="%.2f", help=t("confidence_help")
            ),
            "attribution": st.column_config.TextColumn(t("col_attribution")),
            "how": st.column_config.TextColumn(t("how")),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows and rows[0] >= len(shown):  # the table narrowed since the row was picked: nothing is selected
        st.session_state.pop(SELECTED_KEY, None)
        rows = []
    reviewing = st.session_state.get(state.REVIEW_AT)
    if not rows and reviewing is None:
        st.caption(t("select_row"))
        render_fix_picker(docs, shown, key=f"{key}-fix")
        return
    if rows:
        row = shown.iloc[rows[0]]
        doc = next(d for d in docs if d.index == row["doc"])
        quote = next(q for q in doc.analysis.quotes if q.id == row["id"])
        st.markdown(f"**{t('in_context')}**")
    else:
        doc = next(d for d in docs if d.index == reviewing[0])
        quote = next(q for q in doc.analysis.quotes if q.id == reviewing[1])
        place = pending.index(tuple(reviewing)) + 1 if tuple(reviewing) in pending else None
        st.markdown(f"**{t('reviewing', i=place, n=len(pending)) if place else t('in_context')}**")
    st.html(
        highlight_html(
            doc.analysis.text,
            doc.analysis.entities,
            doc.analysis.quotes,
            selected=quote.id,
            window=paragraph_window(doc.analysis.text, quote.start, quote.end),
        )
    )
    render_quote_fixer(doc, quote, key=f"{key}-fix")


def render_fix_picker(docs: list[ShownArticle], shown: pd.DataFrame, *, key: str) -> None:
    """With no row selected: pick any quote of the table to fix it."""
    choices = [(int(d), str(i)) for d, i in zip(shown["doc"], shown["id"], strict=True)]
    by_doc = {d.index: d for d in docs}

    def label(choice):
        doc = by_doc[choice[0]]
        quote = next(q for q in doc.analysis.quotes if q.id == choice[1])
        who = quote.speaker.name if quote.speaker else t("unknown_speaker")
        return f"{choice[1]} · {labelled(who, ' '.join(quote.text.split())[:70])}"

    with st.expander(t("fix_a_quote")):
        picked = st.selectbox(
            t("fix_a_quote"), choices, format_func=label, index=None, key=f"{key}-pick", placeholder=t("select_to_fix")
        )
        if picked is not None:
            doc = by_doc[picked[0]]
            render_quote_fixer(doc, next(q for q in doc.analysis.quotes if q.id == picked[1]), key=key)


def render_quote_fixer(doc: ShownArticle, quote, *, key: str) -> None:
    """Change the speaker (an entity or a typed name) or the kind of the selected quote, or mark it
    "not a quote"; the table, marks, charts, edges and exports follow (no spaCy)."""
    all_edits = st.session_state.setdefault(state.EDITS, {})
    edits = normalise_edits(all_edits.get(doc.digest))
    span = quote_key(quote.start, quote.end)
    unknown, typed = t("unknown_speaker"), t("type_a_name")
    names = sorted({e.name for e in doc.analysis.entities if e.label in ("PERSON", "ORG")})
    current = quote.speaker.name if quote.speaker else unknown
    options = [current, *[n for n in names if n != current], *([unknown] if current != unknown else []), typed]
    with st.form(key=f"{key}-{doc.digest[:8]}-{span}", border=True):
        confidence = "—" if quote.confidence is None else number(quote.confidence, 2)
        how = how_shown(
            quote.method,
            quote.how,
            words=quote.speaker.text if quote.speaker else "",
            name=current,
            corrected=quote.corrected,
            reason=quote.reason,
        )
        st.markdown(
            f"**{t('fix_this_quote')}** · {labelled(t('how'), plain(how or '—'))} · "
            f"{labelled(t('col_confidence'), plain(confidence))}"
        )
        left, middle, right = st.columns([3, 3, 2])
        picked = left.selectbox(t("col_speaker"), options, key=f"{key}-speaker-{span}")
        written = middle.text_input(typed, key=f"{key}-typed-{span}")
        kind = right.selectbox(
            t("col_kind"),
            list(QUOTE_KINDS),
            index=list(QUOTE_KINDS).index(quote.kind),
            format_func=lambda k: t(f"kind_{k}"),
            key=f"{key}-kind-{span}",
        )
        apply, remove = st.columns(2)
        applied = apply.form_submit_button(t("apply_fix"), type="primary")
        removed = remove.form_submit_button(t("not_a_quote"))
    if not (applied or removed):
        return
    fix = dict(edits["quotes"].get(span, {}))
    if removed:
        fix["removed"] = True
    else:
        name = written.strip() if picked == typed else ("" if picked == unknown else picked)
        if picked == typed and not name:
            st.warning(t("type_a_name_first"))
            return
        if kind != quote.kind:
            fix["kind"] = kind
        if name != (quote.speaker.name if quote.speaker else "") or not fix:
            fix["speaker"] = name  # unchanged and applied: the analyst confirms the speaker (checked)
    if fix:
        edits["quotes"][span] = fix
        all_edits[doc.digest] = edits
        st.session_state.pop(SELECTED_KEY, None)
        st.rerun()
