"""The page's speed as an analyst feels it, measured in a real browser (Debian's Chromium).

    python -m bench.browser            # cold start, then click -> repaint times (median of N)
    python -m bench.browser --runs 9

- cold start: from `streamlit run` to the first result of the example article (highlighted article
  and quote table drawn), in a server that has loaded nothing yet, with the time each language model
  takes to load in a fresh process (the split behind it); and the same on a second page once the
  models are warm;
- click -> repaint: from a click to the updated table, for a click on a highlighted name (the reading
  fragment reruns), a chip's ✕ (the same), a row selection (to the article scrolled to that quote),
  and a chart bar (a whole-page rerun, for comparison);
- a share link opened in a fresh browser context, to the article drawn;
- a 150,000-character article: its first result, and a name click and a chip's ✕ on it.

Prints figures; asserts nothing (speed targets belong here, not in timed tests).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import time
from pathlib import Path

from tests.e2e.streamlit_server import CHROMIUM, CHROMIUM_ARGS, free_port, healthy, start

ROOT = Path(__file__).resolve().parent.parent
LONG_CHARS = 150_000


def example_text() -> str:
    from components.inputs import example_text as example

    return example()


def model_loads() -> dict[str, float]:
    """Seconds each language model takes to load in a fresh process (the split behind a cold start)."""
    import json
    import sys

    code = (
        "import json, time\n"
        "from whosaid.lang import supported_languages\n"
        "from whosaid.pipeline import load_pipeline\n"
        "out = {}\n"
        "for lang in supported_languages():\n"
        "    start = time.perf_counter(); load_pipeline(lang); out[lang] = time.perf_counter() - start\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def first_result(page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Example").click()
    page.locator(".ws-reader mark.ws-ent").first.wait_for(state="visible")
    page.get_by_text("15 of 15 quotes").wait_for(state="visible")


def drawn(page, selector: str) -> None:
    """Wait until an element matching `selector` is on screen, checked at every animation frame:
    Playwright's own `wait_for` backs off to 500 ms between checks, which can add up to half a second
    to a figure of about two."""
    page.wait_for_function(
        "s => { const e = document.querySelector(s); if (!e) return false;"
        " const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }",
        arg=selector,
        polling="raf",
    )


def timed(action, until) -> float:
    start = time.perf_counter()
    action()
    until()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="clicks of each kind (the median is printed)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"browser bench skipped: {CHROMIUM} is missing (apt-get install chromium)")
        return
    from playwright.sync_api import sync_playwright

    loads = model_loads()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    launched = time.perf_counter()
    server = start(port, stdout=subprocess.DEVNULL)
    try:
        if not healthy(url, within=120):
            raise SystemExit(f"streamlit did not start on {url}")
        up = time.perf_counter() - launched
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
            page.set_default_timeout(180_000)
            first_result(page, url)
            cold = time.perf_counter() - launched
            other = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
            other.set_default_timeout(180_000)
            warm = timed(lambda: None, lambda: first_result(other, url))
            other.close()
            page.wait_for_function("window.__wsClicks === true")
            figures = {
                "name click": [],
                "chip ✕": [],
                "row selection": [],
                "chart bar (whole page)": [],
                "share link opened (fresh browser)": [],
                "long article: name click": [],
                "long article: chip ✕": [],
            }
            all_quotes = page.get_by_text("15 of 15 quotes")
            some_quotes = page.get_by_text("of 15 quotes").filter(has_not_text="15 of 15")
            name = page.locator(".ws-reader mark[title='Kim Jong-un · PERSON']").first
            chip = page.get_by_role("button", name="✕ Entity: Kim Jong-un").first
            grid = page.locator("[data-testid='stDataFrame']").first
            for run in range(args.runs):
                figures["name click"].append(timed(name.click, lambda: some_quotes.wait_for(state="visible")))
                figures["chip ✕"].append(timed(chip.click, lambda: all_quotes.wait_for(state="visible")))
                grid.scroll_into_view_if_needed()
                page.wait_for_timeout(300)  # the chip's rerun settles before the row is aimed at (not timed)
                box = grid.bounding_box()
                row = 2 + run % 5  # rows 2-6: inside the viewport under the grid's top
                selected = page.locator(f".ws-reader span.ws-selected[data-quote='q{row}'][data-scrolled='1']")

                def select(row=row, box=box):
                    page.mouse.click(box["x"] + 15, box["y"] + 35 * row + 17)  # header and rows: 35 px

                def scrolled(selected=selected):
                    selected.wait_for(state="attached")

                figures["row selection"].append(timed(select, scrolled))
            page.get_by_role("tab", name="Who mentions whom").click()
            charts = page.locator(".js-plotly-plot")
            charts.nth(2).wait_for(state="visible")
            page.wait_for_timeout(1000)  # plotly draws its bars after the element appears
            chart_chip = page.get_by_role("button", name="✕ Speaker: Sergueï Lavrov").first
            for _ in range(args.runs):
                bar = charts.nth(2).locator(".barlayer .point path").last
                bar.scroll_into_view_if_needed()
                b = bar.bounding_box()
                figures["chart bar (whole page)"].append(
                    timed(
                        lambda b=b: page.mouse.click(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2),
                        lambda: chart_chip.wait_for(state="visible", timeout=int(os.environ.get("T", "180000"))),
                    )
                )
                chart_chip.click()
                all_quotes.wait_for(state="visible")
                page.wait_for_timeout(500)
            # a share link opened in a fresh browser context (no cookies, no session): the store read,
            # no parse, no model
            page.get_by_role("tab", name="Export").click()
            page.get_by_role("button", name=re.compile(r"^Share \(1 article")).click()
            code = page.locator("[data-testid='stCode'] code").first
            code.wait_for(state="visible")
            link = code.inner_text().strip()
            for _ in range(args.runs):
                fresh = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
                shared = fresh.new_page()
                shared.set_default_timeout(180_000)
                figures["share link opened (fresh browser)"].append(
                    timed(
                        lambda shared=shared: shared.goto(link),
                        lambda shared=shared: drawn(shared, ".ws-reader mark.ws-ent"),
                    )
                )
                fresh.close()
            # a long article (the example ~10 times, about 150,000 characters): first result, then a
            # click on a name and its chip's ✕
            long_page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
            long_page.set_default_timeout(600_000)
            long_page.goto(url)
            text = example_text()
            long_text = "\n\n".join([text] * max(1, LONG_CHARS // len(text)))
            long_page.get_by_role("textbox", name="Article text").fill(long_text)
            long_first = timed(
                lambda: long_page.get_by_role("button", name="Analyse").click(),
                lambda: long_page.locator(".ws-reader mark.ws-ent").first.wait_for(state="visible"),
            )
            long_page.wait_for_function("window.__wsClicks === true")
            long_name = long_page.locator(".ws-reader mark[title='Kim Jong-un · PERSON']").first
            long_chip = long_page.get_by_role("button", name="✕ Entity: Kim Jong-un").first
            for _ in range(args.runs):
                figures["long article: name click"].append(
                    timed(long_name.click, lambda: long_chip.wait_for(state="visible"))
                )
                figures["long article: chip ✕"].append(
                    timed(long_chip.click, lambda: long_chip.wait_for(state="detached"))
                )
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"browser bench ({args.runs} clicks of each kind, Chromium headless, {os.cpu_count()} CPU cores)")
    print(f"  server up (health check)            {up:6.2f} s")
    print(f"  cold start to first result          {cold:6.2f} s  (server launch -> example analysed and drawn)")
    split = ", ".join(f"{lang} {seconds:.1f} s" for lang, seconds in loads.items())
    print(f"  model loads in a fresh process      {split}  (the warm-up loads the interface language's first)")
    print(f"  first result, models warm           {warm:6.2f} s  (a second page, same server)")
    print(f"  first result, {len(long_text):,}-character article {long_first:6.2f} s  (models warm)")
    for label, values in figures.items():
        spread = f"min {min(values):.2f}, max {max(values):.2f}"
        print(f"  {label:40} median {statistics.median(values):.2f} s  ({spread})")


if __name__ == "__main__":
    main()
