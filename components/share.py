"""Share links: the Share button, and opening `?a=<token>` (or `?delete=<token>`) from the URL.

The store is `whosaid.store.ShareStore` (one per process). Opening a link reads the snapshot and
builds the analysis from its parsed records: no spaCy runs. A colleague's corrections stay in their
session; the sharer's snapshot never changes (sharing again makes a new link).
"""

from __future__ import annotations

import logging
import time
from urllib.parse import urlencode

import streamlit as st

from components import state
from components.cache import text_digest
from components.i18n import UI_LANGUAGES, current, t
from components.text import plain
from whosaid.store import (
    MAX_SHARE_BYTES,
    SharedDocument,
    ShareError,
    ShareStore,
    make_snapshot,
    read_snapshot,
    share_days,
)

log = logging.getLogger("whosaid.share")
MAX_SHARES_PER_HOUR = 20
LINK_PARAM, DELETE_PARAM, DRAFT_PARAM = "a", "delete", "d"


@st.cache_resource(show_spinner=False)
def get_store() -> ShareStore:
    """The process's share store (the schema is upgraded when it opens)."""
    return ShareStore()


def _store() -> ShareStore | None:
    try:
        return get_store()
    except Exception as err:  # an unreachable database: a message, not a traceback
        log.error("the share store cannot be opened (%s)", type(err).__name__)
        st.error(t("share_store_down"))
        return None


def link_for(params: dict) -> str:
    """An absolute link to this app with `params` (the page's own address, else a relative one)."""
    base = (getattr(st.context, "url", None) or "").split("?", 1)[0]
    return f"{base}?{urlencode(params)}"


def open_from_url() -> tuple[list[SharedDocument], dict] | None:
    """Handle `?delete=` and `?a=` in the URL: the shared documents and state, or None (with a
    plain message for a bad, deleted or expired link)."""
    params = st.query_params
    if DELETE_PARAM in params:
        token = params.get(DELETE_PARAM)
        store = _store()
        if store is not None:
            done = store.delete(token)
            st.session_state.pop(state.SHARED, None)  # nothing of a deleted share stays cached here
            (st.success if done else st.info)(t("share_deleted_now" if done else "share_delete_unknown"))
        del st.query_params[DELETE_PARAM]
        return None
    if not params.get(LINK_PARAM) and params.get(DRAFT_PARAM) and st.session_state.get(state.MODE):
        return None  # the page's own inputs are in use: the draft follows them, it does not replace them
    token = params.get(LINK_PARAM) or params.get(DRAFT_PARAM)
    if not token:
        return None
    cache = st.session_state.setdefault(state.SHARED, {})
    if token not in cache:
        store = _store()
        if store is None:
            return None
        try:
            with st.spinner(t("share_opening")):
                documents, ui_state = read_snapshot(store.load(token))
        except ShareError as err:
            st.error(plain(str(err)))
            return None
        cache.clear()  # one shared analysis per session at a time
        cache[token] = (documents, ui_state)
        if params.get(DRAFT_PARAM) == token:  # one's own draft after a reload: keep saving into it
            st.session_state[state.DRAFT] = {"token": token, "fingerprint": fingerprint(documents, ui_state)}
        # the colleague starts from the sharer's corrections, then keeps their own
        edits = st.session_state.setdefault(state.EDITS, {})
        for document in documents:
            edits[text_digest(document.parsed.text)] = document.edits
        if "document" in ui_state:
            st.session_state[state.DOCUMENT] = ui_state["document"]
        restore_language = ui_state.get("ui_language")  # one's own draft's (a share keeps the colleague's)
        if params.get(DRAFT_PARAM) == token and restore_language in UI_LANGUAGES and restore_language != current():
            st.session_state[state.PENDING_UI_LANGUAGE] = restore_language  # the switch is drawn already:
            st.rerun()  # it takes the language on the next run
    return cache[token]


