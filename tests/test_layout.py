"""Project rules that a reviewer would otherwise check by hand."""

import ast
import json
import subprocess
import sys

from tests.conftest import ROOT

CORE = [p for p in (ROOT / "whosaid").rglob("*.py") if p.parent.name != "lang"]
# Token attributes and string methods through which the core compares text with words
TEXT_ATTRS = {"text", "lower_", "lemma_", "dep_", "tag_", "norm_", "orth_", "lower", "casefold", "label_", "ent_type_"}


def test_core_never_imports_streamlit():
    offenders = [
        p
        for p in (ROOT / "whosaid").rglob("*.py")
        if any(
            line.strip().startswith(("import streamlit", "from streamlit"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
    code = "import whosaid, whosaid.export, whosaid.ingest, whosaid.charts, sys; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def language_words() -> tuple[set[str], set[str]]:
    """Every word, marker, mark and parser label of every language table; and the language codes."""
    words, codes = set(), set()

    def walk(value):
        if isinstance(value, str):
            words.add(value.casefold())
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                words.add(key.casefold())
                walk(item)

    for path in (ROOT / "whosaid" / "lang").glob("*.json"):
        table = json.loads(path.read_text(encoding="utf-8"))
        codes.add(table["code"])
        for key in ("code", "name", "models", "model_env", "entity_labels", "person_pronouns"):
            value = table.pop(key)
            if key == "person_pronouns":
                words.update(k.casefold() for k in value)  # the words, not their "sing"/"plur" values
        walk(table)
    words -= {"", " ", ",", "\n"}
    return words, codes


def _strings(node) -> list[ast.Constant]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [c for elt in node.elts for c in _strings(elt)]
    return []


def _reads_text(node) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in TEXT_ATTRS for n in ast.walk(node))


def test_language_knowledge_is_data():
    """No word, quotation mark or parser label of a language table is compared with text in the core,
    and no code branches on a language code: languages are JSON tables (whosaid/lang/)."""
    words, codes = language_words()
    found = []
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            literals = [c for side in sides for c in _strings(side)]
            for const in literals:
                if const.value in codes:
                    found.append(f"{path.name}:{const.lineno} branches on language {const.value!r}")
                elif const.value.casefold() in words and any(_reads_text(side) for side in sides):
                    found.append(f"{path.name}:{const.lineno} compares text with {const.value!r}")
    assert found == [], "language knowledge in code; move it to whosaid/lang/*.json:\n" + "\n".join(found)


def test_the_guard_sees_a_language_branch(tmp_path):
    """The guard above would catch the two habits it forbids (a check that it can fail)."""
    words, codes = language_words()
    sample = ast.parse('if token.lower_ in ("selon", "say"): pass\nif lang == "fr": pass')
    compares = [n for n in ast.walk(sample) if isinstance(n, ast.Compare)]
    hits = [
        c.value
        for n in compares
        for side in (n.left, *n.comparators)
        for c in _strings(side)
        if c.value in codes or c.value.casefold() in words
    ]
    assert hits == ["selon", "say", "fr"]
