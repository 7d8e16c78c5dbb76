"""HTML pages (issue 12, point 4): boilerplate inside the main text is cut as in saved text, and a page
whose article sits only in its scripts (JSON-LD, a state object) is read from there."""

from __future__ import annotations

import json

import pytest

from newsledger.ingest import Article, article_from_text

FIRST = ("The foreign ministers of Chile and Peru signed a fisheries accord in Lima on Thursday, ending a dispute "
         "over anchovy quotas that had lasted four years.")
SECOND = "Chile's minister said a joint commission would review the quotas every spring, starting next year."


def _read(page: str) -> Article:
    article = article_from_text("page.html", page, [], is_html=True)
    assert isinstance(article, Article), article
    return article


def test_credits_teasers_and_link_lists_inside_the_main_text_are_cut():
    page = f"""<!doctype html><html><head><title>Chile and Peru sign fisheries accord</title></head><body>
    <article><h1>Chile and Peru sign fisheries accord</h1>
    <p>{FIRST}</p>
    <p>Related: Fishing fleets idle as the anchovy season is delayed</p>
    <p>{SECOND}</p>
    <p>Reporting by Rosa Quispe in Lima; additional reporting by Diego Soto in Santiago; Editing by Ann Lee</p>
    <p>Most read</p><p>Storm closes ports along the northern coast</p><p>Copper price hits a two-year high</p>
    </article></body></html>"""
    assert _read(page).text == f"{FIRST}\n{SECOND}"


def _ld_page(article: dict) -> str:
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Pacific Herald"}, article]}
    return (f'<!doctype html><html><head><title>Pacific Herald</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            '</head><body><div id="app"></div><script src="/static/app.js"></script></body></html>')


def test_an_article_held_only_in_json_ld_is_read_with_its_headline_date_and_author():
    article = _read(_ld_page({"@type": "NewsArticle", "headline": "Chile and Peru sign fisheries accord",
                              "datePublished": "2024-05-16T09:30:00-05:00", "dateModified": "2024-05-17T11:00:00-05:00",
                              "author": [{"@type": "Person", "name": "Rosa Quispe"}], "articleBody": f"{FIRST}\n\n{SECOND}"}))
    assert article.text == f"{FIRST}\n{SECOND}"
    assert (article.title, article.published, article.authors) == ("Chile and Peru sign fisheries accord", "2024-05-16", ["Rosa Quispe"])


STATE = {"page": {"kind": "article", "menu": [{"text": "World"}, {"text": "Business"}],
                  "story": {"title": "Chile and Peru sign fisheries accord", "publishedAt": "2024-05-16", "byline": "Rosa Quispe",
                            "body": [{"type": "paragraph", "text": f"<p>{FIRST}</p>"}, {"type": "paragraph", "text": SECOND}]}}}


@pytest.mark.parametrize("script", [
    f"<script>window.__INITIAL_STATE__ = {json.dumps(STATE)};window.ready = true;</script>",
    f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": STATE}})}</script>',
])
def test_an_article_held_only_in_a_script_state_object_is_read(script):
    article = _read(f'<!doctype html><html><head><title>Pacific Herald</title></head><body><div id="root"></div>{script}</body></html>')
    assert article.text == f"{FIRST}\n{SECOND}"
    assert (article.title, article.published, article.authors) == ("Chile and Peru sign fisheries accord", "2024-05-16", ["Rosa Quispe"])


def test_a_state_object_that_is_not_json_leaves_the_page_without_main_text():
    page = ('<!doctype html><html><head><title>Pacific Herald</title></head><body><div id="root"></div>'
            "<script>window.__INITIAL_STATE__ = {story: loadStory()};</script></body></html>")
    result = article_from_text("page.html", page, [], is_html=True)
    assert not isinstance(result, Article)
    assert result.reason == "HTML page with no main text"


def test_json_nested_past_the_parsers_depth_leaves_the_page_without_main_text_and_the_batch_goes_on():
    page = ('<!doctype html><html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
            + '</script></head><body><div id="root"></div></body></html>')
    result = article_from_text("page.html", page, [], is_html=True)
    assert not isinstance(result, Article)
    assert result.reason == "HTML page with no main text"


def test_a_section_label_a_summary_line_and_an_editors_note_are_no_part_of_the_article():
    # kicker over the headline, the page title prefixed with the label, a standfirst under the headline,
    # an em-dash dateline, and a correction note under the body
    page = f"""<!doctype html><html><head><title>Analysis: Can the fisheries accord hold? | Pacific Herald</title></head>
    <body><article><span class="kicker">ANALYSIS</span>
    <h1>Can the fisheries accord hold?</h1>
    <p class="dek">Chile and Peru ended a long quarrel over anchovy quotas, but fleets on both sides want more</p>
    <p>LIMA — {FIRST}</p>
    <p>{SECOND}</p>
    <p>This article was updated on May 17 to correct the name of Chile's minister.</p>
    <p>(With inputs from Reuters, EFE)</p>
    </article></body></html>"""
    article = _read(page)
    assert article.text == f"{FIRST}\n{SECOND}"
    assert article.dateline == "Lima"


def test_a_dateline_naming_two_cities_is_read():
    page = f"""<!doctype html><html><head><title>Chile and Peru sign fisheries accord</title></head><body><article>
    <h1>Chile and Peru sign fisheries accord</h1><p>LIMA/SANTIAGO — {FIRST}</p><p>{SECOND}</p></article></body></html>"""
    assert _read(page).text == f"{FIRST}\n{SECOND}"


def test_every_author_of_a_by_line_is_kept_and_no_role_or_update_is_taken_for_one():
    page = f"""<!doctype html><html><head><title>Chile and Peru sign fisheries accord</title></head><body><article>
    <h1>Chile and Peru sign fisheries accord</h1><div class="byline">By Rosa Quispe and Diego Soto</div>
    <p>{FIRST}</p><p>{SECOND}</p></article></body></html>"""
    assert _read(page).authors == ["Rosa Quispe", "Diego Soto"]
    page = page.replace("By Rosa Quispe and Diego Soto", "Rosa Quispe, Diego Soto | Updated: May 17, 2024 09:45 PET")
    assert _read(page).authors == ["Rosa Quispe", "Diego Soto"]
    page = page.replace("Rosa Quispe, Diego Soto | Updated: May 17, 2024 09:45 PET", "By Rosa Quispe, Andes correspondent")
    assert _read(page).authors == ["Rosa Quispe"]
