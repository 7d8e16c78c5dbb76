"""The briefing: a pair means events between the two, one actor everything involving it; --since/--until
bound it; it is one HTML file with no scripts that escapes article text and links items to their sentences."""

import re
from html import unescape

import pytest

from newsledger.errors import NewsledgerError
from newsledger.interfaces.report import briefing_data, render_briefing, sentence_url, write_briefing
from tests.graphics.ledger import HOSTILE, build


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "ledger.db"
    build(path).close()
    return path


@pytest.fixture(scope="module")
def store(ledger):
    from newsledger.store import Store

    return Store(str(ledger))


def pairs(data) -> set[frozenset]:
    return {frozenset((e["source"], e["target"])) for e in data["events"]}


def test_a_pair_means_events_between_the_two_in_either_direction(store):
    data = briefing_data(store, ["CHN", "RUS"])
    assert pairs(data) == {frozenset(("xi-jinping", "vladimir-putin"))}
    assert {(e["source_unit"], e["target_unit"]) for e in data["events"]} == {("CHN", "RUS"), ("RUS", "CHN")}
    assert data["total"] == 4


def test_one_actor_means_everything_involving_it(store):
    data = briefing_data(store, ["RUS"])
    assert pairs(data) == {frozenset(("xi-jinping", "vladimir-putin")), frozenset(("vladimir-putin", "volodymyr-zelensky"))}
    assert data["total"] == 6
    assert briefing_data(store, ["Vladimir Putin"], rollup=False)["total"] == 6  # a name, counted as named


def test_more_than_two_actors_is_refused(store):
    with pytest.raises(NewsledgerError, match="one actor .* or a pair"):
        briefing_data(store, ["CHN", "RUS", "UKR"])


def test_since_and_until_bound_the_events_and_the_forecasts(store):
    march = briefing_data(store, ["RUS"], since="2023-03-01", until="2023-03-31")
    assert march["total"] == 4 and all("2023-03-01" <= e["day"] <= "2023-03-31" for e in march["events"])
    assert march["opened_count"] == 0  # Zelensky's forecast was made in February
    february = briefing_data(store, ["RUS"], until="2023-02-28")
    assert [f["forecaster"] for f in february["forecasts_opened"]] == ["volodymyr-zelensky"]
    assert february["total"] == 2 and february["opened_count"] == 1


def test_summary_counts_what_happened_apart_from_what_did_not(store):
    data = briefing_data(store, ["CHN", "RUS"])
    assert data["by_status"] == {"occurred": 2, "planned": 1, "negated": 1}
    assert (data["happened"]["q1"], data["happened"]["q2"]) == (2, 0)  # the negated aid is not material cooperation
    assert (data["happened"]["planned"], data["happened"]["unrealised"]) == (1, 1)
    assert [(e["source"], e["target"], e["count"]) for e in data["top_dyads"]] == [("CHN", "RUS", 3), ("RUS", "CHN", 1)]


def test_briefing_is_one_file_without_scripts_with_scope_map_and_network(store, tmp_path):
    html = write_briefing(store, tmp_path / "b.html", ["CHN", "RUS"], "2023-03-01", "2023-03-31").read_text()
    assert "<script" not in html.lower()
    assert not re.search(r'<(link|img|iframe)\b', html)  # nothing fetched from elsewhere
    assert "@page { size: A4" in html
    scope = unescape(re.search(r'<p class="scope">(.*?)</p>', html, re.S).group(1))
    assert "between CHN and RUS" in scope and "from 2023-03-01 to 2023-03-31" in scope and "4 events from 2 documents" in scope
    assert 'class="world-map"' in html and 'class="network"' in html


def test_every_event_links_to_its_source_sentence(store):
    html = render_briefing(store, ["CHN", "RUS"])
    rows = re.findall(r'<tr id="event-[^"]+">.*?</tr>', html, re.S)
    assert len(rows) == 4
    for row in rows:
        link = unescape(re.search(r'href="([^"]+)"', row).group(1))
        assert link.startswith("https://example.org/") and "#:~:text=" in link


def test_hostile_title_is_escaped(store):
    html = render_briefing(store, ["USA"])
    assert HOSTILE not in html and "<script>alert" not in html and "<img src=x" not in html
    assert "Biden warns Beijing &lt;script&gt;" in html


def test_sentence_url_encodes_the_fragment_and_needs_a_web_address():
    assert sentence_url("https://example.org/a#top", "Talks - and more, said Wang.") == \
        "https://example.org/a#:~:text=Talks%20%2D%20and%20more%2C%20said%20Wang."
    assert sentence_url("file:///etc/passwd", "x") is None and sentence_url(None, "x") is None


def test_report_command_takes_until_and_refuses_three_actors(cli, ledger, tmp_path):
    out = tmp_path / "b.html"
    result = cli("report", "--db", ledger, "--actors", "CHN,RUS", "--until", "2023-03-18", "-o", out)
    assert result.exit_code == 0
    scope = unescape(re.search(r'<p class="scope">(.*?)</p>', out.read_text(), re.S).group(1))
    assert "1 event from 1 document" in scope  # Putin's praise on the 17th; the visit planned for the 20th is later
    assert "0 forecasts made" in scope  # Zelensky's forecast names Russia but not China
    refused = cli("report", "--db", ledger, "--actors", "CHN,RUS,UKR", "-o", out)
    assert refused.exit_code == 1 and "pair" in refused.output
