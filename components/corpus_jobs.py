"""Corpus uploads analysed in the background: a `.jsonl`, `.csv` or `.zip` of articles becomes a
corpus folder while the page stays responsive.

A job runs `whosaid.batch.run_batch` in a thread of the server process, writes its corpus under
`WHOSAID_UPLOADS` (default `data/corpora/`, which the corpus view lists with `WHOSAID_CORPORA`), and
reports after each shard. Its id is in the URL (`?job=`), so a reload finds it again; it can be
cancelled (between shards: what is written stays whole, and running it again resumes). Several
analysts' jobs run side by side; each upload is limited to MAX_ARTICLES articles.
"""

from __future__ import annotations

import io
import logging
import os
import threading
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from components import state
from components.i18n import describe_error, number, t
from components.inputs import render_uploader_texts
from components.text import plain
from whosaid.batch import Summary
from whosaid.corpus_input import FILE_SUFFIXES

MAX_ARTICLES = 2_000  # articles in one upload: a larger corpus is a job for `python -m whosaid batch`
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
MAX_ZIP_INFLATED = 400 * 1024 * 1024
JOB_PARAM = "job"
KEEP_ENDED_SECONDS = 24 * 3600  # an ended job's status stays for a reload this long, then is forgotten
MAX_ENDED_JOBS = 200  # and at most this many ended jobs are remembered (the oldest go first)
_JOBS: dict[str, Job] = {}
log = logging.getLogger(__name__)
_LOCK = threading.Lock()


@dataclass
class Job:
    id: str
    name: str
    folder: Path
    total: int
    done: int = 0
    status: str = "running"  # running, done, cancelled, failed
    summary: Summary | None = None  # what the run did, written in the reader's language when shown
    error: Exception | None = None  # why it failed: a coded error is described, any other only logged
    started: float = field(default_factory=time.time)
    ended: float | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


def uploads_folder() -> Path:
    return Path(os.environ.get("WHOSAID_UPLOADS") or "data/corpora")


def _safe_stem(name: str) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(name).stem)[:60].strip("-")
    return stem or "corpus"


def count_articles(data: bytes, name: str) -> int:
    """How many articles an upload holds (lines of a JSONL, rows of a CSV, article files of a zip)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".jsonl":
        return sum(1 for line in data.splitlines() if line.strip())
    if suffix == ".csv":
        import csv

        from whosaid.ingest import MAX_CHARS

        csv.field_size_limit(max(csv.field_size_limit(), MAX_CHARS * 4))
        return sum(1 for _ in csv.DictReader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline="")))
    if suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(1 for i in archive.infolist() if Path(i.filename).suffix.lower() in FILE_SUFFIXES)
    raise ValueError(name)


def _unzip(data: bytes, target: Path) -> None:
    """The article files of a zip, with the size limits a zip bomb would break."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [i for i in archive.infolist() if Path(i.filename).suffix.lower() in FILE_SUFFIXES and not i.is_dir()]
        if sum(i.file_size for i in members) > MAX_ZIP_INFLATED:
            raise ValueError("the zip expands past the limit")
        for number, info in enumerate(members):
            out = target / f"{number:05d}-{_safe_stem(info.filename)}{Path(info.filename).suffix.lower()}"
            with archive.open(info) as source, out.open("wb") as sink:
                written = 0
                while chunk := source.read(1024 * 1024):
                    written += len(chunk)
                    if written > MAX_ZIP_INFLATED:
                        raise ValueError("the zip expands past the limit")
                    sink.write(chunk)


