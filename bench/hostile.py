"""Time and memory of each hostile input (tests/test_hostile.py builds the same files).

    python -m bench.hostile   (from the project root: it builds the files tests/ builds)

Each case runs in a child process, so its peak memory is its own: the reader must refuse the file
within well under a second and a small fraction of a gigabyte.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.whosaid.test_hostile import HOSTILE

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import resource, sys, time
from whosaid.ingest import read_path
from whosaid.errors import WhosaidError
start = time.perf_counter()
try:
    read_path(sys.argv[1])
    outcome = "read"
except WhosaidError as err:
    outcome = "refused"
print(f"{time.perf_counter() - start:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {outcome}")
"""


def main() -> int:
    print("hostile inputs (time to refuse, peak memory of the process):")
    with tempfile.TemporaryDirectory() as folder:
        for name in sorted(HOSTILE):
            path = Path(folder) / name
            path.write_bytes(HOSTILE[name][0]())
            out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT)
            seconds, megabytes, outcome = out.stdout.split()
            print(
                f"  {name:15} {path.stat().st_size / 1e6:6.2f} MB file: {outcome} in {float(seconds):.2f} s, "
                f"peak {megabytes} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
