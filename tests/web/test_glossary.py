"""The glossary holds every code the coder can give, and every code shown links to its entry."""

from __future__ import annotations

import re

from newsledger.events.patterns import load_codebook


def test_every_cameo_code_and_plover_category_has_an_entry(client):
    page = client.get("/glossary").text
    for code in load_codebook():
        assert f'id="cameo-{code}"' in page, code
    assert re.search(r'id="cameo-010">.*?Make statement.*?\+0\.0', page)
    assert re.search(r'id="cameo-013">.*?Make optimistic comment', page)
    data = client.get("/api/glossary").json()
    plover = {p["code"]: p for p in data["plover"]}
    assert set(plover) == {c["plover"] for c in data["cameo"] if c["plover"]}
    assert "042" in plover["CONSULT"]["cameo"] and plover["CONSULT"]["quad"] == "verbal cooperation"


def test_codes_shown_on_pages_link_to_their_glossary_entries(client):
    glossary = client.get("/glossary").text
    doc_id = client.get("/api/search", params={"q": "arrived"}).json()[0]["doc_id"]
    for path in ("/timeline", f"/doc/{doc_id}", "/same-events", "/disagreements"):
        anchors = re.findall(r'href="/glossary#([^"]+)"', client.get(path).text)
        assert anchors, path
        for anchor in anchors:
            assert f'id="{anchor}"' in glossary, (path, anchor)
