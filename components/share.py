"""Share links and drafts: the Share button, and opening `?a=<share>`, `?d=<draft>` or
`?delete=<token>` (after a confirmation) from the URL.

The store is `whosaid.store.ShareStore` (one per process). Opening a link reads the snapshot and
builds the analysis from its parsed records: no spaCy runs. A colleague's corrections stay in their
session; the sharer's snapshot never changes (sharing again makes a new link). A draft link reads a
draft; only the session that made it holds its write token, so whoever else opens it (a colleague
given the address bar, or the owner after a reload) saves changes into a copy of their own.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from urllib.parse import urlencode

import streamlit as st

from components import state
from components.cache import text_digest
from components.i18n import UI_LANGUAGES, current, describe_error, t
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
MAX_SHARES_PER_HOUR = 20  # per session, and per client address (WHOSAID_SHARES_PER_CLIENT_HOUR)
MAX_SHARES_PER_HOUR_TOTAL = 1000  # on the whole server, every replica (WHOSAID_SHARES_PER_SERVER_HOUR)
MAX_OWN_DRAFTS = 50  # drafts of this session that Back and Forward reopen as its own
_CLIENT_SHARES: dict[str, list[float]] = {}  # client address -> when it shared, in this process
_CLIENT_LOCK = threading.Lock()
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


def _limit(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else default


def client_address() -> str:
    """Who is asking, for the per-client quota: the connection's address; behind a reverse proxy
    (`WHOSAID_BEHIND_PROXY=1`, only then: a client can write any header) the first address of
    `X-Forwarded-For`."""
    if os.environ.get("WHOSAID_BEHIND_PROXY", "").strip() in ("1", "true", "yes"):
        forwarded = (st.context.headers.get("X-Forwarded-For") or "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return getattr(st.context, "ip_address", None) or ""


def share_quota_left(store: ShareStore) -> str | None:
    """None when this session, its client address and the server may share once more; else the
    message key and count of the limit reached. The session's and the client's counts live in this
    process; the server's is counted in the store, across replicas."""
    now = time.time()
    session = [s for s in st.session_state.get(state.SHARE_TIMES, []) if s > now - 3600]
    if len(session) >= MAX_SHARES_PER_HOUR:
        return ("share_rate", MAX_SHARES_PER_HOUR)
    per_client = _limit("WHOSAID_SHARES_PER_CLIENT_HOUR", MAX_SHARES_PER_HOUR)
    address = client_address()  # none known (a test harness): the session's quota holds
    with _CLIENT_LOCK:
        times = [s for s in _CLIENT_SHARES.get(address, []) if s > now - 3600] if address else []
    if len(times) >= per_client:
        return ("share_rate_client", per_client)
    total = _limit("WHOSAID_SHARES_PER_SERVER_HOUR", MAX_SHARES_PER_HOUR_TOTAL)
    if store.shares_since(3600) >= total:
        return ("share_rate_server", total)
    return None


def _count_share() -> None:
    now = time.time()
    st.session_state[state.SHARE_TIMES] = [s for s in st.session_state.get(state.SHARE_TIMES, []) if s > now - 3600] + [
        now
    ]
    address = client_address()
    if not address:
        return
    with _CLIENT_LOCK:
        _CLIENT_SHARES[address] = [s for s in _CLIENT_SHARES.get(address, []) if s > now - 3600] + [now]
        if len(_CLIENT_SHARES) > 10_000:  # forget idle clients
            for key in [k for k, v in _CLIENT_SHARES.items() if not v or v[-1] < now - 3600]:
                del _CLIENT_SHARES[key]


def link_for(params: dict) -> str:
    """An absolute link to this app with `params` (the page's own address, else a relative one)."""
    base = (getattr(st.context, "url", None) or "").split("?", 1)[0]
    return f"{base}?{urlencode(params)}"


def _confirm_delete(token: str) -> None:
    """`?delete=<token>` asks before it deletes: a link preview or a stray click deletes nothing."""
    st.warning(t("share_delete_confirm"))
    yes, no, _ = st.columns([1, 1, 4])
    if yes.button(t("share_delete_yes"), key="share-delete-yes", type="primary"):
        store = _store()
        if store is not None:
            st.session_state[state.DELETE_OUTCOME] = store.delete(token)
            st.session_state.pop(state.SHARED, None)  # nothing of a deleted share stays cached here
        del st.query_params[DELETE_PARAM]
        st.rerun()
    if no.button(t("share_delete_no"), key="share-delete-no"):
        del st.query_params[DELETE_PARAM]
        st.rerun()


