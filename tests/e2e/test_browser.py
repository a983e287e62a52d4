"""The dashboard in a real browser: what only a browser shows (highlighting, the grid, charts)."""

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow]
SCREENSHOT = ROOT / "assets" / "screenshot.png"
CORPUS_SCREENSHOT = ROOT / "assets" / "corpus.png"
NETWORK_TAB = "Who mentions whom"


def click_row(page, number: int) -> None:
    """Tick row `number` (from 1) of the quote grid (a canvas: click where a person would)."""
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(state="visible")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 35 * (number - 1))


def analyse(page, url, text):
    page.goto(url)
    area = page.get_by_role("textbox", name="Article text")
    area.fill(text)
    page.get_by_role("button", name="Analyse").click()


def test_paste_article_shows_highlights_table_and_chart(server, page, lavrov_text, tmp_path):
    analyse(page, server, lavrov_text)
    lavrov_mark = page.locator("mark.ws-PERSON[title='Sergueï Lavrov · PERSON']").first
    lavrov_mark.wait_for(state="visible")
    assert page.locator("mark.ws-ent").count() > 30
    assert page.locator("span.ws-quote").count() >= 12
    page.locator("[data-testid='stDataFrame']").first.wait_for(state="visible")  # beside the article
    page.get_by_role("tab", name="Who mentions whom").click()
    chart = page.locator(".js-plotly-plot").first
    chart.wait_for(state="visible")
    assert page.locator(".js-plotly-plot .scatterlayer .trace").count() > 0
    page.locator("h1").first.scroll_into_view_if_needed()  # the page's top: title, article and table
    lavrov_mark.wait_for(state="visible")
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 20_000
    if os.environ.get("WHOSAID_UPDATE_SCREENSHOT"):
        shutil.copy(shot, SCREENSHOT)


