"""The page's own cost on a corpus: the app run headless (Streamlit's AppTest) in a fresh process
that opens the corpus view on one corpus folder; prints one JSON line with the time to draw the
view and the process's peak memory (what a server process holds for the page, the language models it
warms up included).

    python -m bench.corpus_page FOLDER_OF_CORPORA CORPUS_NAME
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def high_water_mb() -> float:
    """This process's peak resident memory in MB: VmHWM (getrusage's maximum carries the parent's peak
    across fork and exec on Linux, so it would report the bench that started us)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    folder, name = (argv or sys.argv[1:])[:2]
    os.environ["WHOSAID_CORPORA"] = folder
    from streamlit.testing.v1 import AppTest

    from components import state

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    at.sidebar.radio(key=state.VIEW).set_value("corpus").run()
    start = time.perf_counter()
    at.selectbox(key="corpus-pick").select(name).run()
    drawn = time.perf_counter() - start
    start = time.perf_counter()
    at.text_input(key="corpus-search").input("minist").run()
    searched = time.perf_counter() - start
    errors = [e.value for e in at.exception] + [e.value for e in at.error]
    peak = high_water_mb()
    print(json.dumps({"open_s": drawn, "search_s": searched, "peak_mb": peak, "errors": errors}))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
