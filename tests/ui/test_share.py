"""Share links under AppTest: share, open in a fresh session without spaCy, correct, delete, bad links."""

from __future__ import annotations

import re

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from components import cache, state
from tests.files import ARTICLE_EN, ARTICLE_FR
from tests.ui.test_app import APP, app, paste, quote_rows, shown

pytestmark = pytest.mark.model


def entity_names(at: AppTest) -> set[str]:
    return set(next(df.value for df in at.dataframe if "type" in df.value.columns)["name"])


def share(at: AppTest) -> dict:
    at.button(key="share-share").click().run()
    assert not at.exception
    last = at.session_state[state.LAST_SHARE]
    assert last["link"].endswith("?a=" + at.query_params["a"])
    return last


def open_link(token: str, param: str = "a") -> AppTest:
    fresh = AppTest.from_file(APP, default_timeout=180)
    fresh.query_params[param] = token
    fresh.run()
    assert not fresh.exception
    return fresh


def test_a_shared_analysis_opens_the_same_with_the_fix_and_no_parse(lavrov_text):
    at = paste(app(), lavrov_text)
    at.selectbox(key="entities-rename-source").select("RPDC").run()
    at.text_input(key="entities-rename-target").input("Corée du Nord (RPDC)").run()
    at.button(key="entities-rename").click().run()
    assert "Corée du Nord (RPDC)" in entity_names(at)
    rows = quote_rows(at)
    last = share(at)
    token = re.search(r"\?a=([\w-]+)", last["link"]).group(1)

    st.cache_data.clear()  # a colleague's server process: nothing parsed in memory
    calls = cache.PARSE_CALLS["count"]
    colleague = open_link(token)
    assert cache.PARSE_CALLS["count"] == calls  # read from the store, no spaCy
    assert "Corée du Nord (RPDC)" in entity_names(colleague)
    assert quote_rows(colleague)[["speaker", "quote"]].equals(rows[["speaker", "quote"]])
    # the colleague keeps correcting in their own view; the link still opens the sharer's analysis
    colleague.selectbox(key="entities-drop-source").select("Corée du Nord (RPDC)").run()
    colleague.button(key="entities-drop").click().run()
    assert "Corée du Nord (RPDC)" not in entity_names(colleague)
    assert "Corée du Nord (RPDC)" in entity_names(open_link(token))


def test_a_corpus_share_keeps_every_article_and_the_corpus_view():
    at = app()
    at.file_uploader(key="in-upload").set_value(
        [("fr.txt", ARTICLE_FR.encode(), "text/plain"), ("en.txt", ARTICLE_EN.encode(), "text/plain")]
    ).run()
    token = re.search(r"\?a=([\w-]+)", share(at)["link"]).group(1)
    colleague = open_link(token)
    assert colleague.selectbox(key="ws_document").value == -1
    assert set(quote_rows(colleague)["document"]) == {"fr", "en"}


def test_the_delete_link_deletes_and_the_share_link_then_says_so(lavrov_text):
    last = share(paste(app(), lavrov_text))
    token = re.search(r"\?a=([\w-]+)", last["link"]).group(1)
    delete_token = re.search(r"\?delete=([\w-]+)", last["delete"]).group(1)
    deleting = open_link(delete_token, "delete")  # opening the link only asks
    assert any("Delete it?" in shown(w) for w in deleting.warning) and not deleting.success
    assert open_link(token).dataframe  # still there
    deleting.button(key="share-delete-yes").click().run()
    assert any("was deleted" in shown(s) for s in deleting.success)
    gone = open_link(token)
    assert [shown(e) for e in gone.error] == ["This analysis was deleted by the person who shared it."]


@pytest.mark.parametrize("token", ["", "nope", "' OR 1=1 --", "../../etc/passwd", "x" * 10_000, "ünïcødé" * 5])
def test_a_bad_link_is_a_plain_message(token):
    at = open_link(token)
    if token:
        assert [shown(e) for e in at.error] == [
            "This link opens no analysis: it is not one whosaid made, or it was mistyped."
        ]
    assert not at.exception


def test_shares_per_session_per_hour_are_limited(lavrov_text):
    import time

    from components.share import MAX_SHARES_PER_HOUR

    at = paste(app(), lavrov_text)
    at.session_state[state.SHARE_TIMES] = [time.time()] * MAX_SHARES_PER_HOUR
    at.button(key="share-share").click().run()
    assert any(f"At most {MAX_SHARES_PER_HOUR} shares per hour" in shown(e) for e in at.error)
    assert state.LAST_SHARE not in at.session_state


def test_more_files_than_the_limit_are_named_in_one_message():
    from components.inputs import MAX_FILES

    at = app()
    files = [(f"{i}.txt", ARTICLE_EN.encode(), "text/plain") for i in range(MAX_FILES + 2)]
    at.file_uploader(key="in-upload").set_value(files).run()
    assert not at.exception
    assert any(f"at most {MAX_FILES} per analysis" in shown(e) for e in at.error)


