"""The share store on SQLite and on a real PostgreSQL server: tokens, deletes, expiry, bad tokens,
concurrency, migrations, and snapshots that reopen without spaCy."""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from whosaid.findings import ParsedArticle, RawMention, RawQuote, SpeakerMention
from whosaid.store import (
    SNAPSHOTS,
    SharedDocument,
    ShareDeleted,
    ShareExpired,
    ShareNotFound,
    ShareStore,
    ShareTooLarge,
    make_snapshot,
    read_snapshot,
    schema_revision,
    token_hash,
)

POSTGRES_URL = os.environ.get(
    "WHOSAID_TEST_POSTGRES_URL", "postgresql+psycopg://postgres:postgres@127.0.0.1:5432/whosaid_test"
)


def _postgres_or_skip() -> str:
    try:
        engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(sa.text("select 1"))
        with engine.begin() as connection:  # a clean schema for this run
            connection.execute(sa.text("drop table if exists snapshots, alembic_version"))
        engine.dispose()
    except Exception as err:
        if os.environ.get("WHOSAID_TEST_POSTGRES_URL") or os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} is required here and cannot be reached: {err}")
        pytest.skip(f"SKIPPED: no PostgreSQL server at {POSTGRES_URL} ({err.__class__.__name__}); .ci/run starts one")
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        ShareStore._upgraded.discard(f"sqlite:///{tmp_path}/whosaid.db")
        return ShareStore(f"sqlite:///{tmp_path}/whosaid.db")
    url = _postgres_or_skip()
    ShareStore._upgraded.discard(url)
    return ShareStore(url)


def parsed(n: int = 0) -> ParsedArticle:
    text = f"Jean Dupont{n} a dit que tout allait bien."
    speaker = SpeakerMention(start=0, end=12, text=f"Jean Dupont{n}", kind="name", name=f"Jean Dupont{n}")
    return ParsedArticle(
        text=text,
        language="fr",
        model="fr_core_news_md 3.8.0",
        mentions=(RawMention(start=0, end=len(f"Jean Dupont{n}"), label="PERSON", model_label="PER"),),
        quotes=(
            RawQuote(
                start=25, end=len(text) - 1, kind="indirect", cue=(13, 19), speaker=speaker, attribution="explicit"
            ),
        ),
        titles=(),
        subjects=(),
        sentences=((0, len(text)),),
    )


def snapshot(n: int = 0, *, edits=None) -> dict:
    return make_snapshot([SharedDocument(f"article-{n}.txt", parsed(n), edits or {})], state={"document": 0})


def test_a_share_reopens_exactly_and_without_spacy(store):
    saved = store.save(snapshot(1, edits={"aliases": {"Jean Dupont1": "J. Dupont"}, "drop": []}))
    documents, state = read_snapshot(store.load(saved.token))
    assert documents == [
        SharedDocument(
            "article-1.txt",
            parsed(1),
            {"aliases": {"Jean Dupont1": "J. Dupont"}, "drop": [], "quotes": {}, "types": {}, "split": []},
        )
    ]
    assert state == {"document": 0}


def test_tokens_are_long_random_and_only_their_hashes_are_stored(store):
    tokens = [store.save(snapshot(i)) for i in range(5)]
    for saved in tokens:
        assert len(saved.token) >= 32 and saved.token != saved.delete_token  # 192 bits, url-safe
    assert len({s.token for s in tokens}) == 5
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(SNAPSHOTS.c.token_hash, SNAPSHOTS.c.delete_hash, SNAPSHOTS.c.payload)).all()
    stored = {value for row in rows for value in row[:2]}
    assert {token_hash(s.token) for s in tokens} <= stored
    assert not any(s.token in stored or s.delete_token in stored for s in tokens)
    assert not any(s.token.encode() in (row[2] or b"") for row in rows for s in tokens)


def test_delete_erases_the_content_and_the_link_says_so(store):
    saved = store.save(snapshot(2))
    assert store.delete(saved.token) is False  # the link token deletes nothing
    assert store.delete(saved.delete_token) is True
    with pytest.raises(ShareDeleted):
        store.load(saved.token)
    assert store.delete(saved.delete_token) is False
    with store.engine.connect() as connection:
        assert (
            connection.execute(
                sa.select(SNAPSHOTS.c.payload).where(SNAPSHOTS.c.token_hash == token_hash(saved.token))
            ).scalar()
            is None
        )


