"""Score every development set per language with the project's scorer, and optionally keep predictions.

    python bench/score_sets.py                 # dev, dev2, dev3 × fr, en: quote F1, speaker, e2e, edge
    python bench/score_sets.py --dump DIR      # also write DIR/<set>/<article>.json (to diff two versions)
    python bench/score_sets.py --errors dev3   # list wrong speakers and missed quotes of one set

The fixtures and the scorer live beside the project in ../shared (or $WHOSAID_SHARED).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))
SETS = ("dev", "dev2", "dev3", "dev4")
LANGUAGES = ("fr", "en")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED / "eval" / "score_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(folder: Path, language: str):
    """(name, gold, predicted dict) for each article of a set in one language."""
    from whosaid import analyze

    for gold_path in sorted(folder.glob(f"{language}_*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold["text_file"]).read_text(encoding="utf-8")
        yield gold_path.name.removesuffix(".gold.json"), gold, text, analyze(text, language=language).to_dict()


def list_errors(scorer, name: str, gold: dict, text: str, pred: dict) -> None:
    matched = dict(scorer.match(gold["quotes"], pred["quotes"]))
    for i, g in enumerate(gold["quotes"]):
        if i not in matched:
            print(f"  MISS {name} [{g['kind']}/{g.get('attribution')}] {g['speaker']!r}: {g['text'][:90]!r}")
            continue
        p = pred["quotes"][matched[i]]
        got = scorer.speaker_name(p)
        if g.get("attribution", "explicit") == "explicit" and not scorer.same_name(
            got, [g["speaker"], *g.get("speaker_aliases", [])]
        ):
            words = (p.get("speaker") or {}).get("text", "")
            print(f"  SPK  {name} gold {g['speaker']!r} got {got!r} (from {words!r}): {g['text'][:70]!r}")
    used = set(matched.values())
    for j, p in enumerate(pred["quotes"]):
        if j not in used:
            print(f"  FP   {name} {scorer.speaker_name(p)!r}: {p['text'][:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, default=None, help="write predictions under this folder")
    parser.add_argument("--errors", choices=SETS, default=None, help="list the errors of one set")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    args = parser.parse_args(argv)
    scorer = load_scorer()
    sets = [args.errors] if args.errors else args.sets
    for set_name in sets:
        for language in args.lang:
            pairs = []
            for name, gold, text, pred in predictions(SHARED / "fixtures" / set_name, language):
                pairs.append((gold, pred))
                if args.dump:
                    target = args.dump / set_name / f"{name}.json"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
                if args.errors:
                    list_errors(scorer, name, gold, text, pred)
            r = scorer.score(pairs)
            print(
                f"{set_name:5} {language}: gold {r['gold_quotes']:3} pred {r['predicted_quotes']:3}  "
                f"quote F1 {r['quote_f1']:.3f}  speaker {r['speaker_accuracy']:.3f}  "
                f"e2e F1 {r['e2e_f1']:.3f}  edge F1 {r['edge_f1']:.3f}  trusted {r['trusted_precision']:.3f}"
                f" @ {r['trusted_coverage']:.2f}  ECE {r['calibration_error']:.3f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
