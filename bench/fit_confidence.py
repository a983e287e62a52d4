"""Measure how often each attribution method names the right speaker, per language, on every
development set, and store it as the quote's confidence (`whosaid/data/confidence.json`).

    python bench/fit_confidence.py           # per set and method: right / attributed (accuracy)
    python bench/fit_confidence.py --write   # also store the pooled figures

A quote counts when it matches a gold quote whose attribution is explicit; its speaker is right when
the scorer's name match says so. The stored accuracy is smoothed, (right + 1) / (n + 2), so a
method seen a few times does not claim certainty. The per-set lines show whether a figure holds
from one kind of copy (Wikinews, press) to the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_sets import LANGUAGES, ROOT, SETS, SHARED, load_scorer, predictions

TARGET = ROOT / "whosaid" / "data" / "confidence.json"


def count(scorer) -> dict:
    """(set, language, method) -> [right, attributed]."""
    counts: dict = defaultdict(lambda: [0, 0])
    for name in SETS:
        folder = SHARED / "fixtures" / name
        for language in LANGUAGES:
            for _, gold, _, pred in predictions(folder, language):
                for g, p in scorer.match(gold["quotes"], pred["quotes"]):
                    g, p = gold["quotes"][g], pred["quotes"][p]
                    if g.get("attribution", "explicit") != "explicit" or not p.get("speaker"):
                        continue
                    right = scorer.same_name(scorer.speaker_name(p), [g["speaker"], *g.get("speaker_aliases", [])])
                    cell = counts[(name, language, p["method"])]
                    cell[0] += int(right)
                    cell[1] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"store the pooled figures in {TARGET}")
    args = parser.parse_args()
    counts = count(load_scorer())
    pooled: dict = defaultdict(lambda: [0, 0])
    for (name, language, method), (right, n) in sorted(counts.items()):
        print(f"{name:5} {language} {method:12} {right:4}/{n:<4} {right / n:.2f}")
        for scope in (language, "*"):
            pooled[(scope, method)][0] += right
            pooled[(scope, method)][1] += n
    table: dict = defaultdict(dict)
    for (scope, method), (right, n) in sorted(pooled.items()):
        table[scope][method] = {"right": right, "n": n, "accuracy": round((right + 1) / (n + 2), 3)}
        print(f"all   {scope} {method:12} {right:4}/{n:<4} smoothed {table[scope][method]['accuracy']:.2f}")
    if args.write:
        data = {
            "about": "How often each attribution method names the right speaker on the development sets "
            "(dev, dev2, dev3); accuracy = (right + 1) / (n + 2). Written by bench/fit_confidence.py.",
            "languages": table,
        }
        TARGET.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
