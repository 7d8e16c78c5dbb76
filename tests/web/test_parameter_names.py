"""Every list takes the same names for the same things: `actors` for the actors its records involve or
name, `page` for the page; the names pages used before (`mentioned`, `actor`, `page_no`) still work."""

from __future__ import annotations

import pytest

LISTS = ["/api/timeline", "/api/same-events", "/api/disagreements", "/api/map", "/api/network", "/api/quotes", "/api/forecasts"]
OLD_ACTOR_NAMES = {"/api/quotes": "mentioned", "/api/forecasts": "actor"}


@pytest.mark.parametrize("path", LISTS)
def test_every_list_reads_actors_by_one_name(client, path):
    answer = client.get(path, params={"actors": "Xi"})
    assert answer.status_code == 200
    if path in OLD_ACTOR_NAMES:
        assert client.get(path, params={OLD_ACTOR_NAMES[path]: "Xi"}).json() == answer.json()
    if "actors_resolved" in answer.json():
        assert [m["actor_id"] for m in answer.json()["actors_resolved"]] == ["xi-jinping"]


@pytest.mark.parametrize("path", [*LISTS, "/api/actors", "/api/search?q=Moscow"])
def test_every_list_takes_page_and_its_old_name(client, path):
    assert client.get(path, params={"page": 2}).json() == client.get(path, params={"page_no": 2}).json()


@pytest.mark.parametrize("path, old", [("/quotes", "mentioned"), ("/forecasts", "actor")])
def test_pages_link_with_the_common_names(client, path, old):
    page = client.get(path, params={old: "Putin"}).text
    assert 'name="actors" value="Putin"' in page  # the filter box shows the name under its common name
    assert f"{old}=" not in page and "page_no=" not in page
