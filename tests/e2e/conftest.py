"""A real `streamlit run app.py` on a free localhost port, and Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.streamlit_server import CHROMIUM, CHROMIUM_ARGS, free_port, healthy, start


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    port = free_port()
    uploads = tmp_path_factory.mktemp("uploads")  # corpora the page analyses, kept out of the project
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "WHOSAID_UPLOADS": str(uploads), "WHOSAID_CORPORA": ""}
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"whosaid-streamlit-{port}.log"
    log = log_path.open("w")  # stays open while the server runs; closed after the session
    process = start(port, stdout=log, env=env)
    url = f"http://127.0.0.1:{port}"
    if not healthy(url, within=90):
        process.terminate()
        pytest.fail(f"streamlit did not start on {url}; see {log.name}")
    yield url
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(120_000)
    yield page
    context.close()
