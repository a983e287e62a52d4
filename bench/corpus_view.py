"""The corpus view's queries on a synthetic 100,000-article corpus, and the page's time and memory.

    python -m bench.corpus_view                  # 100,000 articles (make bench)
    python -m bench.corpus_view --articles 20000

The tables are generated from the fixtures' own analyses (parsed once), copied with new ids,
content hashes, dates over a year and sources; not by parsing 100,000 articles. Each view's queries
are timed as the page runs them (median of 3), after the corpus is opened; then the page itself
(`bench.corpus_page`) opens the corpus view in a fresh process, whose time and peak memory are printed
apart from the building's.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures"
SHARD = 5_000


def build(articles: int, out: Path) -> None:
    from whosaid.analysis import build_analysis, parse_article
    from whosaid.corpus_input import Row
    from whosaid.corpus_tables import add_article, write_shard

    paths = sorted(FIXTURES.glob("dev*/*.txt"))[:60] or sorted((ROOT / "assets" / "samples").glob("*.txt"))
    bases = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        parsed = parse_article(text)
        bases.append((path.stem, parsed, build_analysis(parsed)))
    rng = random.Random(7)
    sources = ["Wire", "Daily", "Gazette", "Tribune", "Courier", "Monitor"]
    tables = {name: [] for name in ("articles", "quotes", "entities", "mentions", "errors")}
    for n in range(articles):
        stem, parsed, analysis = bases[n % len(bases)]
        day = 1 + rng.randrange(365)
        row = Row(
            f"{stem}-{n}",
            f"{n}",  # a distinct content hash per copy; the text column stays small in this bench
            "bench",
            title=stem,
            date=f"2026-{1 + (day - 1) // 31 % 12:02d}-{1 + day % 28:02d}",
            source=rng.choice(sources),
        )
        add_article(tables, row, analysis, "s", parsed)
        tables["articles"][-1]["text"] = ""
        tables["articles"][-1]["parsed"] = "{}"
        if (n + 1) % SHARD == 0 or n + 1 == articles:
            write_shard(out, f"part-{n // SHARD:05d}", tables)
            tables = {name: [] for name in tables}


def timed(call) -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        call()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    from components.corpus_view import TOP_EDGES, TOP_SPEAKERS, _where
    from whosaid.corpus import open_corpus

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "synthetic"
        start = time.perf_counter()
        build(args.articles, out)
        print(f"corpus view on {args.articles:,} synthetic articles (built in {time.perf_counter() - start:.0f} s):")
        start = time.perf_counter()
        corpus = open_corpus(out)
        print(f"  open (corpus entities computed): {time.perf_counter() - start:.2f} s")
        size = corpus.size()
        print(f"  {size['articles']:,} articles, {size['quotes']:,} quotes, {size['speakers']:,} speakers")
        where, params = _where({"search": "", "review": False})
        filtered, fparams = _where({"search": "minist", "review": True, "sources": ["Wire", "Daily"]})
        views = {
            "header (size)": lambda: corpus.size(),
            "top speakers": lambda: corpus.sql(
                f"select corpus_speaker, speaker_type, count(*), count(distinct content_hash) from corpus_quotes"
                f" where corpus_speaker <> '' and {where} group by 1, 2 order by 3 desc limit {TOP_SPEAKERS}",
                params,
            ).df(),
            "network (top edges)": lambda: corpus.sql(
                "select corpus_source, corpus_target, sum(count) w from corpus_mentions group by 1, 2"
                f" order by w desc limit {TOP_EDGES}"
            ).df(),
            "quotes per month": lambda: corpus.over_time("month"),
            "table page (no filter)": lambda: corpus.sql(
                f"select * from corpus_quotes where {where} order by date desc, content_hash, start limit 50", params
            ).df(),
            "table count + page (search, to review, 2 sources)": lambda: (
                corpus.sql(f"select count(*) from corpus_quotes where {filtered}", fparams).fetchone(),
                corpus.sql(
                    f"select * from corpus_quotes where {filtered} order by date desc, content_hash, start limit 50",
                    fparams,
                ).df(),
            ),
        }
        for name, call in views.items():
            print(f"  {name:52} {timed(call):6.2f} s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory of the process (building the tables included): {peak:,.0f} MB")
        page = subprocess.run(
            [sys.executable, "-m", "bench.corpus_page", str(out.parent), out.name],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        try:
            figures = json.loads(page.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(f"  the page could not be measured: {page.stderr.strip()[-300:]}")
        else:
            print(
                f"  the page (app.py in a fresh process, models warmed up): corpus view drawn in"
                f" {figures['open_s']:.2f} s, a search in {figures['search_s']:.2f} s,"
                f" peak memory {figures['peak_mb']:,.0f} MB"
                + (f"; errors: {figures['errors']}" if figures["errors"] else "")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
