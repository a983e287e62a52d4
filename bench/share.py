"""Share-store figures: time to open a 10-article share (no spaCy: read, decompress, rebuild), and
the stored size per article.

    python bench/share.py            # SQLite in a temporary folder (WHOSAID_DATABASE_URL to choose)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 10


def main() -> int:
    from whosaid.analysis import build_analysis, parse_article
    from whosaid.store import SharedDocument, ShareStore, make_snapshot, read_snapshot

    texts = sorted((ROOT / "assets" / "samples").glob("*.txt"))
    fixtures = ROOT.parent / "shared" / "fixtures" / "dev3"
    texts += sorted(fixtures.glob("*.txt")) if fixtures.is_dir() else []
    texts = (texts * ARTICLES)[:ARTICLES]
    documents = [SharedDocument(p.name, parse_article(p.read_text(encoding="utf-8")), {}) for p in texts]
    with tempfile.TemporaryDirectory() as folder:
        store = ShareStore(os.environ.get("WHOSAID_DATABASE_URL") or f"sqlite:///{folder}/bench.db")
        token = store.save(make_snapshot(documents)).token
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            shared, _ = read_snapshot(store.load(token))
            for document in shared:
                build_analysis(document.parsed, aliases=document.edits.get("aliases"), drop=document.edits.get("drop"))
            runs.append(time.perf_counter() - start)
        for n in range(20):  # drafts, some deleted: what a purge removes and what it costs
            saved = store.save(make_snapshot(documents[:1]), kind="draft")
            if n % 2:
                store.delete(saved.delete_token)
        stats = store.stats()
        start = time.perf_counter()
        purged = store.purge()
        purge_ms = 1000 * (time.perf_counter() - start)
        after = store.stats()
    words = sum(len(d.parsed.text.split()) for d in documents)
    print(
        f"share store: open a {ARTICLES}-article share ({words:,} words) in {1000 * statistics.median(runs):.0f} ms "
        f"(median of 5, no spaCy); stored {stats['stored_bytes'] / ARTICLES / 1024:.0f} KB per article (compressed)"
    )
    print(
        f"share store stats: {stats['snapshots']} snapshots ({stats['shares']} shares, {stats['drafts']} drafts), "
        f"{stats['to_purge']} to purge; purge removed {purged} rows in {purge_ms:.1f} ms, {after['snapshots']} left"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