def open_from_url() -> tuple[list[SharedDocument], dict] | None:
    """Handle `?delete=`, `?d=` and `?a=` in the URL: the documents and state to show, or None (with a
    plain message for a bad, deleted or expired link). `?d=` (a draft) wins over `?a=`: the sharer's
    own tab keeps showing their draft, also after they delete the share."""
    params = st.query_params
    if DELETE_PARAM in params:
        _confirm_delete(params.get(DELETE_PARAM))
        return None
    outcome = st.session_state.pop(state.DELETE_OUTCOME, None)
    if outcome is not None:
        (st.success if outcome else st.info)(t("share_deleted_now" if outcome else "share_delete_unknown"))
    own = st.session_state.get(state.OWN_DRAFTS, {})
    if params.get(DRAFT_PARAM) and st.session_state.get(state.MODE):
        current_draft = (st.session_state.get(state.DRAFT) or {}).get("token")
        if params.get(DRAFT_PARAM) == current_draft or params.get(DRAFT_PARAM) not in own:
            return None  # the page's own inputs are in use: the draft follows them, it does not replace them
        # the browser's Back (or Forward) reached another analysis of this session: it is shown again
        st.session_state[state.MODE] = None
    token = params.get(DRAFT_PARAM) or params.get(LINK_PARAM)
    if not token:
        return None
    cache = st.session_state.setdefault(state.SHARED, {})
    if token not in cache:
        store = _store()
        if store is None:
            return None
        try:
            with st.spinner(t("share_opening")):
                snapshot, kind = store.open(token)
                documents, ui_state = read_snapshot(snapshot)
        except ShareError as err:
            st.error(plain(describe_error(err)))
            return None
        cache.clear()  # one shared analysis per session at a time
        cache[token] = (documents, ui_state, kind)
        draft = st.session_state.get(state.DRAFT) or {}
        if kind == "draft" and draft.get("token") != token:
            # a draft opened from its link: read, never written, changes are saved as a copy of one's own;
            # one this session made (Back to an earlier analysis) stays its own
            st.session_state[state.DRAFT] = {
                "token": token,
                "fingerprint": fingerprint(documents, ui_state),
                "write": own.get(token, {}).get("write"),
                "texts": sorted(text_digest(d.parsed.text) for d in documents),
            }
        # the colleague starts from the sharer's corrections, then keeps their own
        edits = st.session_state.setdefault(state.EDITS, {})
        for document in documents:
            edits[text_digest(document.parsed.text)] = document.edits
        if "document" in ui_state:
            st.session_state[state.DOCUMENT] = ui_state["document"]
        restore_language = ui_state.get("ui_language")  # a draft's (a share keeps the colleague's)
        if kind == "draft" and restore_language in UI_LANGUAGES and restore_language != current():
            st.session_state[state.PENDING_UI_LANGUAGE] = restore_language  # the switch is drawn already:
            st.rerun()  # it takes the language on the next run
    documents, ui_state, _ = cache[token]
    return documents, ui_state


def view_kind() -> str:
    """What the page shows from the URL: "own" (this session's draft, which it saves into), "copy" (a
    draft opened from its link: changes go to a new draft of one's own) or "share"."""
    token = st.query_params.get(DRAFT_PARAM) or st.query_params.get(LINK_PARAM)
    cached = st.session_state.get(state.SHARED, {}).get(token)
    if cached is None or cached[2] != "draft":
        return "share"
    draft = st.session_state.get(state.DRAFT) or {}
    return "own" if draft.get("token") == token and draft.get("write") else "copy"


def fingerprint(documents: list[SharedDocument], ui_state: dict | None = None) -> str:
    """What a draft holds (texts, corrections, the document shown), to save it again only when it changed."""
    import hashlib
    import json

    body = json.dumps(
        [[[text_digest(d.parsed.text), d.edits] for d in documents], ui_state or {}], sort_keys=True, default=str
    )
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def _own_share() -> bool:
    last = st.session_state.get(state.LAST_SHARE) or {}
    return bool(last.get("token")) and last.get("token") == st.query_params.get(LINK_PARAM)


