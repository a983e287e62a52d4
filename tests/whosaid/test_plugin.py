"""whosaid as an installed package and a spaCy plugin, seen from a fresh interpreter elsewhere."""

import json
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT
from tests.files import ARTICLE_FR


@pytest.mark.model
def test_add_pipe_works_after_import_spacy_alone(tmp_path):
    """The user's code imports spaCy only; spaCy finds the factories by entry point."""
    code = (
        "import sys, spacy\n"
        "nlp = spacy.load('fr_core_news_md')\n"
        "nlp.add_pipe('whosaid_paragraphs', before='parser')\n"
        "nlp.add_pipe('whosaid_quotes')\n"
        "doc = nlp(sys.argv[1])\n"
        "print([q.speaker.name for q in doc._.quotes])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, ARTICLE_FR], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "Jean Dupont" in out.stdout and "Marie Curie" in out.stdout


def test_import_whosaid_registers_the_factories():
    code = "import whosaid; from spacy.language import Language; print(Language.has_factory('whosaid_quotes'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = folder.glob("whosaid-*.whl")
    return path


@pytest.mark.slow
def test_the_wheel_carries_its_data_and_entry_points(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {"whosaid/lang/fr.json", "whosaid/lang/en.json", "whosaid/data/colors.json"} <= set(names)
    (entry_points,) = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[spacy_factories]" in text and "whosaid_quotes = whosaid.component:make_quote_component" in text
    assert not any(n.startswith(("tests/", "components/", "assets/")) for n in names)


@pytest.mark.slow
@pytest.mark.model
def test_the_installed_package_analyses_from_any_directory(wheel, tmp_path):
    """Installed (not the source tree), run from a folder with no project files around it."""
    target, work = tmp_path / "site", tmp_path / "elsewhere"
    work.mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    (work / "article.txt").write_text(ARTICLE_FR, encoding="utf-8")
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    where = subprocess.run(
        [sys.executable, "-c", "import whosaid; print(whosaid.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target))
    out = subprocess.run(
        [sys.executable, "-m", "whosaid", "analyze", "article.txt"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    speakers = {q["speaker"]["name"] for q in json.loads(out.stdout)["quotes"] if q["speaker"]}
    assert {"Jean Dupont", "Marie Curie"} <= speakers


def _quotes(doc) -> list[tuple]:
    return [(q.start, q.end, q.kind, q.speaker.name if q.speaker else None) for q in doc._.quotes]


@pytest.fixture(scope="module")
def plugin_nlp():
    from whosaid.pipeline import load_pipeline

    nlp = load_pipeline("fr")  # the project's pipeline, whosaid_paragraphs included
    if "whosaid_quotes" not in nlp.pipe_names:
        nlp.add_pipe("whosaid_quotes")
    yield nlp
    nlp.remove_pipe("whosaid_quotes")


@pytest.mark.model
def test_a_doc_the_plugin_ran_on_serialises_and_gives_the_same_quotes(plugin_nlp):
    import pickle

    from spacy.tokens import Doc, DocBin

    doc = plugin_nlp(ARTICLE_FR)
    expected = _quotes(doc)
    assert expected and all(not str(key).startswith("whosaid_") or key == "whosaid_parsed" for key in doc.user_data)
    assert _quotes(Doc(plugin_nlp.vocab).from_bytes(doc.to_bytes())) == expected
    assert _quotes(pickle.loads(pickle.dumps(doc))) == expected
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (again,) = DocBin().from_bytes(stored).get_docs(plugin_nlp.vocab)
    assert _quotes(again) == expected


@pytest.mark.model
def test_the_plugin_runs_in_several_processes_with_the_same_quotes(plugin_nlp):
    texts = [ARTICLE_FR, ARTICLE_FR.replace("Jean Dupont", "Paul Martin"), ARTICLE_FR]
    one = [_quotes(doc) for doc in plugin_nlp.pipe(texts)]
    two = [_quotes(doc) for doc in plugin_nlp.pipe(texts, n_process=2, batch_size=1)]
    assert one == two and any(q[3] == "Paul Martin" for q in two[1])


@pytest.mark.model
def test_a_doc_is_freed_once_its_quotes_are_read(plugin_nlp):
    """Nothing the extraction caches outlives it: a server or a corpus run would otherwise keep every
    Doc it ever parsed (the caches hold Spans, and Spans hold their Doc)."""
    import gc
    import weakref

    from whosaid.analysis import parse_article

    doc = plugin_nlp(ARTICLE_FR)
    assert _quotes(doc)
    freed = weakref.ref(doc)
    del doc
    parsed = parse_article(ARTICLE_FR, language="fr")  # the page's and the CLI's path
    assert parsed.quotes
    gc.collect()
    assert freed() is None
    from whosaid.extract.doc_cache import _CONTEXT

    assert not _CONTEXT
