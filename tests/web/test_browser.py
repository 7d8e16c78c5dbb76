"""Click through the web app in a real headless Chromium: search → document → event → actor → dyad,
and resolve a forecast through its form. Screenshots land in out/screenshots/ for a person to look at."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time

import pytest

from tests.conftest import REPO

SCREENSHOTS = REPO / "out" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


def server_for(ledger):
    """Serve the ledger at path `ledger` on a free local port in a thread; yields the base URL (a fixture's body)."""
    import uvicorn

    from newsledger.interfaces.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(str(ledger)), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline, "web server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(web_ledger):
    yield from server_for(web_ledger)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console messages, CSP reports among them
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def _screenshot(browser, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / name))


def test_click_through_search_document_event_actor_dyad(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, ".search-big input[name=q]")
    box.send_keys("arrived Moscow")
    box.submit()
    browser.find_element(By.CSS_SELECTOR, "a.result").click()
    assert "Xi arrives in Moscow" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.CSS_SELECTOR, "#body .hl.event").click()
    panel = browser.find_element(By.ID, "panel")
    assert "occurred" in panel.text and "040" in panel.text
    panel.find_element(By.CSS_SELECTOR, "a.event-link").click()
    assert "Goldstein" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    browser.find_element(By.CSS_SELECTOR, "dl.facts a.actor").click()
    assert browser.find_element(By.TAG_NAME, "h1").text in ("Vladimir Putin", "Xi Jinping")
    browser.find_element(By.CSS_SELECTOR, "a.dyad-link").click()
    WebDriverWait(browser, 10).until(lambda b: "/dyad?" in b.current_url)  # no element of the page before it
    browser.find_element(By.CSS_SELECTOR, "input[name=status][value=occurred]").click()
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    WebDriverWait(browser, 10).until(lambda b: "status=occurred" in b.current_url)
    assert browser.find_elements(By.CSS_SELECTOR, "figure.dyad-chart svg rect")
    _screenshot(browser, "dyad.png")


def test_hostile_text_runs_no_script(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/?q=researcher")
    browser.find_element(By.CSS_SELECTOR, "a.result").click()
    assert '<script>alert("pwned")</script>' in browser.find_element(By.ID, "body").text
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0


def test_resolve_forecast_through_form(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server + "/forecasts?state=open")
    form = browser.find_element(By.CSS_SELECTOR, "form.resolve")
    Select(form.find_element(By.NAME, "outcome")).select_by_value("false")
    form.find_element(By.NAME, "note").send_keys("the visit was postponed")
    form.find_element(By.TAG_NAME, "button").click()
    # The POST and its redirect replace the page while we poll it; Chrome may then answer
    # any call on an element with an error (stale element, or "node does not belong to the
    # document"), so the text is read in one script call and every such error is retried.
    main_text = "return document.querySelector('main') ? document.querySelector('main').innerText : ''"
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(lambda b: "did not come true" in b.execute_script(main_text))
    assert "the visit was postponed" in browser.page_source


def test_security_policy_blocks_nothing_the_pages_use(server, browser):
    from selenium.webdriver.common.by import By

    browser.get_log("browser")  # drop what earlier tests logged
    browser.get(server + "/dyad?a=xi-jinping&b=vladimir-putin")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.dyad-chart svg rect")
    browser.get(server + "/forecasts")
    assert browser.find_elements(By.CSS_SELECTOR, "form.resolve input[name=csrf_token]")
    browser.get(server + "/?q=arrived")
    browser.find_element(By.CSS_SELECTOR, "a.result").click()
    browser.find_element(By.CSS_SELECTOR, "#body .hl.event").click()
    assert "occurred" in browser.find_element(By.ID, "panel").text  # app.js ran under the policy
    assert browser.execute_script("return getComputedStyle(document.querySelector('header.top')).display") == "flex"
    blocked = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    assert blocked == []


def test_pages_fit_a_phone_and_the_actor_box_offers_names(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(390, 844)
    try:
        browser.get(server + "/api/search?q=arrived")
        doc_id = json.loads(browser.find_element(By.TAG_NAME, "body").text)[0]["doc_id"]
        for name, path in (("timeline", "/timeline"), ("dyad-phone", "/dyad?a=CHN&b=RUS"), ("actors", "/actors"), ("quotes", "/quotes"),
                           ("forecasts-phone", "/forecasts"), ("same-events", "/same-events"), ("glossary", "/glossary"),
                           ("document-phone", f"/doc/{doc_id}")):
            browser.get(server + path)
            overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, (path, overflow)
            _screenshot(browser, f"{name}.png")
        browser.get(server + "/timeline")
        browser.find_element(By.TAG_NAME, "body").send_keys("")  # focus the page, then the first tab stop is the skip link
        browser.switch_to.active_element.send_keys("\t")
        assert browser.switch_to.active_element.get_attribute("class") == "skip"
        box = browser.find_element(By.CSS_SELECTOR, "input[name=actors]")
        box.send_keys("Vla")
        WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.querySelectorAll('#actor-names option').length") > 0)
        assert browser.execute_script("return document.querySelector('#actor-names option').value") == "Vladimir Putin"
    finally:
        browser.set_window_size(1280, 900)


def test_briefing_screenshot(web_ledger, browser, tmp_path):
    from newsledger.interfaces.report import write_briefing
    from newsledger.store import Store

    path = write_briefing(Store(str(web_ledger)), tmp_path / "briefing.html", ["xi-jinping", "vladimir-putin"])
    browser.get(path.as_uri())
    assert "Briefing" in browser.title
    assert browser.execute_script("return document.scripts.length") == 0
    _screenshot(browser, "briefing.png")
