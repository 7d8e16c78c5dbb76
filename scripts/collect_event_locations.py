"""Collect event locations from Reuters-21578 stories for hand-checking (how
tests/places/data/reuters_locations.jsonl was started).

Runs the pipeline over the stories of the given SGML files that have a body of 300 characters or
more and either two or more PLACES tags or a trade, crude, ship or grain topic, and prints one JSON
line per distinct (location, sentence): the story's NEWID, the location phrase, the sentence, the
countries the story names (the geocoder's context) and the geocoder's answer as a draft. Every
draft answer must then be checked by hand against the sentence and story and corrected; the
fixture keeps the first 200 lines in the order found.
The fixture's first 10 lines came from a first run over reut2-007 without the story filter
(stopped early); the rest from 008, 012, 016, 019, then 002, 004, 010, 014, 017, 020, then 001,
003, 005, 006, with it.
Run: .venv/bin/python scripts/collect_event_locations.py ../shared/corpus/reuters21578/sgm/reut2-007.sgm > draft.jsonl
"""

from __future__ import annotations

import html
import json
import re
import sys

from newsledger.actors.normalise import normalise
from newsledger.ingest import Article
from newsledger.pipeline import analyse_batch
from newsledger.places import geocoder

STORY = re.compile(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)
WANTED_TOPICS = re.compile(r"trade|crude|ship|grain")


def stories(path: str):
    """(NEWID, body) of the stories worth reading: international or on trade, oil, shipping, grain."""
    raw = open(path, encoding="latin-1").read()
    for newid, story in STORY.findall(raw):
        places = re.search(r"<PLACES>(.*?)</PLACES>", story, re.S)
        topics = re.search(r"<TOPICS>(.*?)</TOPICS>", story, re.S)
        body = re.search(r"<BODY>(.*?)</BODY>", story, re.S)
        international = places and len(re.findall(r"<D>", places.group(1))) >= 2
        if not body or not (international or topics and WANTED_TOPICS.search(topics.group(1))):
            continue
        text = html.unescape(body.group(1)).replace("\x03", "").strip()
        if len(text) >= 300:
            yield newid, text


def main() -> None:
    contexts = {}  # the countries locate() saw for each location name of the story being analysed
    count_countries = geocoder.named_countries

    def recorded(doc, mentions, actors, registry, leaving_out=""):
        contexts[leaving_out] = count_countries(doc, mentions, actors, registry, leaving_out)
        return contexts[leaving_out]

    geocoder.named_countries = recorded
    seen = set()
    for path in sys.argv[1:]:
        articles = [Article(source=newid, raw=text, text=text, published="1987-03-01", language="en")
                    for newid, text in stories(path)]
        for start in range(0, len(articles), 20):
            for analysis in analyse_batch(articles[start:start + 20]):
                for event in (e for e in analysis.events if e.location):
                    countries = contexts[normalise(geocoder._name_and_qualifier(event.location)[0])]
                    s = analysis.sentences[event.sentence]
                    sentence = " ".join(analysis.article.text[s.start:s.end].split())
                    if (event.location, sentence) in seen:
                        continue
                    seen.add((event.location, sentence))
                    print(json.dumps({"newid": int(analysis.article.source), "location": event.location, "sentence": sentence,
                                      "countries": dict(countries), "geonameid": event.location_id,
                                      "country": event.location_country}, ensure_ascii=False), flush=True)
                contexts.clear()


if __name__ == "__main__":
    main()