def fingerprint(documents: list[SharedDocument], ui_state: dict | None = None) -> str:
    """What a draft holds (texts, corrections, the document shown), to save it again only when it changed."""
    import hashlib
    import json

    body = json.dumps(
        [[[text_digest(d.parsed.text), d.edits] for d in documents], ui_state or {}], sort_keys=True, default=str
    )
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def autosave_draft(documents: list[SharedDocument], *, ui_state: dict) -> None:
    """Keep the page's work in a private draft (`?d=<token>` in the URL), so a reload brings back the
    analysis and its corrections; saved again only when something changed. Never blocks the page."""
    if not documents or st.query_params.get(LINK_PARAM):
        return  # a colleague's view of a share is theirs to keep or not: nothing is saved
    draft = st.session_state.get(state.DRAFT)
    mark = fingerprint(documents, ui_state)
    if draft and draft["fingerprint"] == mark and st.query_params.get(DRAFT_PARAM) == draft["token"]:
        return
    try:
        store = get_store()
        snapshot = make_snapshot(documents, state=ui_state)
        if draft:
            store.update(draft["token"], snapshot)
            token = draft["token"]
        else:
            token = store.save(snapshot, kind="draft").token
    except Exception as err:  # the work is still on the page; the next change tries again
        log.warning("the draft could not be saved (%s)", type(err).__name__)
        return
    st.session_state[state.DRAFT] = {"token": token, "fingerprint": mark}
    st.query_params[DRAFT_PARAM] = token
    cache = st.session_state.setdefault(state.SHARED, {})
    cache.clear()
    cache[token] = (documents, ui_state)


def is_draft() -> bool:
    """Whether the page shows one's own autosaved draft (not a colleague's share)."""
    return not st.query_params.get(LINK_PARAM) and bool(st.query_params.get(DRAFT_PARAM))


def leave_shared() -> None:
    """Back to an empty page of one's own (the shared link and the draft stay valid)."""
    st.query_params.clear()
    st.session_state.pop(state.SHARED, None)
    st.session_state.pop(state.LAST_SHARE, None)
    st.session_state.pop(state.DRAFT, None)


def render_share(documents: list[SharedDocument], *, ui_state: dict, key: str) -> None:
    """The Share button for what the page shows, and the links of the share just made."""
    st.subheader(t("share_title"))
    st.caption(t("share_caption", n=len(documents)))
    if st.button(t("share_button", n=len(documents)), key=f"{key}-share", type="primary"):
        times = [s for s in st.session_state.get(state.SHARE_TIMES, []) if s > time.time() - 3600]
        store = _store()
        if len(times) >= MAX_SHARES_PER_HOUR:
            st.error(t("share_rate", n=MAX_SHARES_PER_HOUR))
        elif store is not None:
            try:
                with st.spinner(t("share_saving")):
                    saved = store.save(make_snapshot(documents, state=ui_state), days=share_days())
            except ShareError as err:
                st.error(plain(str(err)))
            except Exception as err:
                # the error's class only: a database error's text would carry the statement's values
                log.error("a share could not be saved (%s)", type(err).__name__)
                st.error(t("share_store_down"))
            else:
                st.session_state[state.SHARE_TIMES] = [*times, time.time()]
                st.session_state[state.LAST_SHARE] = {
                    "link": link_for({LINK_PARAM: saved.token}),
                    "delete": link_for({DELETE_PARAM: saved.delete_token}),
                    "expires": saved.expires_at.date().isoformat() if saved.expires_at else "",
                }
                st.query_params[LINK_PARAM] = saved.token
                if DRAFT_PARAM in st.query_params:
                    del st.query_params[DRAFT_PARAM]
                st.session_state.setdefault(state.SHARED, {}).clear()
                st.session_state[state.SHARED][saved.token] = (documents, ui_state)
    last = st.session_state.get(state.LAST_SHARE)
    if last:
        st.success(t("share_done"))
        st.code(last["link"], language=None)
        st.caption(t("share_delete_hint"))
        st.code(last["delete"], language=None)
        if last["expires"]:
            st.caption(t("share_expires", date=last["expires"]))


__all__ = ["MAX_SHARE_BYTES", "autosave_draft", "is_draft", "leave_shared", "open_from_url", "render_share"]
