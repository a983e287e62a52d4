"""Fit the speaker ranking's feature weights with leave-one-set-out cross-validation.

    python -m bench.fit_ranking            # LOSO figures, then the weights fitted on all four sets
    python -m bench.fit_ranking --write    # also write them to whosaid/data/ranking.json

Each article of dev, dev2, dev3 and dev4 is parsed once; a weight vector is then scored by re-running
only the spaCy-free build (`build_analysis`). The search is coordinate descent over a small grid per
(use, feature), maximising mean speaker accuracy plus mean end-to-end F1 over the training cells (set ×
language). For each held-out set the weights are fitted on the other three and scored on it: those
held-out figures are what to expect on articles the weights never saw. The figures of the shipped
weights (fitted on all four) are printed for comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.score_sets import LANGUAGES, SETS, SHARED, load_scorer
from whosaid.analysis import build_analysis, parse_article
from whosaid.ranking import FEATURES, USES, Weights, default_weights

ROOT = Path(__file__).resolve().parent.parent
MIN_GAIN = 0.002  # a step must gain this much (about one quote in a cell): no weight moves for a tie or a hair
GRID = {
    "speaker": (1.0, 2.0, 3.0, 4.0),
    "subject": (1.0, 2.0, 2.5, 3.0, 4.0),
    "mention": (-1.0, 0.0, 0.5, 1.0, 2.0),
    "sentences_back": (-0.2, -0.4, -0.6, -1.0),
    "paragraphs_back": (0.0, -0.5, -1.0, -2.0),
    "gender_agrees": (0.0, 0.5, 1.5, 3.0),
    "organisation": (-1.0, -2.0, -4.0, -8.0),
    "introduced": (0.0, 0.5, 1.0),
    "as_written": (-100.0, -4.0, 0.0, 2.0, 3.0, 4.0, 6.0),  # -100: the phrase as written never wins
    "alone": (0.0, 1.0, 2.0, 4.0, 6.0),
    "title_shared": (4.0, 10.0, 20.0),  # the text giving a person these words is evidence for, never against
    "name_agrees": (0.0, 0.25, 0.5),  # a first name is weaker evidence than what the text shows (gender_agrees)
    "name_clashes": (0.0, -1.0, -3.0, -6.0),
}
# (use, feature) -> its own grid, where a principle fixes the sign: a voice of an organisation ("a
# spokesperson", « la direction ») speaks for the organisation the context names, when there is one; a
# first name alone never makes a title a person (it only counts against one: "Kim" is a family name too)
USE_GRID = {("role", "as_written"): (-100.0, -8.0, -4.0, -2.0, 0.0), ("title", "name_agrees"): (0.0,)}


def parsed_sets() -> dict[tuple[str, str], list]:
    """(set, language) -> [(gold, ParsedArticle)], each article parsed once."""
    out = {}
    for set_name in SETS:
        for language in LANGUAGES:
            cell = []
            for gold_path in sorted((SHARED / "fixtures" / set_name).glob(f"{language}_*.gold.json")):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                text = gold_path.with_name(gold["text_file"]).read_text(encoding="utf-8")
                cell.append((gold, parse_article(text, language=language)))
            out[(set_name, language)] = cell
    return out


Vector = dict  # use -> Weights


def score_cell(scorer, cell: list, weights: Vector) -> dict:
    return scorer.score([(gold, build_analysis(parsed, weights=weights).to_dict()) for gold, parsed in cell])


def objective(scorer, data: dict, cells: list, weights: Vector) -> float:
    results = [score_cell(scorer, data[c], weights) for c in cells]
    return sum(r["speaker_accuracy"] + r["e2e_f1"] for r in results) / len(results)


def fit(scorer, data: dict, cells: list, start: Vector, passes: int = 2) -> Vector:
    """Coordinate descent over (use, feature), each over its grid, from `start`."""
    current = dict(start)
    best = objective(scorer, data, cells, current)
    for _ in range(passes):
        changed = False
        for use in USES:
            for name in FEATURES:
                for value in USE_GRID.get((use, name), GRID[name]):
                    if value == current[use].values[name]:
                        continue
                    trial = {**current, use: Weights({**current[use].values, name: value})}
                    got = objective(scorer, data, cells, trial)
                    if got > best + MIN_GAIN:
                        best, current, changed = got, trial, True
        if not changed:
            break
    return current


def changes(start: Vector, fitted: dict) -> str:
    """The weights a fit moved from `start`, as "use.feature a→b"."""
    return ", ".join(
        f"{use}.{name} {start[use].values[name]:g}→{value:g}"
        for use in USES
        for name, value in fitted[use].items()
        if value != start[use].values[name]
    )


def as_data(weights: Vector) -> dict:
    return {use: weights[use].values for use in USES}


def leave_one_set_out(scorer, data: dict, start: Vector, passes: int = 2) -> list[dict]:
    """For each set: weights fitted on the other three, and the held-out scores per language (with those
    of the starting weights on the same set, for comparison)."""
    out = []
    for held in SETS:
        weights = fit(scorer, data, [c for c in data if c[0] != held], start, passes)
        for language in LANGUAGES:
            r = score_cell(scorer, data[(held, language)], weights)
            before = score_cell(scorer, data[(held, language)], start)
            out.append(
                {
                    "held_out": held,
                    "language": language,
                    "speaker_accuracy": r["speaker_accuracy"],
                    "e2e_f1": r["e2e_f1"],
                    "start_speaker_accuracy": before["speaker_accuracy"],
                    "weights": as_data(weights),
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all sets")
    parser.add_argument("--passes", type=int, default=2, help="coordinate-descent passes per fit")
    parser.add_argument("--json", action="store_true", help="print only the leave-one-set-out figures, as JSON")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    data = parsed_sets()
    start = {use: default_weights(use) for use in USES}
    folds = leave_one_set_out(scorer, data, start, passes=args.passes)
    if args.json:
        print(json.dumps(folds))
        return 0
    print("leave-one-set-out (weights fitted on the other three sets, scored on the held-out one):")
    for fold in folds:
        print(
            f"  held out {fold['held_out']:5} {fold['language']}: speaker {fold['speaker_accuracy']:.3f} "
            f"(shipped weights {fold['start_speaker_accuracy']:.3f})  e2e F1 {fold['e2e_f1']:.3f}"
            f"  changed: {changes(start, fold['weights']) or 'nothing'}"
        )
    weights = fit(scorer, data, list(data), start, args.passes)
    print(f"fitted on all four sets: {as_data(weights)}")
    for cell in data:
        r = score_cell(scorer, data[cell], weights)
        print(f"  {cell[0]:5} {cell[1]}: speaker {r['speaker_accuracy']:.3f}  e2e F1 {r['e2e_f1']:.3f}")
    if args.write:
        path = ROOT / "whosaid" / "data" / "ranking.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["weights"] = as_data(weights)
        path.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
