"""Corpus speed: bare `nlp.pipe` against `python -m whosaid batch`, one and two processes, and the
Dask engine on a two-worker LocalCluster; the rerun on a finished corpus; peak memory per process.

    python -m bench.batch                 # 1,000 articles built from the fixtures (make bench)
    python -m bench.batch --articles 200  # quicker

The articles are the fixtures' texts, each made distinct (a number in a sentence of its own), mixed
French and English as they come. Each figure is one run (articles per second over the whole run),
timed from outside the process: interpreter start, imports and model loads count on every side.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures"
DASK_SHARD = 100  # a Dask task is a whole shard: 10 for 2 workers on 1,000 articles, not 5 (3 rounds for one)

BARE = """
import json, sys, time, resource
from whosaid.pipeline import load_pipeline, normalize_for_parser
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n_process = int(sys.argv[2])
start = time.perf_counter()
for code in ("fr", "en"):
    nlp = load_pipeline(code)
    group = [normalize_for_parser(t["text"]) for t in texts if t["language"] == code]
    for _ in nlp.pipe(group, batch_size=16, n_process=n_process):
        pass
seconds = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024}))
"""


def corpus(articles: int, folder: Path) -> Path:
    """A JSONL of `articles` distinct articles made from the fixtures, with their language."""
    texts = []
    for path in sorted(FIXTURES.glob("dev*/*.txt")) + sorted((ROOT / "assets" / "samples").glob("*.txt")):
        name = path.name
        lang = "en" if name.startswith("en") else "fr"
        texts.append((lang, path.read_text(encoding="utf-8")))
    out = folder / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for n in range(articles):
            lang, text = texts[n % len(texts)]
            marker = f"\n\nRef. {n}." if lang == "en" else f"\n\nRéf. {n}."
            row = {"id": f"a{n}", "text": text + marker, "language": lang}  # as bare spaCy, no detection
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def bare(path: Path, n_process: int) -> dict:
    """Bare spaCy timed as `batch` is, from outside: interpreter start, imports and model loads
    count on both sides."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", BARE, str(path), str(n_process)], capture_output=True, text=True, cwd=ROOT
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["seconds"] = time.perf_counter() - start
    return figures


# runs a command and prints the peak memory of its largest process (itself, a pool or Dask worker)
PEAK = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"  # noqa: E501


def batch(path: Path, out: Path, *args: str) -> dict:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK, sys.executable, "-m", "whosaid", "batch", str(path), "--out", str(out), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": int(done.stdout.strip().splitlines()[-1]) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    n = args.articles
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = corpus(n, folder)
        print(f"corpus speed on {n:,} articles built from the fixtures (articles/s, whole run, model load included):")
        figures = {}
        for processes in (1, 2):
            figures[f"bare{processes}"] = bare(path, processes)
            figures[f"batch{processes}"] = batch(path, folder / f"out{processes}", "--n-process", str(processes))
        first = figures["batch1"]["seconds"]
        rerun = batch(path, folder / "out1")
        if not args.skip_dask:
            dask = ("--engine", "dask", "--workers", "2", "--shard-size", str(DASK_SHARD))
            figures["dask"] = batch(path, folder / "dask", *dask)
    rate = {k: n / v["seconds"] for k, v in figures.items()}
    share1, share2 = rate["batch1"] / rate["bare1"], rate["batch2"] / rate["bare2"]
    peak = {k: f"peak {v['peak_mb']:,.0f} MB per process" for k, v in figures.items()}
    print(f"  bare nlp.pipe, 1 process     {rate['bare1']:6.1f} articles/s              {peak['bare1']}")
    print(f"  bare nlp.pipe, 2 processes   {rate['bare2']:6.1f} articles/s              {peak['bare2']}")
    print(f"  batch, 1 process             {rate['batch1']:6.1f} articles/s  ({share1:.2f} of bare) {peak['batch1']}")
    print(f"  batch, 2 processes           {rate['batch2']:6.1f} articles/s  ({share2:.2f} of bare) {peak['batch2']}")
    if "dask" in rate:
        dask = f"{rate['dask']:6.1f} articles/s              {peak['dask']}, shards of {DASK_SHARD}"
        print(f"  batch --engine dask, 2 workers {dask}")
    bare_up, batch_up = rate["bare2"] / rate["bare1"], rate["batch2"] / rate["batch1"]
    print(f"  speed-up of 2 processes over 1: bare {bare_up:.2f}, batch {batch_up:.2f}")
    share = 100 * rerun["seconds"] / first
    print(f"  rerun on the finished corpus: {rerun['seconds']:.1f} s ({share:.1f} % of the first run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