def start_job(data: bytes, name: str) -> Job:
    """Check an upload and start its analysis in the background (ValueError with a message key)."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError(t("corpus_upload_large", mb=MAX_UPLOAD_BYTES // (1024 * 1024)))
    try:
        total = count_articles(data, name)
    except (ValueError, zipfile.BadZipFile, UnicodeDecodeError) as err:
        raise ValueError(t("corpus_upload_unreadable", name=name)) from err
    if total == 0:
        raise ValueError(t("corpus_upload_empty", name=name))
    if total > MAX_ARTICLES:
        raise ValueError(t("corpus_upload_many", n=f"{total:,}", max=f"{MAX_ARTICLES:,}"))
    job_id = uuid.uuid4().hex[:12]
    folder = uploads_folder() / f"{_safe_stem(name)}-{time.strftime('%Y%m%d-%H%M%S')}-{job_id[:4]}"
    inbox = uploads_folder() / ".inbox" / job_id
    inbox.mkdir(parents=True, exist_ok=True)
    if name.lower().endswith(".zip"):
        try:
            _unzip(data, inbox)
        except (ValueError, zipfile.BadZipFile, OSError) as err:
            raise ValueError(t("corpus_upload_unreadable", name=name)) from err
        inputs = [inbox]
    else:
        path = inbox / f"upload{Path(name).suffix.lower()}"
        path.write_bytes(data)
        inputs = [path]
    job = Job(job_id, name, folder, total)
    with _LOCK:
        prune_jobs()
        _JOBS[job_id] = job
    threading.Thread(target=_run, args=(job, inputs), name=f"whosaid-job-{job_id}", daemon=True).start()
    return job


def _run(job: Job, inputs: list[Path]) -> None:
    from whosaid.batch import run_batch

    def progress(summary: Summary) -> None:
        job.done = summary.analysed + summary.errors + summary.duplicates

    try:
        summary = run_batch(inputs, job.folder, shard_size=50, on_shard=progress, stop=job.cancel.is_set)
        job.done = summary.analysed + summary.errors + summary.duplicates
        job.summary = summary
        job.status = "cancelled" if job.cancel.is_set() else "done"
    except Exception as err:  # the job fails with a message; the page and the other jobs go on
        log.exception("corpus job %s failed", job.id)
        job.status, job.error = "failed", err
    finally:
        job.ended = time.time()
        import shutil

        for path in inputs:  # the uploaded copy is analysed: the corpus folder is what stays
            shutil.rmtree(path if path.is_dir() else path.parent, ignore_errors=True)


def prune_jobs(now: float | None = None) -> None:
    """Forget ended jobs older than KEEP_ENDED_SECONDS, and the oldest beyond MAX_ENDED_JOBS (their
    corpus folders stay: only the status a reload would show goes). Call with `_LOCK` held."""
    now = time.time() if now is None else now
    ended = sorted((job.ended, job_id) for job_id, job in _JOBS.items() if job.ended is not None)
    for position, (when, job_id) in enumerate(ended):
        if now - when > KEEP_ENDED_SECONDS or position < len(ended) - MAX_ENDED_JOBS:
            del _JOBS[job_id]


def job_of(job_id: str | None) -> Job | None:
    with _LOCK:
        return _JOBS.get(job_id or "")


def render_upload(*, key: str) -> None:
    """The upload box, and the job of this page (found again from the URL after a reload)."""
    job = job_of(st.query_params.get(JOB_PARAM))
    with st.expander(t("corpus_upload_title"), expanded=job is not None and job.status == "running"):
        st.caption(t("corpus_upload_caption", max=f"{MAX_ARTICLES:,}"))
        render_uploader_texts(["jsonl", "csv", "zip"])
        upload = st.file_uploader(t("corpus_upload_label"), type=["jsonl", "csv", "zip"], key=f"{key}-file")
        if upload is not None and st.button(t("corpus_upload_start"), key=f"{key}-start", type="primary"):
            try:
                job = start_job(upload.getvalue(), upload.name)
            except ValueError as err:
                st.error(plain(str(err)))
            else:
                st.query_params[JOB_PARAM] = job.id
                st.rerun()
    if job is not None:
        _job_status(job.id, key=key)


def job_outcome(job: Job) -> str:
    """What an ended job did, in the interface's language: the run's counts, or why it failed (a
    coded error described, any other said without its class, which goes to the log)."""
    if job.error is not None:
        return describe_error(job.error) if getattr(job.error, "code", "") else t("corpus_job_failed_unknown")
    s = job.summary
    if s is None:
        return ""
    return t(
        "corpus_job_summary",
        n=s.analysed,
        quotes=s.quotes,
        errors=s.errors,
        skipped=s.skipped,
        duplicates=s.duplicates,
        seconds=number(s.seconds, 1),
    )


@st.fragment(run_every=1.0)
def _job_status(job_id: str, *, key: str) -> None:
    """The job's progress, redrawn every second on its own (the rest of the page does not rerun)."""
    job = job_of(job_id)
    if job is None:
        return
    share = min(1.0, job.done / job.total) if job.total else 0.0
    label = t(f"corpus_job_{job.status}", name=job.name, done=f"{job.done:,}", total=f"{job.total:,}")
    if job.status == "running":
        st.progress(share, text=plain(label))
        if st.button(t("corpus_job_cancel"), key=f"{key}-cancel-{job.id}"):
            job.cancel.set()
    else:
        (st.success if job.status == "done" else st.warning)(plain(f"{label} {job_outcome(job)}"))
        if st.button(t("corpus_job_open"), key=f"{key}-open-{job.id}") and job.status == "done":
            st.session_state[state.CORPUS_PENDING] = job.folder.name  # picked before the selectbox is drawn
            st.rerun(scope="app")
