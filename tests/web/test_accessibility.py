"""axe-core (vendored in tests/web/vendor) on every main page and the briefing in headless Chromium, at desktop
and phone width: no serious or critical violation of axe's default rules (WCAG 2.x A and AA, and best practice);
the lesser ones, and what axe could not decide (e.g. the contrast of text over a chart), are printed for a
person to read."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from tests.web.test_browser import CHROMIUM, DRIVER, browser, server  # noqa: F401 (fixtures)

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PAIR = "a=xi-jinping&b=vladimir-putin"
PAGES = ["/", "/?q=Moscow", "/actors", "/timeline", f"/dyad?{PAIR}", "/quotes", "/forecasts", "/glossary", "/same-events",
         "/disagreements", "/actor/xi-jinping", "/map", "/network"]
BLOCKING = ("serious", "critical")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


def _axe(browser) -> tuple[list[dict], list[dict]]:
    """axe.run on the page open in `browser`: its violations and the checks it left to a person
    ("incomplete"), each {id, impact, help, targets}."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e)})));"))
    assert "error" not in result, result.get("error")
    assert result["passes"], "axe checked nothing"

    def brief(found):
        return [{"id": v["id"], "impact": v["impact"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
                for v in found]

    return brief(result["violations"]), brief(result["incomplete"])


def test_no_page_has_a_serious_or_critical_accessibility_violation(server, browser, web_ledger, tmp_path):  # noqa: F811 (fixtures)
    from newsledger.interfaces.report import write_briefing
    from newsledger.store import Store

    browser.set_script_timeout(30)
    with urllib.request.urlopen(server + "/api/search?q=Moscow") as response:
        doc = json.load(response)[0]["doc_id"]
    with urllib.request.urlopen(server + "/api/timeline") as response:
        event = json.load(response)["events"][0]["event_id"]
    briefing = write_briefing(Store(str(web_ledger)), tmp_path / "briefing.html", ["xi-jinping", "vladimir-putin"]).as_uri()
    urls = {path: server + path for path in [*PAGES, f"/doc/{doc}", f"/event/{event}"]} | {"briefing": briefing}
    blocking = {}
    try:
        for width in (1280, 390):
            browser.set_window_size(width, 900)
            for name, url in urls.items():
                browser.get(url)
                violations, undecided = _axe(browser)
                for v in violations:
                    if v["impact"] not in BLOCKING:
                        print(f"{name} at {width} px: {v['impact']} {v['id']}: {v['help']} {v['targets']}")
                for v in undecided:
                    print(f"{name} at {width} px, for a person to check: {v['id']}: {v['help']} {v['targets']}")
                blocking[name, width] = [v for v in violations if v["impact"] in BLOCKING]
    finally:
        browser.set_window_size(1280, 900)
    assert len(blocking) == 2 * len(urls)
    failing = [f"{name} at {width} px: {v['impact']} {v['id']}: {v['help']} {v['targets']}"
               for (name, width), found in blocking.items() for v in found]
    print("\n".join(failing))
    assert failing == []
