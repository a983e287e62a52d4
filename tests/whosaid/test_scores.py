"""Scores with the project's scorer: the founding article and the development sets.

The printed figures are the ones to quote; the floors sit a little under them, so that a
regression fails CI without making every small change a failure.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, need_shared
from whosaid import analyze

pytestmark = [pytest.mark.model, pytest.mark.slow]

# (set, language) -> floors for quote F1, speaker accuracy, end-to-end F1
FLOORS = {
    ("dev", "fr"): (0.88, 0.96, 0.87),
    ("dev", "en"): (0.92, 0.94, 0.88),
    ("dev2", "fr"): (0.91, 0.93, 0.87),
    ("dev2", "en"): (0.84, 0.96, 0.84),
    ("dev3", "fr"): (0.89, 0.94, 0.85),
    ("dev3", "en"): (0.95, 0.96, 0.93),
    ("dev4", "fr"): (0.90, 0.93, 0.85),
    ("dev4", "en"): (0.93, 0.95, 0.90),
}


def score_set(scorer, folder: Path, language: str) -> dict:
    pairs = []
    for gold_path in sorted(folder.glob(f"{language}_*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold["text_file"]).read_text(encoding="utf-8")
        pairs.append((gold, analyze(text, language=language).to_dict()))
    return scorer.score(pairs)


def test_founding_article_through_the_cli(scorer, tmp_path):
    need_shared()
    source = FIXTURES / "fr_lavrov_wonsan.txt"
    out = subprocess.run(
        [sys.executable, "-m", "whosaid", "analyze", str(source), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "fr_lavrov_wonsan.json" in out.stderr
    pred = json.loads((tmp_path / "fr_lavrov_wonsan.json").read_text(encoding="utf-8"))
    gold = json.loads((FIXTURES / "fr_lavrov_wonsan.gold.json").read_text(encoding="utf-8"))
    result = scorer.score([(gold, pred)])
    print("\nfounding article:", {k: round(v, 3) for k, v in result.items() if isinstance(v, float)})
    assert result["quote_f1"] >= 0.90
    assert result["speaker_accuracy"] >= 0.90
    assert result["edge_f1"] >= 0.80


@pytest.mark.parametrize("folder, language", sorted(FLOORS))
def test_development_set(scorer, folder, language):
    need_shared()
    result = score_set(scorer, FIXTURES / folder, language)
    print(
        f"\n{folder}/{language}: gold {result['gold_quotes']} predicted {result['predicted_quotes']} "
        f"quote F1 {result['quote_f1']:.3f} speaker {result['speaker_accuracy']:.3f} "
        f"e2e F1 {result['e2e_f1']:.3f} edge F1 {result['edge_f1']:.3f}"
    )
    quote_floor, speaker_floor, e2e_floor = FLOORS[(folder, language)]
    assert result["quote_f1"] >= quote_floor
    assert result["speaker_accuracy"] >= speaker_floor
    assert result["e2e_f1"] >= e2e_floor


def held_out_folds(script: str) -> list[dict]:
    """The leave-one-set-out folds a bench script prints as its last line with --json."""
    need_shared()
    out = subprocess.run(
        [sys.executable, "-m", f"bench.{script.removesuffix('.py')}", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    print()
    return json.loads(out.stdout.strip().splitlines()[-1])


# held-out set -> language -> floor for speaker accuracy with weights fitted on the other three sets
HELD_OUT_FLOORS = {
    "dev": {"fr": 0.94, "en": 0.94},
    "dev2": {"fr": 0.93, "en": 0.94},
    "dev3": {"fr": 0.93, "en": 0.96},
    "dev4": {"fr": 0.92, "en": 0.94},
}


def test_ranking_weights_leave_one_set_out():
    """The speaker ranking's weights fitted on three sets and scored on the fourth (bench/fit_ranking.py)."""
    folds = held_out_folds("fit_ranking.py")
    for fold in folds:
        print(
            f"held out {fold['held_out']}/{fold['language']}: speaker {fold['speaker_accuracy']:.3f} "
            f"e2e F1 {fold['e2e_f1']:.3f}"
        )
    assert {(f["held_out"], f["language"]) for f in folds} == set(FLOORS)
    for fold in folds:
        assert fold["speaker_accuracy"] >= HELD_OUT_FLOORS[fold["held_out"]][fold["language"]]


# held-out set -> language -> floors for the trust model fitted on the other three sets: trusted precision
# (right speakers among confidence >= 0.7 as shown, i.e. for unseen copy) and a ceiling on the calibration
# error of the calibration itself (before the shift to unseen copy, which by design promises less than
# these tuned sets deliver). With 2 to 16 wrong speakers per held-out set, the share sent to review is
# asserted per language, with the ranking of wrong speakers below right ones (ROC AUC).
TRUST_FLOORS = {
    "dev": {"fr": (0.95, 0.10), "en": (0.95, 0.06)},
    "dev2": {"fr": (0.95, 0.08), "en": (0.95, 0.05)},
    "dev3": {"fr": (0.95, 0.06), "en": (0.96, 0.06)},
    "dev4": {"fr": (0.93, 0.07), "en": (0.95, 0.07)},
}
# French AUC was 0.78 before the session of 2026-12-06 fixed errors the confidence was already flagging (a
# pronoun incise inside the marks, a subject inside a quotation): the ones left are harder to rank, 0.74
# A later session fixed more of the errors the confidence was flagging (« le parquet au Parisien », a
# colon-introduced quotation given to the sentence before): French AUC rose to 0.83 while the share of
# the (fewer) wrong speakers sent to review fell from 7 of 29 to 3 of 22
# The session of 2026-12-07 fixed a French error the confidence ranked low (the Greek government's « Il a
# cependant déclaré », at 0.71): French AUC fell 0.816 -> 0.775 while the wrong speakers sent to review
# rose from 2 of 15 to 5 of 14; English AUC rose 0.746 -> 0.782 (1 of 8 -> 2 of 7)
# A later session fixed a French error the confidence ranked lowest (« Madrid, qui … a salué P » with no
# parsed subject, at 0.35): French AUC fell 0.817 -> 0.756 with 12 wrong speakers left instead of 13
RANKING_FLOORS = {"fr": 0.74, "en": 0.76}
CAUGHT_FLOORS = {"fr": 0.1, "en": 0.08}


def test_trust_model_leave_one_set_out():
    """The speaker trust model and its calibration fitted on three sets, judged on the fourth
    (bench/fit_trust.py): the trusted speakers are mostly right, the confidence is calibrated, and it
    ranks wrong speakers below right ones."""
    folds = held_out_folds("fit_trust.py")
    for fold in folds:
        print(
            f"held out {fold['held_out']}/{fold['language']}: trusted {fold['trusted_precision']:.3f} "
            f"@ {fold['trusted_coverage']:.2f}, wrong caught {fold['wrong_caught']:.2f}, "
            f"ECE {fold['calibration_error']:.3f} (tuned {fold['tuned_calibration_error']:.3f})"
        )
    assert {(f["held_out"], f["language"]) for f in folds} == set(FLOORS)
    for fold in folds:
        precision, ece = TRUST_FLOORS[fold["held_out"]][fold["language"]]
        assert fold["trusted_precision"] >= precision
        assert fold["tuned_calibration_error"] <= ece
        assert fold["language_auc"] >= RANKING_FLOORS[fold["language"]]
        assert fold["language_wrong_caught"] >= CAUGHT_FLOORS[fold["language"]]
