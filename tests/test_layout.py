"""Project rules that a reviewer would otherwise check by hand."""
import subprocess
import sys

from tests.conftest import ROOT


def test_core_never_imports_streamlit():
    offenders = [p for p in (ROOT / "whosaid").rglob("*.py")
                 if any(line.strip().startswith(("import streamlit", "from streamlit"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
    code = "import whosaid, whosaid.export, whosaid.ingest, whosaid.charts, sys; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_language_knowledge_is_data():
    """No `if lang == "fr"`-style branches in the core: languages are JSON tables."""
    for path in (ROOT / "whosaid").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ('== "fr"', "== 'fr'", '== "en"', "== 'en'"):
            assert needle not in source, f"{path.name} branches on a language code"
