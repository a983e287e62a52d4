"""Fit the speaker trust model (a calibrated logistic regression) with leave-one-set-out predictions.

    python -m bench.fit_trust            # held-out figures per set and language, reliability table
    python -m bench.fit_trust --write    # also write whosaid/data/speaker_model.json
    python -m bench.fit_trust --trees    # gradient-boosted trees instead, held-out figures only

Every article of the four development sets is parsed once and built once; each matched explicit
quote with a speaker gives one example: its features (`whosaid.trust.FEATURES`) and whether the
scorer calls its speaker right. For each held-out set, a logistic model is fitted on the other three
sets and its score calibrated (Platt scaling) on their own leave-one-set-out scores: nothing of the
held-out set is seen. The figures printed for it (trusted precision and coverage at 0.7, the share
of wrong speakers that "to review" catches, calibration error) are what to expect on unseen copy of
its kind. `--trees` compares scikit-learn's HistGradientBoostingClassifier (small, `TREES`, and
monotonic in each feature whose direction is a principle, `DIRECTIONS`): held out it sends more wrong
English speakers to review (.32 against .20) but fewer French ones (.39 against .44, none of dev2's),
so it does not hold on every set and the shipped model stays logistic. `--write` fits the model on
all four sets, calibrated on the held-out scores of the press-style sets (`CALIBRATE_ON`).
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from bench.fit_ranking import parsed_sets
from bench.score_sets import LANGUAGES, ROOT, SETS, load_scorer
from whosaid.analysis import build_analysis
from whosaid.trust import FEATURES

TARGET = ROOT / "whosaid" / "data" / "speaker_model.json"
REVIEW = 0.7
C = 0.1  # L2 strength: features are few and correlated, sets small; chosen by leave-one-set-out (see README)
BINS = 10
CALIBRATE_ON = ("dev3", "dev4")  # press-style copy: the calibration's reference
MIN_CALIBRATION = 200  # fewer press-style examples than this: calibrate on every set
# The rules are written on these sets, so even held-out calibration promises too much on copy they have
# never met. Measured once, on dev4: the speakers the rules got right when they first met it (French
# 0.794, English 0.837) against the same set once they had been worked on with it in view (0.938,
# 0.961): the odds of a wrong speaker were 3.9 and 4.8 times higher on unseen copy (real news at the
# same time was worse still: 0.72 and 0.66 right). The probability shown is for unseen copy: its odds
# of being right divided by that ratio (geometric mean of the two languages' ratios).
UNSEEN_ACCURACY = {"fr": (0.794, 0.938), "en": (0.837, 0.961)}  # language -> (first met, tuned)


def error_odds_ratio() -> float:
    """How many times higher the odds of a wrong speaker are on copy the rules have never met."""
    ratios = [(1 - a) / a / ((1 - b) / b) for a, b in UNSEEN_ACCURACY.values()]
    return float(np.exp(np.mean(np.log(ratios))))


UNSEEN_SHIFT = float(np.log(error_odds_ratio()))


def examples(scorer) -> list[dict]:
    """One row per matched explicit quote with a speaker: set, language, features, right."""
    rows = []
    for (set_name, language), cell in parsed_sets().items():
        for gold, parsed in cell:
            analysis = build_analysis(parsed)
            for i, j in scorer.match(gold["quotes"], analysis.to_dict()["quotes"]):
                g, q = gold["quotes"][i], analysis.quotes[j]
                if g.get("attribution", "explicit") != "explicit" or q.speaker is None:
                    continue
                right = scorer.same_name(q.speaker.name, [g["speaker"], *g.get("speaker_aliases", [])])
                rows.append(
                    {
                        "set": set_name,
                        "language": language,
                        "features": dict(q.evidence),
                        "right": int(right),
                        "method": q.method,
                    }
                )
    return rows


def matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r["features"].get(name, 0.0) for name in FEATURES] for r in rows], dtype=float)
    y = np.array([r["right"] for r in rows], dtype=int)
    return x, y


# Fixed once, not searched: shallow trees, a slow rate, leaves of at least 30 quotes, L2 on leaf values.
TREES = {"max_depth": 3, "max_iter": 150, "learning_rate": 0.05, "l2_regularization": 1.0, "min_samples_leaf": 30}
# +1: more of the feature never lowers the probability; -1: never raises it; the rest are free.
DIRECTIONS = {
    "rivals": -1,
    "close_call": -1,
    "sentences_back": -1,
    "paragraphs_back": -1,
    "phrase_in_quote": -1,
    "speaker_place": -1,
    "name_clashes": -1,
    "implicit": -1,
    "gender_agrees": 1,
    "named_elsewhere": 1,
    "alone": 1,
}
TREES_MODEL = False  # --trees: the gradient-boosted comparison (not shipped)


def fit_logistic(rows: list[dict]):
    """The trust model fitted on `rows` (the logistic model, or trees with --trees)."""
    x, y = matrix(rows)
    if not TREES_MODEL:
        return LogisticRegression(C=C, max_iter=2000).fit(x, y)
    directions = [DIRECTIONS.get(name, 0) for name in FEATURES]
    return HistGradientBoostingClassifier(**TREES, monotonic_cst=directions, random_state=0).fit(x, y)


def held_out_scores(rows: list[dict], sets: list[str]) -> np.ndarray:
    """Each row's raw score from a model fitted on the other sets (leave-one-set-out)."""
    scores = np.zeros(len(rows))
    for held in sets:
        train = [r for r in rows if r["set"] != held]
        test = [k for k, r in enumerate(rows) if r["set"] == held]
        if not train or not test:
            continue
        model = fit_logistic(train)
        scores[test] = model.predict_proba(matrix([rows[k] for k in test])[0])[:, 1]
    return scores


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p)).reshape(-1, 1)


