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
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures"

BARE = """
import json, sys, time, resource
from whosaid.pipeline import load_pipeline, normalize_for_parser
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n_process = int(sys.argv[2])
start = time.perf_counter()
for code in ("fr", "en"):
    nlp = load_pipeline(code)
    group = [normalize_for_parser(t["text"]) for t in texts if t["lang"] == code]
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
            handle.write(json.dumps({"id": f"a{n}", "text": text + marker, "lang": lang}, ensure_ascii=False) + "\n")
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


def batch(path: Path, out: Path, *args: str) -> dict:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "whosaid", "batch", str(path), "--out", str(out), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    return {"seconds": seconds, "peak_mb": peak}


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
            figures["dask"] = batch(path, folder / "dask", "--engine", "dask", "--workers", "2")
    rate = {k: n / v["seconds"] for k, v in figures.items()}
    share1, share2 = rate["batch1"] / rate["bare1"], rate["batch2"] / rate["bare2"]
    print(f"  bare nlp.pipe, 1 process     {rate['bare1']:6.1f} articles/s")
    print(f"  bare nlp.pipe, 2 processes   {rate['bare2']:6.1f} articles/s")
    print(f"  batch, 1 process             {rate['batch1']:6.1f} articles/s  ({share1:.2f} of bare)")
    print(f"  batch, 2 processes           {rate['batch2']:6.1f} articles/s  ({share2:.2f} of bare)")
    if "dask" in rate:
        print(f"  batch --engine dask, 2 workers {rate['dask']:4.1f} articles/s")
    bare_up, batch_up = rate["bare2"] / rate["bare1"], rate["batch2"] / rate["batch1"]
    print(f"  speed-up of 2 processes over 1: bare {bare_up:.2f}, batch {batch_up:.2f}")
    share = 100 * rerun["seconds"] / first
    print(f"  rerun on the finished corpus: {rerun['seconds']:.1f} s ({share:.1f} % of the first run)")
    peak = max(v["peak_mb"] for v in figures.values())
    print(f"  peak memory of one process: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