def test_an_expired_link_says_so(store):
    saved = store.save(snapshot(3), days=1)
    assert saved.expires_at is not None
    with store.engine.begin() as connection:
        connection.execute(
            SNAPSHOTS.update()
            .where(SNAPSHOTS.c.token_hash == token_hash(saved.token))
            .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    with pytest.raises(ShareExpired):
        store.load(saved.token)


@pytest.mark.parametrize(
    "token",
    ["", "x" * 10_000, "' OR 1=1 --", "../../etc/passwd", "é" * 40, "a" * 32, None, 42, "%00" * 10, "A" * 19],
)
def test_bad_tokens_are_plainly_not_found(store, token):
    store.save(snapshot(4))
    with pytest.raises(ShareNotFound) as caught:
        store.load(token)
    message = str(caught.value)
    assert "not one whosaid made" in message and "sql" not in message.lower() and "Traceback" not in message


def test_drafts_update_in_place_and_shares_never_change(store):
    draft = store.save(snapshot(5), kind="draft")
    store.update(draft.token, snapshot(6), write_token=draft.delete_token)
    assert read_snapshot(store.load(draft.token))[0][0].name == "article-6.txt"
    assert store.open(draft.token)[1] == "draft"
    share = store.save(snapshot(7))
    assert store.open(share.token)[1] == "share"
    with pytest.raises(ShareNotFound):
        store.update(share.token, snapshot(8), write_token=share.delete_token)


@pytest.mark.parametrize("write_token", ["", "x" * 32, None, "' OR 1=1 --"])
def test_a_draft_link_reads_the_draft_and_never_writes_it(store, write_token):
    from whosaid.store import ShareReadOnly

    draft = store.save(snapshot(5), kind="draft")
    for token in (write_token, draft.token):  # a forged secret, or the link itself
        with pytest.raises(ShareReadOnly):
            store.update(draft.token, snapshot(6), write_token=token)
    assert read_snapshot(store.load(draft.token))[0][0].name == "article-5.txt"


def test_two_hundred_shares_from_eight_threads_are_all_readable(store):
    saved: dict[int, str] = {}
    errors = []
    lock = threading.Lock()

    def work(worker: int):
        try:
            for i in range(worker, 200, 8):
                token = store.save(snapshot(i)).token
                with lock:
                    saved[i] = token
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(saved) == 200
    for i, token in saved.items():  # none lost, none mixed up
        assert read_snapshot(store.load(token))[0][0].name == f"article-{i}.txt"


def test_the_schema_is_made_by_migrations_and_recorded(store):
    assert schema_revision(store.engine) == "0001"
    saved = store.save(snapshot(9))
    with store.engine.connect() as connection:
        row = connection.execute(sa.select(SNAPSHOTS).where(SNAPSHOTS.c.token_hash == token_hash(saved.token))).one()
    assert row.schema == "whosaid.share/1" and row.analysis_schema == "whosaid.analysis/1"
    assert json.loads(row.models) == ["fr_core_news_md 3.8.0"]


def test_a_share_made_with_another_model_still_opens(store):
    old = make_snapshot([SharedDocument("old.txt", parsed(10), {})])
    old["documents"][0]["parsed"]["model"] = "fr_core_news_md 3.7.0"
    documents, _ = read_snapshot(store.load(store.save(old).token))
    assert documents[0].parsed.model == "fr_core_news_md 3.7.0"


def test_an_oversized_share_is_refused_with_a_message(store, monkeypatch):
    import whosaid.store as module

    monkeypatch.setattr(module, "MAX_SHARE_BYTES", 1000)
    with pytest.raises(ShareTooLarge, match="share fewer articles"):
        store.save(make_snapshot([SharedDocument(f"{i}.txt", parsed(i), {}) for i in range(20)]))


def test_sqlite_runs_in_wal_mode(tmp_path):
    store = ShareStore(f"sqlite:///{tmp_path}/wal.db")
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_default_database_is_a_sqlite_file_under_data(monkeypatch):
    from whosaid.store import database_url

    monkeypatch.delenv("WHOSAID_DATABASE_URL", raising=False)
    assert database_url() == "sqlite:///data/whosaid.db"
    monkeypatch.setenv("WHOSAID_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"


# ------------------------------------------------------------------ faults: locks, dead servers, read-only files


def test_a_locked_sqlite_store_fails_after_the_configured_timeout_instead_of_hanging(tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.setenv("WHOSAID_STORE_TIMEOUT", "0.3")
    url = f"sqlite:///{tmp_path}/locked.db"
    store = ShareStore(url)
    other = sqlite3.connect(f"{tmp_path}/locked.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another writer holds the database
    try:
        with pytest.raises(sa.exc.OperationalError):
            store.save(snapshot(1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.load(store.save(snapshot(2)).token)  # and works again once the lock is gone


def test_a_postgresql_store_gets_connect_and_statement_timeouts(monkeypatch):
    from whosaid.store import make_engine

    monkeypatch.setenv("WHOSAID_STORE_TIMEOUT", "2")
    engine = make_engine("postgresql+psycopg://u:p@127.0.0.1:1/none")  # nothing listens there
    with pytest.raises(sa.exc.OperationalError), engine.connect():
        pass


def test_every_store_connection_carries_the_timeout(store, monkeypatch):
    from whosaid.store import make_engine

    monkeypatch.setenv("WHOSAID_STORE_TIMEOUT", "2")
    with make_engine(store.url).connect() as connection:
        if store.url.startswith("sqlite"):
            assert connection.execute(sa.text("PRAGMA busy_timeout")).scalar() == 2000
        else:
            assert connection.execute(sa.text("SHOW statement_timeout")).scalar() == "2s"


@pytest.mark.parametrize("raw, expected", [("", 5.0), ("2.5", 2.5), ("nope", 5.0), ("-1", 5.0), ("100000", 5.0)])
def test_the_store_timeout_is_configurable_with_a_sane_default(monkeypatch, raw, expected):
    from whosaid.store import store_timeout

    monkeypatch.setenv("WHOSAID_STORE_TIMEOUT", raw)
    assert store_timeout() == expected


def test_a_read_only_sqlite_store_still_opens_existing_links(tmp_path):
    writable = ShareStore(f"sqlite:///{tmp_path}/ro.db")
    token = writable.save(snapshot(3)).token
    writable.engine.dispose()
    ShareStore._upgraded.clear()  # as a fresh process would
    read_only = ShareStore(f"sqlite:///file:{tmp_path}/ro.db?mode=ro&uri=true")
    assert read_snapshot(read_only.load(token))[0][0].name == "article-3.txt"
    with pytest.raises(sa.exc.OperationalError):
        read_only.save(snapshot(4))


# ------------------------------------------------------------------ retention


def test_drafts_expire_after_the_configured_days_and_a_save_extends_them(store, monkeypatch):
    monkeypatch.setenv("WHOSAID_DRAFT_DAYS", "7")
    draft = store.save(snapshot(1), kind="draft")
    assert timedelta(days=6) < draft.expires_at - datetime.now(UTC) <= timedelta(days=7)
    assert store.save(snapshot(2)).expires_at is None  # shares keep no expiry unless WHOSAID_SHARE_DAYS says


def test_purge_removes_deleted_and_expired_rows_and_keeps_the_rest(store):
    live_share, live_draft = store.save(snapshot(1)), store.save(snapshot(2), kind="draft")
    deleted = store.save(snapshot(3))
    store.delete(deleted.delete_token)
    expired = store.save(snapshot(4), kind="draft")
    with store.engine.begin() as connection:
        connection.execute(
            SNAPSHOTS.update()
            .where(SNAPSHOTS.c.token_hash == token_hash(expired.token))
            .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    before = store.stats()
    assert before["to_purge"] >= 2
    assert store.purge() >= 2
    after = store.stats()
    assert after["to_purge"] == 0 and after["snapshots"] == before["snapshots"] - before["to_purge"]
    for gone in (deleted, expired):
        with pytest.raises(ShareNotFound):  # the row is gone: the link is now simply unknown
            store.load(gone.token)
    assert store.load(live_share.token) and store.load(live_draft.token)


def test_the_store_purges_when_it_opens(tmp_path):
    url = f"sqlite:///{tmp_path}/purge.db"
    first = ShareStore(url)
    deleted = first.save(snapshot(1))
    first.delete(deleted.delete_token)
    assert first.stats()["to_purge"] == 1
    assert ShareStore(url).stats()["to_purge"] == 0  # a new process's store purged on opening


def test_the_store_command_purges_and_counts(tmp_path, capsys):
    from whosaid.__main__ import main

    url = f"sqlite:///{tmp_path}/cli.db"
    store = ShareStore(url)
    store.save(snapshot(1))
    store.delete(store.save(snapshot(2)).delete_token)
    assert main(["store", "stats", "--url", url]) == 0
    assert "2 snapshots (2 shares, 0 drafts)" in capsys.readouterr().out
    assert main(["store", "purge", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "purged 1 " in out and "1 snapshots" in out and "0 to purge" in out
    assert main(["store", "stats", "--url", "postgresql+psycopg://u:p@127.0.0.1:1/none"]) == 1
    assert "cannot be used" in capsys.readouterr().err


def test_a_store_whose_connections_the_server_dropped_reconnects(store):
    """PostgreSQL restarted (or a proxy cut idle connections): the pool's dead connections are
    replaced, the next save and read work."""
    first = store.save(snapshot(1))
    if store.url.startswith("postgresql"):
        killer = sa.create_engine(store.url)
        with killer.begin() as connection:
            connection.execute(
                sa.text(
                    "select pg_terminate_backend(pid) from pg_stat_activity "
                    "where datname = current_database() and pid <> pg_backend_pid()"
                )
            )
        killer.dispose()
    else:
        store.engine.dispose()  # SQLite: the pool is emptied under it
    second = store.save(snapshot(2))
    assert store.load(first.token) and store.load(second.token)