def test_script_in_an_article_runs_nothing(server, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    text = (
        'Le maire Paul Durand a déclaré : « <script>alert("pwned")</script> ne passera pas. »\n\n'
        'Selon Marie Curie, <img src=x onerror="alert(1)"> est une image cassée à Paris.'
    )
    analyse(page, server, text)
    page.locator("div.ws-article").wait_for(state="visible")
    article = page.locator("div.ws-article").inner_text()
    assert '<script>alert("pwned")</script>' in article and '<img src=x onerror="alert(1)">' in article
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.locator("div.ws-article img").count() == 0


def test_clicking_a_bar_filters_the_quote_table(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    page.get_by_role("tab", name="Who mentions whom").click()
    charts = page.locator(".js-plotly-plot")
    charts.nth(2).wait_for(state="visible")  # network, heatmap, then quotes per speaker
    chip = page.get_by_role("button", name="✕ Speaker: Sergueï Lavrov").first  # the filter, as a removable chip
    for _ in range(2):  # once the chip is removed, the same bar filters again (it does not stay selected)
        page.wait_for_timeout(800)  # plotly draws its bars after the element appears
        bar = charts.nth(2).locator(".barlayer .point path").last  # the speaker with most quotes is drawn last
        bar.scroll_into_view_if_needed()
        box = bar.bounding_box()  # plotly's drag layer lies over the bars: click where a person would
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        chip.wait_for(state="visible", timeout=60_000)
        page.get_by_text(re.compile(r"^\d+ of 15 quotes$")).wait_for(state="visible")
        # the chip shows at the charts too (the table may be off-screen), with a link up to the table;
        # Streamlit streams the page's parts, so the second chip may arrive after the first
        chips = page.get_by_role("button", name="✕ Speaker: Sergueï Lavrov")
        chips.nth(1).wait_for(state="visible")
        assert chips.count() == 2
        assert page.get_by_role("link", name="↑ See the filtered quote table").is_visible()
        chip.click()
        page.get_by_text("15 of 15 quotes").wait_for(state="visible")


def test_selecting_a_row_shows_the_quote_in_context_and_in_the_article(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    click_row(page, 3)
    page.get_by_text("In context", exact=True).wait_for(state="visible")
    selected = page.locator("div.ws-article span.ws-selected")
    # Streamlit streams the page's parts: the article beside the table may arrive after the context view
    selected.nth(1).wait_for(state="visible")
    assert selected.count() >= 2  # the context view and the article beside the table


HOSTILE_NAME = "<b>Bold</b> ![x](http://evil.example/x.png) [link](http://evil.example)"


def test_untrusted_names_in_charts_and_messages_render_as_text_and_load_nothing(server, page, lavrov_text):
    """A renamed entity with HTML and Markdown, and an upload named the same way: every place shows the
    characters, nothing renders as bold, a link or an image, and no request leaves 127.0.0.1."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    page.get_by_role("tab", name="Entities and corrections").click()
    page.get_by_role("textbox", name="New name").fill(HOSTILE_NAME)
    page.get_by_role("button", name="Rename").click()
    page.get_by_role("tab", name="Who mentions whom").click()
    chart = page.locator(".js-plotly-plot").last
    chart.wait_for(state="visible")
    page.wait_for_function(
        "name => [...document.querySelectorAll('.js-plotly-plot')].some(p => p.textContent.includes(name))",
        arg="<b>Bold</b>",
        timeout=30_000,
    )
    rendered = page.locator(".js-plotly-plot b, .js-plotly-plot a[href*='evil']")
    assert rendered.count() == 0, [rendered.nth(i).evaluate("e => e.outerHTML") for i in range(rendered.count())]
    # the heatmap draws itself as a data: image; nothing else is an image
    remote_images = "[...document.querySelectorAll('.js-plotly-plot image')].filter(i => !(i.getAttribute('href')"
    remote_images += " || i.getAttribute('xlink:href') || '').startsWith('data:')).length"
    assert page.evaluate(remote_images) == 0
    # an upload named with Markdown and HTML: the error shows the name as written
    page.get_by_text("Article input").click()  # the input folded away once the article was analysed
    page.get_by_role("tab", name="Upload files").click()
    page.locator("input[type=file]").set_input_files(
        files=[{"name": HOSTILE_NAME + ".pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 broken"}]
    )
    alert = page.locator("[data-testid='stAlert']", has_text="not a readable PDF").first
    alert.wait_for(state="visible", timeout=60_000)
    assert "![x](http://evil.example/x.png)" in alert.inner_text().replace("\u2060", "")
    rendered = alert.locator("img, a, b")
    assert rendered.count() == 0, [rendered.nth(i).evaluate("e => e.outerHTML") for i in range(rendered.count())]
    page.wait_for_timeout(500)
    assert not [url for url in requests if not url.startswith(("http://127.0.0.1", "data:", "blob:"))]


SHARE_SCREENSHOT = ROOT / "assets" / "share.png"


def pick(page, label: str, option: str, *, widget: str = "stSelectbox") -> None:
    """Choose `option` in the Streamlit selectbox (or multiselect) labelled `label`: open it, type the
    option's words so the list holds it near the top (a long list is virtual: rows far down are
    re-created while it scrolls), and click it. A rerun that lands while the list opens closes it:
    open it once more."""
    box = page.locator(f"[data-testid='{widget}']:visible", has_text=label).first
    choice = page.get_by_role("option", name=option, exact=True).first
    for _ in range(3):
        box.click()
        page.keyboard.type(option)
        try:
            choice.wait_for(state="visible", timeout=5_000)
            choice.click(timeout=5_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"could not pick {option!r} in {label!r}")


def test_share_opens_in_a_fresh_browser_and_the_delete_link_deletes(server, page, browser, tmp_path):
    from tests.files import ARTICLE_EN, ARTICLE_FR

    page.goto(server)
    page.get_by_role("tab", name="Upload files").click()
    page.locator("input[type=file]").set_input_files(
        files=[
            {"name": "fr.txt", "mimeType": "text/plain", "buffer": ARTICLE_FR.encode()},
            {"name": "en.txt", "mimeType": "text/plain", "buffer": ARTICLE_EN.encode()},
        ]
    )
    page.get_by_text(re.compile(r"\d+ quotes · \d+ speakers")).first.wait_for(state="visible")
    pick(page, "Document", "fr (French)")
    page.get_by_text(re.compile(r"Language: French")).first.wait_for(state="visible")
    page.get_by_role("tab", name="Entities and corrections").click()
    page.get_by_role("textbox", name="New name").wait_for(state="visible")
    pick(page, "Rename", "Jean Dupont")
    page.get_by_role("textbox", name="New name").fill("Jean Dupont (ministre)")
    page.get_by_role("button", name="Rename").click()
    page.locator("mark[title='Jean Dupont (ministre) · PERSON']").first.wait_for(state="attached")
    pick(page, "Document", "All articles (corpus view)")
    corpus_summary = page.get_by_text(re.compile(r"^\d+ quotes · \d+ speakers · \d+ entities$")).first
    corpus_summary.wait_for(state="visible")  # the corpus view, not the article's (which names its model)
    summary = corpus_summary.inner_text()
    page.get_by_role("tab", name="Export").click()
    page.get_by_role("button", name=re.compile(r"Share \(2 article")).click()
    codes = page.locator("[data-testid='stCode'] code")
    codes.nth(1).wait_for(state="visible")
    link, delete_link = codes.nth(0).inner_text().strip(), codes.nth(1).inner_text().strip()
    assert "?a=" in link and "?delete=" in delete_link and link.startswith(server)

    colleague = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")  # no cookies, no state
    other = colleague.new_page()
    other.set_default_timeout(120_000)
    other.goto(link)
    other.get_by_text("Shared analysis: 2 articles").first.wait_for(state="visible")
    assert other.get_by_text(summary).first.is_visible()
    other.get_by_role("tab", name="Who mentions whom").click()
    other.locator(".js-plotly-plot", has_text="Jean Dupont (ministre)").first.wait_for(state="visible")
    shot = tmp_path / "share.png"
    other.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 20_000
    if os.environ.get("WHOSAID_UPDATE_SCREENSHOT"):
        shutil.copy(shot, SHARE_SCREENSHOT)

    other.goto(delete_link)  # the delete link asks first
    other.get_by_text("Delete it?").first.wait_for(state="visible")
    other.get_by_role("button", name="Delete", exact=True).click()
    other.get_by_text("The shared analysis was deleted").first.wait_for(state="visible")
    other.goto(link)
    other.get_by_text("This analysis was deleted by the person who shared it.").first.wait_for(state="visible")
    colleague.close()


def test_a_selected_row_that_a_filter_removes_is_cleared_not_a_traceback(server, page, lavrov_text):
    """Defect: select row 10, then narrow the table with a speaker filter -> IndexError before."""
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    click_row(page, 10)
    page.get_by_text("In context", exact=True).wait_for(state="visible")
    page.locator("[data-testid='stMultiSelect']", has_text="Speaker").first.click()
    page.get_by_role("option", name="TASS et Ria Novosti").first.click()
    page.keyboard.press("Escape")
    page.get_by_text("Filtered", exact=False).count()  # settle
    page.wait_for_timeout(1500)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_role("tab", name="Export").is_visible()  # everything below the table is still there


def test_a_reload_keeps_the_corrections(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    page.get_by_role("tab", name="Entities and corrections").click()
    pick(page, "Rename", "RPDC")
    page.get_by_role("textbox", name="New name").fill("Corée du Nord (RPDC)")
    page.get_by_role("button", name="Rename").click()
    page.wait_for_url(re.compile(r"\?d="))
    page.locator("mark[title^='Corée du Nord (RPDC)']").first.wait_for(state="attached")
    page.reload()
    page.get_by_text("restored from its link").first.wait_for(state="visible")
    page.locator("mark[title^='Corée du Nord (RPDC)']").first.wait_for(state="attached")


def test_a_colleague_given_the_address_bar_gets_a_copy_and_never_writes_the_owners_draft(
    server, page, browser, lavrov_text
):
    analyse(page, server, lavrov_text)
    page.locator("mark.ws-ent").first.wait_for(state="visible")
    page.get_by_role("tab", name="Entities and corrections").click()
    pick(page, "Rename", "RPDC")
    page.get_by_role("textbox", name="New name").fill("Corée du Nord (RPDC)")
    page.get_by_role("button", name="Rename").click()
    page.wait_for_url(re.compile(r"\?d="))
    page.locator("mark[title^='Corée du Nord (RPDC)']").first.wait_for(state="attached")
    address = page.url

    colleague = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    other = colleague.new_page()
    other.set_default_timeout(120_000)
    other.goto(address)
    other.get_by_text("restored from its link").first.wait_for(state="visible")
    assert other.get_by_text("Your analysis").count() == 0
    other.get_by_role("tab", name="Entities and corrections").click()
    pick(other, "Rename", "Moscou")
    other.get_by_role("textbox", name="New name").fill("Moscou (colleague)")
    other.get_by_role("button", name="Rename").click()
    other.locator("mark[title^='Moscou (colleague)']").first.wait_for(state="attached")
    other.wait_for_function("url => window.location.href !== url", arg=address)  # a draft of their own

    third = colleague.new_page()  # the owner's link still shows the owner's work only
    third.goto(address)
    third.locator("mark[title^='Corée du Nord (RPDC)']").first.wait_for(state="attached")
    assert third.locator("mark[title^='Moscou (colleague)']").count() == 0
    colleague.close()


def test_a_click_on_a_highlighted_name_filters_the_table_to_that_entity(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    name = page.locator(".ws-reader mark[title='Kim Jong-un · PERSON']").first
    name.wait_for(state="visible")
    page.get_by_text("15 of 15 quotes").wait_for(state="visible")
    page.wait_for_function("window.__wsClicks === true")  # the article's click handler is in place
    name.click()
    page.get_by_role("button", name="✕ Entity: Kim Jong-un").first.wait_for(state="visible", timeout=60_000)
    # the chip can show before the table's count is drawn again: wait for a count below the whole
    counted = page.get_by_text(re.compile(r"^([1-9]|1[0-4]) of 15 quotes$")).first
    counted.wait_for(state="visible", timeout=60_000)
    assert 1 <= int(counted.inner_text().split()[0]) < 15
    assert page.locator("[data-testid='stException']").count() == 0


def test_selecting_a_row_scrolls_the_article_to_that_quote(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.locator(".ws-reader mark.ws-ent").first.wait_for(state="visible")
    click_row(page, 10)  # a quote far down the article, out of the article box's first screen
    selected = page.locator(".ws-reader span.ws-selected[data-scrolled='1']").first
    selected.wait_for(state="attached", timeout=60_000)
    page.wait_for_timeout(300)
    inside = selected.evaluate(
        """span => {
            let box = span.parentElement;
            while (box && !(box.scrollHeight > box.clientHeight + 4 &&
                            /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
            const r = span.getBoundingClientRect(), b = box.getBoundingClientRect();
            return {scrolled: box.scrollTop, visible: r.top >= b.top && r.top < b.bottom};
        }"""
    )
    assert inside["scrolled"] > 0 and inside["visible"], inside


def download(page, label: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    return Path(info.value.path()).read_bytes()


def test_a_speaker_fix_flows_to_the_article_chart_and_export_and_re_imports(server, page, lavrov_text, tmp_path):
    analyse(page, server, lavrov_text)
    page.locator(".ws-reader mark.ws-ent").first.wait_for(state="visible")
    click_row(page, 2)
    page.get_by_text("Fix this quote").first.wait_for(state="visible")
    pick(page, "Speaker", "Type a name…")
    page.get_by_role("textbox", name="Type a name…").fill("Une source diplomatique")
    page.get_by_role("button", name="Apply").click()
    # the article's speaker badge, the table's speaker filter and the chart follow, without a parse
    page.locator(".ws-reader span.ws-speaker", has_text="Une source diplomatique").first.wait_for(state="visible")
    pick(page, "Speaker", "Une source diplomatique", widget="stMultiSelect")  # the table's speakers
    page.keyboard.press("Escape")
    page.get_by_text("1 of 15 quotes").wait_for(state="visible")  # the table holds the corrected quote
    page.get_by_role("tab", name="Who mentions whom").click()
    page.locator(".js-plotly-plot", has_text="Une source diplomatique").first.wait_for(state="visible")
    page.get_by_role("tab", name="Export").click()
    data = json.loads(download(page, "Analysis (JSON)"))
    (fix,) = data["edits"]["quotes"].values()
    assert fix == {"speaker": "Une source diplomatique"}
    assert any(q["speaker"] and q["speaker"]["name"] == "Une source diplomatique" for q in data["quotes"])
    # a fresh page: the export brings the analysis back with its correction
    exported = tmp_path / "lavrov.json"
    exported.write_text(json.dumps(data), encoding="utf-8")
    fresh = page.context.browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US").new_page()
    fresh.set_default_timeout(120_000)
    fresh.goto(server)
    fresh.get_by_role("tab", name="Upload files").click()
    fresh.locator("input[type=file]").set_input_files(str(exported))
    fresh.locator(".ws-reader span.ws-speaker", has_text="Une source diplomatique").first.wait_for(state="visible")
    fresh.get_by_role("tab", name="Entities and corrections").click()
    fresh.get_by_text(re.compile(r"^Your corrections \(1\)")).first.wait_for(state="visible")
    fresh.context.close()


def test_a_heatmap_cell_filters_the_table_to_that_speaker_and_entity(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.get_by_text("15 of 15 quotes").wait_for(state="visible")
    page.get_by_role("tab", name="Who mentions whom").click()
    heatmap = page.locator(".js-plotly-plot").nth(1)
    heatmap.wait_for(state="visible")
    page.wait_for_timeout(800)
    heatmap.scroll_into_view_if_needed()
    box = heatmap.locator(".heatmaplayer").first.bounding_box()
    columns = len(heatmap.locator(".xtick").all())
    rows = len(heatmap.locator(".ytick").all())
    # the bottom-left cell: the first speaker (rows are sorted) and the most-mentioned entity
    page.mouse.click(box["x"] + box["width"] / columns / 2, box["y"] + box["height"] * (1 - 0.5 / rows))
    page.get_by_role("button", name=re.compile(r"^✕ Speaker: ")).first.wait_for(state="visible", timeout=60_000)
    page.get_by_role("button", name=re.compile(r"^✕ Entity: ")).first.wait_for(state="visible")
    assert page.locator("[data-testid='stException']").count() == 0


def test_a_corpus_uploaded_in_the_page_is_analysed_read_drilled_into_and_shared(server, page, browser):
    from tests.files import ARTICLE_EN, ARTICLE_FR

    rows = [
        {"id": "fr1", "text": ARTICLE_FR, "date": "2026-11-05", "source": "Wire"},
        {"id": "en1", "text": ARTICLE_EN, "date": "2026-12-02", "source": "Daily"},
    ]
    page.goto(server)
    page.get_by_text("Corpus", exact=True).first.click()
    opener = page.get_by_text("Analyse a corpus (upload)").first
    opener.wait_for(state="visible")
    page.wait_for_timeout(1000)  # the switch's rerun settles before the expander is opened
    label = page.get_by_text("Corpus file", exact=True).first
    for _ in range(3):  # a rerun landing on the click may fold it again: open it until its content shows
        if label.is_visible():
            break
        opener.click()
        page.wait_for_timeout(1000)
    label.wait_for(state="visible")
    page.locator("input[type=file]").first.set_input_files(
        files=[
            {
                "name": "month.jsonl",
                "mimeType": "application/json",
                "buffer": "".join(json.dumps(r) + "\n" for r in rows).encode(),
            }
        ]
    )
    page.get_by_role("button", name="Start the analysis").wait_for(state="visible")
    page.get_by_role("button", name="Start the analysis").click()
    page.wait_for_url(re.compile(r"job="))
    page.get_by_text(re.compile(r"month\.jsonl analysed")).first.wait_for(state="visible", timeout=180_000)
    page.get_by_role("button", name="Open this corpus").click()
    page.get_by_text(re.compile(r"month-[\w-]+: 2 articles")).first.wait_for(state="visible")
    # a click on a bar of the most quoted speakers filters the table
    bar = page.locator(".js-plotly-plot .bars .point path").first
    bar.wait_for(state="attached")
    bar.click(force=True)
    page.get_by_role("button", name=re.compile("✕")).first.wait_for(state="visible")
    if os.environ.get("WHOSAID_UPDATE_SCREENSHOT"):
        page.wait_for_timeout(1500)
        page.screenshot(path=str(CORPUS_SCREENSHOT), full_page=False)
    # a row opens its article in the reading view; back returns to the corpus with the filter
    grid = page.locator("[data-testid='stDataFrame']").last
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # the table is drawn again after the filter's rerun
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 52)  # the first row's selection box
    page.get_by_role("button", name="Open this quote's article").click()
    page.get_by_role("button", name="← Back to the corpus").wait_for(state="visible")
    page.locator("mark.ws-ent").first.wait_for(state="attached")
    page.get_by_role("button", name="← Back to the corpus").click()
    page.get_by_role("button", name=re.compile("✕")).first.wait_for(state="visible")
    # the view's link opens the same corpus view in a fresh browser
    page.get_by_role("button", name="Share this view (the corpus and the filters)").click()
    code = page.locator("[data-testid='stCode'] code").last
    code.wait_for(state="visible")
    link = code.inner_text().strip()
    assert "?c=" in link
    colleague = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    other = colleague.new_page()
    other.set_default_timeout(120_000)
    other.goto(link)
    other.get_by_text(re.compile(r"month-[\w-]+: 2 articles")).first.wait_for(state="visible")
    other.get_by_role("button", name=re.compile("✕")).first.wait_for(state="visible")
    colleague.close()
    # a click on a month of the timeline filters the table to that month
    page.get_by_role("tab", name="Over time").click()
    month = page.locator(".js-plotly-plot .bars .point path").last
    month.wait_for(state="attached")
    page.wait_for_timeout(800)
    month.click(force=True)
    page.get_by_role("button", name=re.compile(r"^20\d\d-\d\d-01 – 20\d\d-\d\d-01 ✕$")).wait_for(state="visible")
    # a click on a link of the network filters to the speaker's quotes where it mentions the target
    page.get_by_role("button", name="Clear filters").first.click()
    page.get_by_role("button", name=re.compile(r"^20\d\d-\d\d-01 – ")).wait_for(state="detached")
    page.wait_for_timeout(1000)  # the rerun settles before the tab is picked
    page.get_by_role("tab", name=NETWORK_TAB).click()
    network = page.locator(".js-plotly-plot >> visible=true").first
    link_point = network.locator(".scatterlayer .trace").nth(1).locator("path.point").first
    link_point.wait_for(state="visible")
    page.wait_for_timeout(800)
    link_point.click(force=True)
    page.get_by_role("button", name=re.compile(r" → .* ✕$")).wait_for(state="visible")


def test_next_to_review_shows_each_quote_to_review_in_context_with_its_fixer(server, page):
    text = (  # a quotation nobody can be given yet: no speaker, to review
        "« Nous ne céderons rien sur les salaires, ni maintenant ni plus tard. »\n\n"
        "La réunion a eu lieu lundi à Lima. Le sommet de Lima a réuni Paul Mercier, Hugo Perrault et Louis"
        " Girard.\n\nIl a ajouté que rien n'était décidé."
    )
    analyse(page, server, text)
    walk = page.get_by_role("button", name=re.compile(r"^Next to review \(\d+ left\)$"))
    walk.wait_for(state="visible")
    left = int(re.search(r"\((\d+) left\)", walk.inner_text()).group(1))
    walk.click()
    page.get_by_text(f"To review: 1 of {left}").wait_for(state="visible")
    page.get_by_role("button", name="Apply").wait_for(state="visible")  # the fixer of that quote
    assert page.locator("div.ws-article span.ws-selected").count() >= 1  # marked in the article too
    page.get_by_role("button", name="Apply").click()  # confirmed as it is: one fewer to review
    expected = f"Next to review ({left - 1} left)" if left > 1 else "Nothing left to review"
    page.get_by_role("button", name=expected).wait_for(state="visible")


def test_back_returns_to_the_previous_analysis_of_the_tab(server, page, lavrov_text):
    analyse(page, server, lavrov_text)
    page.locator("mark[title='Sergueï Lavrov · PERSON']").first.wait_for(state="visible")
    page.wait_for_url(re.compile(r"\?d="))
    first = page.url
    page.get_by_text("Article input").first.click()  # the input folded away once there was a result
    area = page.get_by_role("textbox", name="Article text")
    area.fill("John Smith said that the bridge in Springfield would reopen in May.")
    page.get_by_role("button", name="Analyse").click()
    page.locator("mark[title='John Smith · PERSON']").first.wait_for(state="visible")
    page.wait_for_function("url => window.location.href !== url", arg=first)
    page.go_back()
    page.locator("mark[title='Sergueï Lavrov · PERSON']").first.wait_for(state="visible", timeout=60_000)
    assert page.url == first
    assert page.locator("mark[title='John Smith · PERSON']").count() == 0


def test_a_french_browser_gets_french_upload_texts_and_a_french_language_error_with_the_input_open(server, browser):
    """Item 6 in a real browser: with a French locale, Streamlit's upload widget shows the interface's
    words (its own are English and take no text), and a German article gets the French error naming
    the language, with the input left open to fix it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(120_000)
    try:
        page.goto(server)
        page.get_by_role("tab", name="Déposer des fichiers").click()
        button = page.locator("[data-testid='stFileUploaderDropzone'] button p").first
        button.wait_for(state="visible")
        after = button.evaluate("p => getComputedStyle(p, '::after').content")
        assert "Choisir des fichiers" in after
        limit = page.locator("[data-testid='stFileUploaderDropzoneInstructions'] span").first
        assert "Mo par fichier" in limit.evaluate("s => getComputedStyle(s, '::after').content")
        page.get_by_role("tab", name="Coller").click()
        german = (
            "Die Regierung hat am Montag neue Regeln für den Wohnungsbau vorgestellt. Der Minister sagte, "
            "die Maßnahmen würden im nächsten Jahr in Kraft treten und viele Familien entlasten."
        )
        page.get_by_role("textbox", name="Texte de l'article").fill(german)
        page.get_by_role("button", name="Analyser").click()
        alert = page.locator("[data-testid='stAlert']", has_text="allemand").first
        alert.wait_for(state="visible")
        assert "not supported" not in alert.inner_text() and "'de'" not in alert.inner_text()
        assert page.get_by_role("textbox", name="Texte de l'article").is_visible()  # the input stays open
    finally:
        context.close()