def test_a_reload_keeps_the_analysis_and_its_corrections_through_the_draft(lavrov_text):
    at = paste(app(), lavrov_text)
    at.selectbox(key="entities-rename-source").select("RPDC").run()
    at.text_input(key="entities-rename-target").input("Corée du Nord (RPDC)").run()
    at.button(key="entities-rename").click().run()
    token = at.query_params["d"]
    assert token and "a" not in at.query_params
    st.cache_data.clear()
    calls = cache.PARSE_CALLS["count"]
    reloaded = open_link(token, "d")  # a new session on the same URL
    assert cache.PARSE_CALLS["count"] == calls
    assert any("restored from its link" in i.value for i in reloaded.info)
    assert "Corée du Nord (RPDC)" in entity_names(reloaded)
    # a new session does not hold the draft's write token: its corrections go into a copy of its own
    reloaded.selectbox(key="entities-drop-source").select("Corée du Nord (RPDC)").run()
    reloaded.button(key="entities-drop").click().run()
    copy = reloaded.query_params["d"]
    assert copy != token
    assert "Corée du Nord (RPDC)" not in entity_names(open_link(copy, "d"))
    assert "Corée du Nord (RPDC)" in entity_names(open_link(token, "d"))  # the link opened is unchanged
    # and the copy is the session's own: later corrections update it in place
    reloaded.selectbox(key="entities-drop-source").select("Moscou").run()
    reloaded.button(key="entities-drop").click().run()
    assert reloaded.query_params["d"] == copy
    assert any("restored from its autosaved draft" in i.value for i in reloaded.info)


def test_a_colleague_with_the_address_bar_link_never_writes_into_the_owners_draft(lavrov_text):
    owner = paste(app(), lavrov_text)
    owner.selectbox(key="entities-drop-source").select("Moscou").run()
    owner.button(key="entities-drop").click().run()
    draft = owner.query_params["d"]
    colleague = open_link(draft, "d")
    assert not any("Your analysis" in i.value for i in colleague.info)
    colleague.selectbox(key="entities-drop-source").select("RPDC").run()
    colleague.button(key="entities-drop").click().run()
    assert colleague.query_params["d"] != draft
    names = entity_names(open_link(draft, "d"))
    assert "RPDC" in names and "Moscou" not in names  # the owner's draft, untouched
    # the owner goes on saving into their own draft
    owner.selectbox(key="entities-drop-source").select("RPDC").run()
    owner.button(key="entities-drop").click().run()
    assert owner.query_params["d"] == draft and "RPDC" not in entity_names(open_link(draft, "d"))


def test_a_share_token_in_the_draft_parameter_is_not_called_your_analysis(lavrov_text):
    last = share(paste(app(), lavrov_text))
    token = re.search(r"\?a=([\w-]+)", last["link"]).group(1)
    opened = open_link(token, "d")
    assert any("Shared analysis" in i.value for i in opened.info)
    assert not any("Your analysis" in i.value or "restored" in i.value for i in opened.info)


def test_corrections_after_sharing_keep_saving_and_survive_a_reload(lavrov_text):
    at = paste(app(), lavrov_text)
    last = share(at)
    token, draft = at.query_params["a"], at.query_params["d"]
    at.selectbox(key="entities-drop-source").select("Moscou").run()
    at.button(key="entities-drop").click().run()
    assert at.query_params["d"] == draft and at.query_params["a"] == token
    reloaded = AppTest.from_file(APP, default_timeout=180)
    reloaded.query_params["a"], reloaded.query_params["d"] = token, draft
    reloaded.run()
    assert "Moscou" not in entity_names(reloaded)  # the reload shows the sharer's draft
    assert "Moscou" in entity_names(open_link(token))  # the share itself never changes
    # deleting the share leaves the sharer's tab on their draft
    delete_token = re.search(r"\?delete=([\w-]+)", last["delete"]).group(1)
    deleting = open_link(delete_token, "delete")
    deleting.button(key="share-delete-yes").click().run()
    reloaded.run()
    assert not reloaded.error and "Moscou" not in entity_names(reloaded)


def test_a_failing_store_shows_a_message_and_logs_no_content(lavrov_text, monkeypatch, caplog):
    import logging

    from whosaid.store import ShareStore

    def broken(self, snapshot, **kwargs):
        raise RuntimeError("INSERT INTO snapshots VALUES ('Le ministre russe des Affaires étrangères')")

    monkeypatch.setattr(ShareStore, "save", broken)
    at = paste(app(), lavrov_text)
    with caplog.at_level(logging.DEBUG, logger="whosaid.share"):
        at.button(key="share-share").click().run()
    assert not at.exception
    assert any("cannot be reached" in shown(e) for e in at.error)
    assert "ministre" not in caplog.text and "RuntimeError" in caplog.text