class Platt:
    """Platt scaling: a one-feature logistic map of the model's logit."""

    def __init__(self, scores: np.ndarray, y: np.ndarray, shift: float = UNSEEN_SHIFT):
        fitted = LogisticRegression(C=1e6, max_iter=1000).fit(logit(scores), y)
        self.a, self.b = float(fitted.coef_[0][0]), float(fitted.intercept_[0])
        self.shift = shift

    def predict(self, scores: np.ndarray, unseen: bool = True) -> np.ndarray:
        """The calibrated probability, for unseen copy (default) or for copy like the tuned sets."""
        z = self.a * logit(scores).ravel() + self.b - (self.shift if unseen else 0.0)
        return 1.0 / (1.0 + np.exp(-z))


def fit_calibrated(rows: list[dict]) -> tuple[LogisticRegression, Platt]:
    """A logistic model on `rows` and a Platt map fitted on its leave-one-set-out scores, over the
    press-style sets only where there are any (`CALIBRATE_ON`): news is harder than Wikinews, and a
    probability fitted on the easy sets would promise too much on the copy analysts read."""
    sets = sorted({r["set"] for r in rows})
    scores = held_out_scores(rows, sets)
    y = matrix(rows)[1]
    press = np.array([r["set"] in CALIBRATE_ON for r in rows])
    if press.sum() >= MIN_CALIBRATION:
        scores, y = scores[press], y[press]
    return fit_logistic(rows), Platt(scores, y)


def report(label: str, probs: np.ndarray, right: np.ndarray, quiet: bool = False) -> dict:
    trusted = probs >= REVIEW
    wrong = right == 0
    bins = np.minimum((probs * BINS).astype(int), BINS - 1)
    ece = sum(abs(probs[bins == b].mean() - right[bins == b].mean()) * (bins == b).sum() for b in set(bins)) / len(
        probs
    )
    out = {
        "n": int(len(probs)),
        "accuracy": float(right.mean()) if len(right) else 0.0,
        "trusted_precision": float(right[trusted].mean()) if trusted.any() else 0.0,
        "trusted_coverage": float(trusted.mean()) if len(probs) else 0.0,
        "wrong_caught": float((~trusted[wrong]).mean()) if wrong.any() else 1.0,
        "calibration_error": float(ece),
    }
    if quiet:
        return out
    print(
        f"{label:10} n {out['n']:4}  speaker {out['accuracy']:.3f}  trusted {out['trusted_precision']:.3f}"
        f" @ {out['trusted_coverage']:.2f}  wrong caught {out['wrong_caught']:.2f}  ECE {out['calibration_error']:.3f}"
    )
    return out


