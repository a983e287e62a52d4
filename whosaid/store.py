"""The share store: analyses kept in a real database, opened by an unguessable token.

SQLAlchemy 2 over SQLite by default (`sqlite:///data/whosaid.db`, WAL mode) or any SQLAlchemy URL in
`WHOSAID_DATABASE_URL` (PostgreSQL through psycopg 3 for several app replicas); the schema is made and
upgraded by Alembic migrations (`whosaid/migrations/`) when the store opens.

A snapshot is plain JSON (`whosaid.share/1`): each article's text, name and parsed records
(`whosaid.parsed/1`), the analyst's corrections, and the interface state worth keeping, so opening it
needs no spaCy. It is stored zlib-compressed. The database keeps only SHA-256 hashes of the link and
delete tokens: a leaked database reveals no working link. A bad token of any shape gives
`ShareNotFound`, never a database error; nothing about a share's content is logged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import threading
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from whosaid.errors import WhosaidError
from whosaid.messages import error, message
from whosaid.records import normalise_edits

SHARE_SCHEMA = "whosaid.share/1"
ANALYSIS_SCHEMA = "whosaid.analysis/1"
DEFAULT_URL = "sqlite:///data/whosaid.db"
TOKEN_BYTES = 24  # 192 bits from secrets.token_urlsafe
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{20,64}")
MAX_SHARE_BYTES = 25 * 1024 * 1024  # a share's JSON before compression (about 10 long articles)
KINDS = ("share", "draft")
DEFAULT_TIMEOUT = 5.0  # seconds: connect, lock wait, statement
DEFAULT_DRAFT_DAYS = 30
PURGE_EVERY = timedelta(days=1)  # deleted and expired rows are purged when a store opens and then daily

METADATA = sa.MetaData()
SNAPSHOTS = sa.Table(
    "snapshots",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("delete_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("schema", sa.String(40), nullable=False),
    sa.Column("analysis_schema", sa.String(40), nullable=False),
    sa.Column("models", sa.Text, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("size_bytes", sa.Integer, nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
)


class ShareError(WhosaidError):
    """A share link that opens nothing; the message is safe to show as it is."""


class ShareNotFound(ShareError):
    def __init__(self):
        super().__init__(message("share_not_found"), code="share_not_found")


class ShareDeleted(ShareError):
    def __init__(self):
        super().__init__(message("share_deleted"), code="share_deleted")


class ShareExpired(ShareError):
    def __init__(self):
        super().__init__(message("share_expired"), code="share_expired")


class ShareReadOnly(ShareError):
    def __init__(self):
        super().__init__(message("share_read_only"), code="share_read_only")


class ShareTooLarge(ShareError):
    def __init__(self, size: int):
        params = {"size": round(size / 1e6), "mb": MAX_SHARE_BYTES // (1024 * 1024)}
        super().__init__(message("share_too_large", **params), code="share_too_large", params=params)


@dataclass(frozen=True)
class Saved:
    """What saving gives back: the link token and the private delete token (shown once)."""

    token: str
    delete_token: str
    expires_at: datetime | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def database_url() -> str:
    return os.environ.get("WHOSAID_DATABASE_URL") or DEFAULT_URL


def share_days() -> int | None:
    """Days a new share lasts (`WHOSAID_SHARE_DAYS`), or None for no expiry."""
    raw = os.environ.get("WHOSAID_SHARE_DAYS", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def draft_days() -> int:
    """Days a draft lasts after its last save (`WHOSAID_DRAFT_DAYS`, default 30)."""
    raw = os.environ.get("WHOSAID_DRAFT_DAYS", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_DRAFT_DAYS


def store_timeout() -> float:
    """Seconds the store may take to connect, wait on a lock or run one statement
    (`WHOSAID_STORE_TIMEOUT`, default 5): past it a save fails with a message and is retried, and
    the page never waits longer."""
    raw = os.environ.get("WHOSAID_STORE_TIMEOUT", "").strip()
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if 0 < value <= 600 else DEFAULT_TIMEOUT


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get their folder, WAL mode and a bounded wait on locks;
    PostgreSQL a connect timeout and a statement timeout (`store_timeout`)."""
    timeout = store_timeout()
    if url.startswith("sqlite"):
        path = sa.engine.make_url(url).database
        if path and path != ":memory:" and not path.startswith("file:"):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": timeout, "check_same_thread": False})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            with contextlib.suppress(Exception):  # a read-only database keeps its journal mode, still read
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            cursor.close()

        return engine
    connect_args = {}
    if url.startswith(("postgresql", "postgres")):
        connect_args = {
            "connect_timeout": max(1, round(timeout)),
            "options": f"-c statement_timeout={int(timeout * 1000)} -c lock_timeout={int(timeout * 1000)}",
        }
    return sa.create_engine(url, pool_pre_ping=True, pool_timeout=timeout, connect_args=connect_args)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration (Alembic), inside one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("whosaid") / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


