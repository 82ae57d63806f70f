"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright,
against uvicorn serving a database of the bundled examples on 127.0.0.1. Each page
loads without a script error, the dyad timeline draws its bars, a filter narrows the
event table, the article page highlights an event's evidence, and the paste page codes
a text. Saves docs/dashboard.png, the screenshot the README shows.

Under CI (env CI set) these never skip; elsewhere they skip only when Chromium or
Playwright is missing."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webutil import example_db, running_server

CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
# The README's screenshot is rewritten only on request, so a test run leaves the tree clean:
# ACCORD_UPDATE_SCREENSHOT=1 .venv/bin/python -m pytest tests/test_web_browser.py
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "dashboard.png"


def _need(ok: bool, why: str) -> None:
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"{why}: CI must run the browser tests (.ci/run installs chromium)")
        pytest.skip(why)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    from accord.web import create_app

    with running_server(create_app(example_db())) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need(Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None, f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright is not installed (pip install -e '.[test]')")
        raise
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("requestfailed", lambda request: problems.append(f"request failed: {request.url}") if "ABORTED" not in (request.failure or "") else None)
    page.problems = problems
    yield page
    context.close()
    assert not problems, problems


def test_every_page_loads(page: Any, base_url: str) -> None:
    for path, heading, rows in (("/", "Overview", True), ("/events", "Events", True), ("/network", "Network of states and organisations", False),
                                ("/articles", "Articles", True), ("/extract", "Code a text", False), ("/api/docs", "API", True)):
        response = page.goto(base_url + path)
        assert response.status == 200, path
        assert page.locator("h1").first.inner_text() == heading
        assert not rows or page.locator("table tbody tr td:not(.empty)").count() > 0, path


def test_overview_links_to_a_dyad_whose_timeline_draws(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    page.locator("section h2:has-text('Most active dyads') + table a").first.click()
    page.wait_for_url("**/dyads/*")
    page.wait_for_selector("#timeline[data-ready] svg")
    bars = page.locator("#timeline svg rect")
    assert bars.count() > 0
    assert page.locator("#timeline svg polyline.goldstein").count() == 1
    assert "events" in bars.first.locator("title").text_content()
    shot = SCREENSHOT if os.environ.get("ACCORD_UPDATE_SCREENSHOT") else tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    page.select_option("#interval", "week")
    page.wait_for_function("document.querySelector('#timeline svg') && document.querySelectorAll('#timeline svg rect').length > 0")


def test_network_draws_states_and_edges(page: Any, base_url: str) -> None:
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-ready] svg")
    assert page.locator("#network svg .node").count() >= 3
    assert page.locator("#network svg line.edge").count() >= 2
    page.select_option("select[name=weight]", "goldstein")
    page.fill("input[name=min_events]", "3")
    page.click("#network-form button")
    page.wait_for_url("**/network?*weight=goldstein*")  # a GET: the filter is in the URL
    page.wait_for_selector("#network[data-ready] svg line.edge")


def test_a_filter_narrows_the_event_table(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events")
    everything = page.locator("table.events tbody tr").count()
    total = int(page.locator("#total").inner_text().replace(",", ""))
    page.fill("input[name=dyad]", "CHN-MEX")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*dyad=CHN-MEX*")
    narrowed = int(page.locator("#total").inner_text().replace(",", ""))
    assert 0 < narrowed < total
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() <= everything
    for i in range(rows.count()):
        assert rows.nth(i).locator("td").nth(1).inner_text() in ("CHN→MEX", "MEX→CHN")
    page.select_option("select[name=quad_class]", "3")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**quad_class=3*")
    assert int(page.locator("#total").inner_text().replace(",", "")) < narrowed


def test_a_wrong_filter_says_what_is_expected(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events?since=May")
    assert "expected YYYY, YYYY-MM or YYYY-MM-DD" in page.locator(".error").inner_text()
    page.problems.clear()  # the 400 of the page itself is logged by the browser


def test_article_page_highlights_an_events_evidence(page: Any, base_url: str) -> None:
    page.goto(base_url + "/articles")
    page.locator("table tbody tr a").first.click()
    page.wait_for_url("**/articles/*")
    triggers = page.locator("#article-text mark.trigger")
    assert triggers.count() > 0 and page.locator("#article-text mark.mention").count() > 0
    assert "CAMEO" in triggers.first.get_attribute("title")
    row = page.locator("#article-events tbody tr[data-event]").nth(1)
    event_id = row.get_attribute("data-event")
    row.click()
    active = page.locator("#article-text mark.active")
    active.first.wait_for()
    assert event_id in active.first.get_attribute("data-events").split()
    assert "selected" in row.get_attribute("class")
    evidence = row.locator("td.evidence").inner_text().strip("“”")
    highlighted = "".join(active.nth(i).inner_text() for i in range(active.count()))
    assert evidence.strip() in highlighted or highlighted.strip() in evidence


def test_paste_page_codes_a_text_live(page: Any, base_url: str) -> None:
    page.goto(base_url + "/extract")
    page.fill("textarea[name=text]", "Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Beijing on Monday.")
    page.fill("input[name=date]", "2021-05-25")
    started = time.monotonic()
    page.click("#extract-form button")
    page.wait_for_selector("#extract-result[data-ready]", timeout=60_000)
    assert time.monotonic() - started < 60
    assert page.locator("#extract-events tr").count() >= 1
    assert "CHN" in page.locator("#extract-events tr").first.inner_text()
    assert page.locator("#extract-text mark.trigger").count() >= 1


# -- issue 13: honest charts, one name per actor, every view shareable ---------------------------

OVERVIEW_SHOT = SCREENSHOT.with_name("overview.png")


def test_overview_draws_events_over_time_and_the_map_without_distortion(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#overview-timeline[data-ready] svg")
    page.wait_for_selector("#map[data-ready] svg")
    assert page.locator("#map svg path.country").count() > 150  # the shipped Natural Earth outlines
    assert page.locator("#map svg path.has-events, #map svg circle.place").count() > 0
    bars = page.locator("#overview-timeline svg rect")
    assert bars.count() > 0
    periods = sorted({bars.nth(i).get_attribute("data-period") for i in range(bars.count())})
    assert periods[0] >= "2000"  # the recalled 1949 event does not stretch the chart
    first = page.locator("#date-range").inner_text()
    assert not first.startswith("1949")
    # the year-only events of 2020 are a band of their own, not January's bar
    bands = page.locator("#overview-timeline li.band.imprecise")
    assert bands.count() > 0 and "2020" in {bands.nth(i).get_attribute("data-date") for i in range(bands.count())}
    assert "2020-01" not in periods or page.locator("#overview-timeline rect[data-period='2020-01']").count() == 0
    assert page.locator("#overview-timeline li.band.apart[data-date='1949']").count() == 1
    shot = OVERVIEW_SHOT if os.environ.get("ACCORD_UPDATE_SCREENSHOT") else tmp_path / "overview.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.select_option("#overview-interval", "week")
    page.wait_for_url("**/?interval=week")
    page.wait_for_selector("#overview-timeline[data-ready] svg")
    assert "interval=week" in page.locator("#overview-timeline-csv").get_attribute("href")
    page.reload()
    assert page.locator("#overview-interval").input_value() == "week"  # the interval survives a reload
    page.wait_for_selector("#map[data-ready] svg")


def test_a_multi_value_filter_by_name_narrows_the_table_and_survives_a_reload(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events")
    total = int(page.locator("#total").inner_text().replace(",", ""))
    page.fill("input[name=country]", "Mexico, Pakistan")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*country=*")
    narrowed = int(page.locator("#total").inner_text().replace(",", ""))
    assert 0 < narrowed < total
    rows = page.locator("table.events tbody tr")
    for i in range(rows.count()):
        dyad = rows.nth(i).locator("td").nth(1).inner_text()
        assert "MEX" in dyad or "PAK" in dyad
    page.reload()
    assert page.locator("input[name=country]").input_value() == "Mexico, Pakistan"
    assert int(page.locator("#total").inner_text().replace(",", "")) == narrowed
    # the facets count what the table holds, the roots carry their names, the downloads carry the filter
    assert "Consult" in page.locator("#facets").inner_text()
    assert all("country=Mexico" in page.locator("#downloads a").nth(i).get_attribute("href") for i in range(6))
    # a column sorts, and the sort is in the URL too
    page.locator("th a.sort:has-text('Goldstein')").click()
    page.wait_for_url("**sort=*goldstein*")
    values = [float(x.replace("+", "").replace("−", "-") or 0) for x in page.locator("table.events tbody tr td.num").all_inner_texts()]
    assert values == sorted(values) or values == sorted(values, reverse=True)


def test_the_networks_filter_is_in_its_url_and_its_export(page: Any, base_url: str) -> None:
    page.goto(base_url + "/network")
    page.wait_for_selector("#network[data-ready] svg")
    everything = page.locator("#network svg line.edge").count()
    page.fill("input[name=country]", "CHN")
    page.select_option("select[name=quad_class]", "1")
    page.click("#network-form button")
    page.wait_for_url("**/network?*country=CHN*")
    page.wait_for_selector("#network[data-ready] svg")
    assert "quad_class=1" in page.url and "country=CHN" in page.locator("#network-csv").get_attribute("href")
    assert 0 < page.locator("#network svg line.edge").count() <= everything
    csv_text = page.request.get(base_url + page.locator("#network-csv").get_attribute("href")).text()
    assert csv_text.count("\n") - 1 == page.locator("#network svg line.edge").count()
    labels = page.locator("#network svg text").all_text_contents()
    assert "China" in labels and "CHN" not in labels  # nodes are labelled with names
    page.reload()
    assert page.locator("input[name=country]").input_value() == "CHN"


def test_an_organisation_dyad_page_loads_and_the_picker_opens_a_dyad(page: Any, base_url: str) -> None:
    response = page.goto(base_url + "/dyads/NATO-RUS")
    assert response.status == 200
    page.wait_for_selector("#timeline[data-ready]")
    page.goto(base_url + "/")
    page.fill("#dyad-picker input[name=a]", "China")
    page.fill("#dyad-picker input[name=b]", "Russia")
    page.click("#dyad-picker button")
    page.wait_for_url("**/dyads/CHN-RUS*")
    page.wait_for_selector("#timeline[data-ready] svg")
    page.select_option("#interval", "week")
    page.wait_for_url("**interval=week*")
    assert "interval=week" in page.locator("#timeline-csv").get_attribute("href")
    page.reload()
    assert page.locator("#interval").input_value() == "week"
    page.wait_for_selector("#timeline[data-ready]")
    assert page.locator("#timeline li.band.apart").count() >= 1  # 1949 apart, not stretching the chart


@pytest.fixture(scope="module")
def readouts_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the White House readouts of tests/data/dev: Biden under five names."""
    from accord.ingest import ingest
    from accord.store import open_store
    from accord.web import create_app

    folder = tmp_path_factory.mktemp("readouts")
    db = str(folder / "readouts.db")
    articles = Path(__file__).resolve().parent / "data" / "dev"
    with open_store(db) as store:
        ingest(sorted(str(p) for p in articles.glob("*.txt")), store)
    with running_server(create_app(db)) as url:
        yield url


def test_the_actors_page_shows_one_biden(page: Any, readouts_url: str) -> None:
    page.goto(readouts_url + "/actors")
    rows = page.locator("table.actors tbody tr")
    bidens = [rows.nth(i).inner_text() for i in range(rows.count()) if "Biden" in rows.nth(i).locator("td").first.inner_text()]
    assert len(bidens) == 1, bidens
    assert page.locator("tr[data-actor='joseph-r-biden-jr']").count() == 1
    named = page.locator("tr[data-actor='joseph-r-biden-jr'] td").last.inner_text()
    assert "Biden" in named and "·" in named  # the names the articles use, kept as evidence