def reliability(probs: np.ndarray, right: np.ndarray) -> None:
    print("reliability (held-out): bin, quotes, mean confidence, share right")
    bins = np.minimum((probs * BINS).astype(int), BINS - 1)
    for b in range(BINS):
        sel = bins == b
        if sel.any():
            print(
                f"  {b / BINS:.1f}-{(b + 1) / BINS:.1f}  {sel.sum():4}"
                f"  {probs[sel].mean():.2f}  {right[sel].mean():.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"write the model fitted on all sets to {TARGET}")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON: the held-out figures")
    parser.add_argument("--trees", action="store_true", help="gradient-boosted trees instead (compare only)")
    args = parser.parse_args()
    global TREES_MODEL
    TREES_MODEL = args.trees
    rows = examples(load_scorer())
    probs, tuned = np.zeros(len(rows)), np.zeros(len(rows))
    for held in SETS:
        train = [r for r in rows if r["set"] != held]
        test = [k for k, r in enumerate(rows) if r["set"] == held]
        model, calibration = fit_calibrated(train)
        raw = model.predict_proba(matrix([rows[k] for k in test])[0])[:, 1]
        probs[test] = calibration.predict(raw)
        tuned[test] = calibration.predict(raw, unseen=False)
    right = matrix(rows)[1]
    print(
        f"the probability shown is for unseen copy: error odds x{error_odds_ratio():.2f} (log {UNSEEN_SHIFT:.3f})"
        " over the tuned sets' calibration"
    )
    print("without that shift, as if all copy were like the tuned sets (held out):")
    for language in LANGUAGES:
        sel = np.array([r["language"] == language for r in rows])
        report(f"tuned {language}", tuned[sel], right[sel])
    print("leave-one-set-out (model and calibration fitted on the other three sets; shown probability):")
    folds = []
    for held in SETS:
        for language in LANGUAGES:
            sel = np.array([r["set"] == held and r["language"] == language for r in rows])
            fold = {"held_out": held, "language": language, **report(f"{held} {language}", probs[sel], right[sel])}
            # the calibration itself, before the shift to unseen copy, judged on the held-out set
            fold["tuned_calibration_error"] = report("", tuned[sel], right[sel], quiet=True)["calibration_error"]
            folds.append(fold)
    ranks, caught = {}, {}
    for language in LANGUAGES:
        sel = np.array([r["language"] == language for r in rows])
        caught[language] = report(f"all  {language}", probs[sel], right[sel])["wrong_caught"]
        # how well the confidence ranks wrong speakers below right ones, whatever the threshold (1 = all
        # wrong ones lowest, 0.5 = no better than chance): with few wrong speakers left, the share under
        # 0.7 says little, the ranking says what the column is worth for sorting the table
        ranks[language] = float(roc_auc_score(right[sel], probs[sel])) if 0 < right[sel].sum() < sel.sum() else 1.0
        print(f"all  {language}: ranking of wrong below right speakers (ROC AUC) {ranks[language]:.3f}")
    for fold in folds:
        fold["language_auc"] = ranks[fold["language"]]
        fold["language_wrong_caught"] = caught[fold["language"]]
    reliability(probs, right)
    print("per method (held-out): quotes, share right, mean confidence, share trusted")
    for method in sorted({r["method"] for r in rows}):
        sel = np.array([r["method"] == method for r in rows])
        print(
            f"  {method:12} {sel.sum():4}  {right[sel].mean():.2f}  {probs[sel].mean():.2f}"
            f"  {(probs[sel] >= REVIEW).mean():.2f}"
        )
    if TREES_MODEL:
        if args.write:
            print("--trees compares only: nothing written")
    else:
        model, calibration = fit_calibrated(rows)
        print("weights (fitted on all four sets):")
        for name, w in sorted(zip(FEATURES, model.coef_[0], strict=True), key=lambda nw: -abs(nw[1])):
            print(f"  {name:16} {w:+.3f}")
        if args.write:
            data = {
                "about": "Logistic model of whether a quote's speaker is right (features: whosaid.trust.FEATURES), "
                "fitted on the development sets dev, dev2, dev3, dev4, its logit calibrated by Platt scaling "
                "on the leave-one-set-out scores of the press-style sets (dev3, dev4), then shifted by the log "
                "of the error odds ratio measured between copy the rules had never met and the tuned sets "
                "(unseen_shift). Written by bench/fit_trust.py.",
                "weights": {name: round(float(w), 5) for name, w in zip(FEATURES, model.coef_[0], strict=True)},
                "intercept": round(float(model.intercept_[0]), 5),
                "calibration": {
                    "a": round(calibration.a, 5),
                    "b": round(calibration.b, 5),
                    "unseen_shift": round(calibration.shift, 5),
                },
            }
            TARGET.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {TARGET}")
    if args.json:
        print(json.dumps(folds))


if __name__ == "__main__":
    main()
