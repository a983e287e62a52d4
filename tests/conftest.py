"""Shared test helpers: project paths, the shared fixtures and scorer, and cached pipelines."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the share store of every test run (the app's and the store tests'): a file of its own, never data/
os.environ.setdefault(
    "WHOSAID_DATABASE_URL", f"sqlite:///{Path(os.environ.get('TMPDIR', '/tmp')) / f'whosaid-tests-{os.getpid()}.db'}"
)
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))
FIXTURES = SHARED / "fixtures"
SAMPLES = ROOT / "assets" / "samples"


def need_shared() -> None:
    """Skip (locally) or fail (in CI) when the shared fixtures are not beside the project."""
    if FIXTURES.is_dir():
        return
    message = f"shared fixtures not found at {FIXTURES} (set WHOSAID_SHARED)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def scorer():
    """The project's scorer module, ../shared/eval/score_quotes.py."""
    need_shared()
    path = SHARED / "eval" / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fr_nlp():
    from whosaid.pipeline import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def en_nlp():
    from whosaid.pipeline import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def lavrov_text() -> str:
    return (SAMPLES / "fr_lavrov_wonsan.txt").read_text(encoding="utf-8")