def autosave_draft(documents: list[SharedDocument], *, ui_state: dict, notice=None) -> None:
    """Keep the page's work in a private draft (`?d=<token>` in the URL), so a reload brings back the
    analysis and its corrections; saved again only when something changed. Only the session that
    made a draft writes into it (it holds the draft's write token); a draft opened from its link is
    copied into a new draft at the first change. After sharing, the sharer's work keeps saving. A
    failed save is said on the page and retried at the next run; the work stays in the session."""
    if not documents:
        return
    if st.query_params.get(LINK_PARAM) and not st.query_params.get(DRAFT_PARAM) and not _own_share():
        return  # a colleague's view of a share is theirs to keep or not: nothing is saved
    draft = st.session_state.get(state.DRAFT) or {}
    mark = fingerprint(documents, ui_state)
    if draft.get("fingerprint") == mark and st.query_params.get(DRAFT_PARAM) == draft.get("token"):
        return
    texts = sorted(text_digest(d.parsed.text) for d in documents)
    same_analysis = draft.get("texts", texts) == texts  # other articles: another analysis, another draft
    try:
        store = get_store()
        snapshot = make_snapshot(documents, state=ui_state)
        if draft.get("write") and same_analysis:
            store.update(draft["token"], snapshot, write_token=draft["write"])
            token, write = draft["token"], draft["write"]
        else:
            saved = store.save(snapshot, kind="draft")
            token, write = saved.token, saved.delete_token
    except Exception as err:  # the work is still on the page; the next run tries again
        log.warning("the draft could not be saved (%s)", type(err).__name__)
        st.session_state[state.SAVE_FAILED] = type(err).__name__
        (notice or st).warning(t("draft_not_saved"))
        return
    st.session_state.pop(state.SAVE_FAILED, None)
    st.session_state[state.DRAFT] = {"token": token, "fingerprint": mark, "write": write, "texts": texts}
    own = st.session_state.setdefault(state.OWN_DRAFTS, {})
    own[token] = {"write": write, "texts": texts}
    while len(own) > MAX_OWN_DRAFTS:  # the oldest first (dicts keep their order)
        del own[next(iter(own))]
    st.query_params[DRAFT_PARAM] = token
    cache = st.session_state.setdefault(state.SHARED, {})
    cache.clear()
    cache[token] = (documents, ui_state, "draft")


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
        store = _store()
        try:
            reached = share_quota_left(store) if store is not None else None
        except Exception as err:  # the server's count could not be read: the store says so below
            log.error("the share quota could not be read (%s)", type(err).__name__)
            reached = None
        if reached is not None:
            st.error(t(reached[0], n=reached[1]))
        elif store is not None:
            try:
                with st.spinner(t("share_saving")):
                    saved = store.save(make_snapshot(documents, state=ui_state), days=share_days())
            except ShareError as err:
                st.error(plain(describe_error(err)))
            except Exception as err:
                # the error's class only: a database error's text would carry the statement's values
                log.error("a share could not be saved (%s)", type(err).__name__)
                st.error(t("share_store_down"))
            else:
                _count_share()
                st.session_state[state.LAST_SHARE] = {
                    "token": saved.token,
                    "link": link_for({LINK_PARAM: saved.token}),
                    "delete": link_for({DELETE_PARAM: saved.delete_token}),
                    "expires": saved.expires_at.date().isoformat() if saved.expires_at else "",
                }
                # the draft stays in the URL: the sharer's later corrections keep saving into it
                st.query_params[LINK_PARAM] = saved.token
    last = st.session_state.get(state.LAST_SHARE)
    if last:
        st.success(t("share_done"))
        st.code(last["link"], language=None)
        st.caption(t("share_delete_hint"))
        st.code(last["delete"], language=None)
        if last["expires"]:
            st.caption(t("share_expires", date=last["expires"]))


__all__ = [
    "MAX_SHARE_BYTES",
    "autosave_draft",
    "leave_shared",
    "open_from_url",
    "render_share",
    "view_kind",
]