class ShareStore:
    """Shares and drafts in one table; every method is a transaction of its own."""

    _upgraded: set[str] = set()
    _lock = threading.Lock()

    def __init__(self, url: str | None = None, *, engine: Engine | None = None, purge: bool = True):
        self.url = url or database_url()
        self.engine = engine or make_engine(self.url)
        self._purged_at: datetime | None = None
        with self._lock:
            if self.url not in self._upgraded:
                upgrade(self.engine)
                self._upgraded.add(self.url)
        if purge:
            self._purge_now_and_then()
        else:
            self._purged_at = datetime.now(UTC)  # asked not to: not before a day either

    # ------------------------------------------------------------------ retention
    def purge(self, *, now: datetime | None = None) -> int:
        """Remove deleted and expired rows for good; the number removed. (A deleted row has no text
        left already; purging removes the row and its token hashes.)"""
        now = now or datetime.now(UTC)
        with self.engine.begin() as connection:
            done = connection.execute(
                SNAPSHOTS.delete().where(
                    sa.or_(
                        SNAPSHOTS.c.deleted_at.is_not(None),
                        sa.and_(SNAPSHOTS.c.expires_at.is_not(None), SNAPSHOTS.c.expires_at <= now),
                    )
                )
            )
        self._purged_at = now
        return done.rowcount

    def _purge_now_and_then(self) -> None:
        """Purge when the store opens and then at most daily, as saves come; a purge that fails (a
        read-only or busy store) is retried later and never stops a save or a read."""
        now = datetime.now(UTC)
        if self._purged_at is not None and now - self._purged_at < PURGE_EVERY:
            return
        try:
            self.purge(now=now)
        except sa.exc.SQLAlchemyError:
            self._purged_at = now  # not again before a day

    # ------------------------------------------------------------------ writing
    def save(self, snapshot: dict, *, kind: str = "share", days: int | None = None) -> Saved:
        """Store a snapshot; the tokens exist only in what this returns."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        body = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(body) > MAX_SHARE_BYTES:
            raise ShareTooLarge(len(body))
        self._purge_now_and_then()
        token, delete_token = secrets.token_urlsafe(TOKEN_BYTES), secrets.token_urlsafe(TOKEN_BYTES)
        now = datetime.now(UTC)
        days = days or (draft_days() if kind == "draft" else None)
        expires = now + timedelta(days=days) if days else None
        documents = snapshot.get("documents", [])
        models = sorted({d.get("parsed", {}).get("model", "") for d in documents})
        with self.engine.begin() as connection:
            connection.execute(
                SNAPSHOTS.insert().values(
                    token_hash=token_hash(token),
                    delete_hash=token_hash(delete_token),
                    kind=kind,
                    schema=snapshot.get("schema", SHARE_SCHEMA),
                    analysis_schema=ANALYSIS_SCHEMA,
                    models=json.dumps(models),
                    documents=len(documents),
                    size_bytes=len(body),
                    payload=zlib.compress(body, 6),
                    created_at=now,
                    updated_at=now,
                    expires_at=expires,
                    deleted_at=None,
                )
            )
        return Saved(token, delete_token, expires)

    def update(self, token: str, snapshot: dict, *, write_token: str) -> None:
        """Replace a draft's snapshot; only the holder of its write token (the private token `save`
        gave, which also deletes it) may: a link to a draft reads it, never writes it. A share never
        changes (sharing again makes a new link)."""
        row = self._row(token)
        if row.kind != "draft":
            raise ShareNotFound()
        if not _well_formed(write_token) or not secrets.compare_digest(token_hash(write_token), row.delete_hash):
            raise ShareReadOnly()
        body = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(body) > MAX_SHARE_BYTES:
            raise ShareTooLarge(len(body))
        with self.engine.begin() as connection:
            connection.execute(
                SNAPSHOTS.update()
                .where(SNAPSHOTS.c.id == row.id)
                .values(
                    payload=zlib.compress(body, 6),
                    size_bytes=len(body),
                    updated_at=datetime.now(UTC),
                    expires_at=datetime.now(UTC) + timedelta(days=draft_days()),  # a draft in use lives on
                )
            )

    def delete(self, delete_token: str) -> bool:
        """Delete the snapshot of a delete token (its text is erased); False when there is none."""
        if not _well_formed(delete_token):
            return False
        with self.engine.begin() as connection:
            done = connection.execute(
                SNAPSHOTS.update()
                .where(SNAPSHOTS.c.delete_hash == token_hash(delete_token), SNAPSHOTS.c.deleted_at.is_(None))
                .values(payload=None, deleted_at=datetime.now(UTC))
            )
        return done.rowcount == 1

    # ------------------------------------------------------------------ reading
    def load(self, token: object) -> dict:
        """The snapshot of a link token; `ShareNotFound`, `ShareDeleted` or `ShareExpired` otherwise."""
        return self.open(token)[0]

    def open(self, token: object) -> tuple[dict, str]:
        """The snapshot of a link token and its kind ("share" or "draft")."""
        row = self._row(token)
        return json.loads(zlib.decompress(row.payload).decode("utf-8")), row.kind

    def _row(self, token: object):
        if not _well_formed(token):
            raise ShareNotFound()
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    sa.select(SNAPSHOTS).where(SNAPSHOTS.c.token_hash == token_hash(token))
                ).first()
        except sa.exc.SQLAlchemyError as err:
            raise error(ShareError, "share_store_down") from err
        if row is None:
            raise ShareNotFound()
        if row.deleted_at is not None or row.payload is None:
            raise ShareDeleted()
        expires = row.expires_at
        if expires is not None:
            expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)  # SQLite drops the zone
            if expires <= datetime.now(UTC):
                raise ShareExpired()
        return row

    def shares_since(self, seconds: float) -> int:
        """How many shares were made in the last `seconds` (the server-wide quota, across replicas)."""
        since = datetime.now(UTC) - timedelta(seconds=seconds)
        with self.engine.connect() as connection:
            return connection.execute(
                sa.select(sa.func.count()).where(SNAPSHOTS.c.kind == "share", SNAPSHOTS.c.created_at > since)
            ).scalar()

    def stats(self) -> dict:
        """Counts and sizes, for the benchmark and `python -m whosaid store stats` (no content)."""
        now = datetime.now(UTC)
        gone = sa.or_(
            SNAPSHOTS.c.deleted_at.is_not(None),
            sa.and_(SNAPSHOTS.c.expires_at.is_not(None), SNAPSHOTS.c.expires_at <= now),
        )
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.coalesce(sa.func.sum(sa.func.length(SNAPSHOTS.c.payload)), 0),
                    sa.func.coalesce(sa.func.sum(SNAPSHOTS.c.documents), 0),
                    sa.func.count().filter(SNAPSHOTS.c.kind == "share"),
                    sa.func.count().filter(SNAPSHOTS.c.kind == "draft"),
                    sa.func.count().filter(gone),
                )
            ).one()
        return {
            "snapshots": row[0],
            "stored_bytes": int(row[1]),
            "documents": int(row[2]),
            "shares": row[3],
            "drafts": row[4],
            "to_purge": row[5],
        }


def _well_formed(token: object) -> bool:
    return isinstance(token, str) and TOKEN_PATTERN.fullmatch(token) is not None


# ------------------------------------------------------------------ snapshots as plain data


@dataclass(frozen=True)
class SharedDocument:
    """One article of a snapshot: its name, parsed records and the analyst's corrections."""

    name: str
    parsed: object  # whosaid.findings.ParsedArticle
    edits: dict


def make_snapshot(documents: list[SharedDocument], *, state: dict | None = None) -> dict:
    """The JSON-ready snapshot of some analysed articles (`whosaid.share/1`)."""
    from whosaid.findings import parsed_to_dict

    return {
        "schema": SHARE_SCHEMA,
        "analysis_schema": ANALYSIS_SCHEMA,
        "documents": [
            {
                "name": d.name,
                "parsed": parsed_to_dict(d.parsed),
                "edits": normalise_edits(d.edits),
            }
            for d in documents
        ],
        "state": dict(state or {}),
    }


def read_snapshot(snapshot: dict) -> tuple[list[SharedDocument], dict]:
    """The documents and interface state of a snapshot; `ShareNotFound` when it is not one we read."""
    from whosaid.findings import parsed_from_dict

    if snapshot.get("schema") != SHARE_SCHEMA:
        raise ShareNotFound()
    try:
        documents = [
            SharedDocument(
                name=str(d["name"]),
                parsed=parsed_from_dict(d["parsed"]),
                edits=normalise_edits(d["edits"]),
            )
            for d in snapshot["documents"]
        ]
    except (KeyError, TypeError, ValueError) as err:
        raise ShareNotFound() from err
    return documents, dict(snapshot.get("state", {}))