def test_a_reload_keeps_the_document_shown_and_ones_interface_language_but_a_share_does_not_impose_it():
    at = app()
    at.file_uploader(key="in-upload").set_value(
        [("fr.txt", ARTICLE_FR.encode(), "text/plain"), ("en.txt", ARTICLE_EN.encode(), "text/plain")]
    ).run()
    at.selectbox(key="ws_document").select(1).run()  # the English article, after the corpus view
    at.sidebar.radio(key=state.UI_LANGUAGE).set_value("fr").run()
    assert not at.exception
    draft = at.query_params["d"]
    reloaded = open_link(draft, "d")
    assert reloaded.selectbox(key="ws_document").value == 1
    assert reloaded.session_state[state.UI_LANGUAGE] == "fr" and "qui a dit quoi" in reloaded.title[0].value
    from components.share import get_store

    store = get_store()
    token = store.save(store.load(draft)).token  # the same snapshot, French interface state, as a share
    colleague = open_link(token)  # the colleague's browser says English: the page stays English
    assert colleague.session_state[state.UI_LANGUAGE] == "en"


def test_a_draft_save_that_fails_is_shown_kept_and_retried(lavrov_text, monkeypatch):
    from whosaid.store import ShareStore

    real_save = ShareStore.save

    def down(self, snapshot, **kwargs):
        raise RuntimeError("connection refused")

    monkeypatch.setattr(ShareStore, "save", down)
    at = paste(app(), lavrov_text)
    at.selectbox(key="entities-drop-source").select("Moscou").run()
    at.button(key="entities-drop").click().run()
    assert any("Not saved" in shown(w) for w in at.warning)
    assert "d" not in at.query_params and "Moscou" not in entity_names(at)  # the work is still on the page
    monkeypatch.setattr(ShareStore, "save", real_save)  # the store is back
    at.run()
    assert not any("Not saved" in shown(w) for w in at.warning)
    assert "Moscou" not in entity_names(open_link(at.query_params["d"], "d"))


def test_the_share_quota_holds_per_client_address_across_reloads_and_per_server(lavrov_text, monkeypatch):
    import time

    from components import share as share_component

    monkeypatch.setattr(share_component, "client_address", lambda: "203.0.113.7")
    monkeypatch.setenv("WHOSAID_SHARES_PER_CLIENT_HOUR", "2")
    monkeypatch.setattr(share_component, "_CLIENT_SHARES", {"203.0.113.7": [time.time()]})
    at = paste(app(), lavrov_text)
    share(at)  # the second share of this address this hour
    fresh = paste(app(), lavrov_text)  # a reload: a new session, the same address
    fresh.button(key="share-share").click().run()
    assert any("This address has made 2 shares" in shown(e) for e in fresh.error)
    assert state.LAST_SHARE not in fresh.session_state

    monkeypatch.setattr(share_component, "client_address", lambda: "198.51.100.9")  # another analyst
    monkeypatch.setenv("WHOSAID_SHARES_PER_SERVER_HOUR", "1")  # the server made one already
    other = paste(app(), lavrov_text)
    other.button(key="share-share").click().run()
    assert any("The server has made 1 shares" in shown(e) for e in other.error)


def test_the_client_address_is_the_forwarded_one_only_behind_a_configured_proxy(monkeypatch):
    from components import share as share_component

    class Context:
        ip_address = "10.0.0.2"
        headers = {"X-Forwarded-For": "203.0.113.7, 10.0.0.1"}

    monkeypatch.setattr(share_component.st, "context", Context())
    monkeypatch.delenv("WHOSAID_BEHIND_PROXY", raising=False)
    assert share_component.client_address() == "10.0.0.2"  # a client can write any header
    monkeypatch.setenv("WHOSAID_BEHIND_PROXY", "1")
    assert share_component.client_address() == "203.0.113.7"


def test_each_analysis_keeps_its_own_draft(lavrov_text):
    at = paste(app(), lavrov_text)
    at.selectbox(key="entities-drop-source").select("Moscou").run()
    at.button(key="entities-drop").click().run()
    first = at.query_params["d"]
    paste(at, ARTICLE_EN)  # a second article, in the same tab
    second = at.query_params["d"]
    assert second != first
    assert "Moscou" not in entity_names(open_link(first, "d"))  # the first analysis and its fix are kept
    assert "John Smith" in entity_names(open_link(second, "d"))


def test_back_to_an_earlier_analysis_shows_it_again_as_ones_own_and_keeps_saving_into_it(lavrov_text):
    at = paste(app(), lavrov_text)
    at.selectbox(key="entities-drop-source").select("Moscou").run()
    at.button(key="entities-drop").click().run()
    first = at.query_params["d"]
    paste(at, ARTICLE_EN)
    second = at.query_params["d"]
    at.query_params["d"] = first  # the browser's Back: the earlier address, the same session
    at.run()
    assert not at.exception
    assert at.query_params["d"] == first  # not overwritten by the analysis the inputs held
    names = entity_names(at)
    assert "Moscou" not in names and "John Smith" not in names and "Sergueï Lavrov" in names
    # still this session's own draft: a new fix is saved into it, not into a copy
    at.selectbox(key="entities-drop-source").select("Pyongyang").run()
    at.button(key="entities-drop").click().run()
    assert at.query_params["d"] == first
    assert "Pyongyang" not in entity_names(open_link(first, "d"))
    at.query_params["d"] = second  # Forward
    at.run()
    assert at.query_params["d"] == second and "John Smith" in entity_names(at)
