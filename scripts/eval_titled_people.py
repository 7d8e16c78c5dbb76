"""Share of people named with a title who get a role and a country from the actor resolver.

Usage: python scripts/eval_titled_people.py [--stories N] [--misses]

A *titled person* is a person mention with a state's office title of lexicon.yaml's ``titles`` right before
it ("Armenian Prime Minister Nikol Pashinyan", "Kenya's foreign minister, Musalia Mudavadi") or in apposition
after it ("Pashinyan, Armenia's prime minister", "X, the president of Kenya"). A state's office is a title
qualified by a country, or one only states have (``roles_of_the_article_country``: "Finance Minister X"); a
bare "President X" or "spokesman X" may be a company's and is not counted, nor are "counterpart", "former ..."
and a company's offices ("its president", "executive vice president", "vice-president for finance"). It counts
as covered when the mention has a role (``role:where``) and its actor, or that role, has a country.

Texts: the seed articles (../shared/corpus/seeds, dated 2024-01-01), the benchmark's Reuters-21578 stories
(bench/reuters.py, the first N with a body, dated as published) and our own test articles
(tests/actors/data/titled_people.txt, dated 2024-06-01). The Reuters stories are split once by a fixed rule:
stories at even positions (0, 2, ...) are "read" (their misses may be printed with --misses and used for
tuning), those at odd positions are "score-only" (only their counts are printed).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from newsledger.actors import load_registry, resolve
from newsledger.actors.normalise import normalise
from newsledger.nlp import get_pipeline

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
OWN = REPO / "tests" / "actors" / "data" / "titled_people.txt"
SEED_DATE = datetime.date(2024, 1, 1)
OWN_DATE = datetime.date(2024, 6, 1)
MAX_TITLE_WORDS = 4
APPOSITION_WINDOW = 8
CORPORATE_WORDS = {"its", "their", "company", "executive", "senior", "group", "firm", "bank's", "company's"}
sys.path.insert(0, str(REPO / "bench"))


def corporate(doc, start: int, end: int) -> bool:
    """A company's office, not a state's: "its president", "UCPB president", "executive vice president",
    "president of the National ...", "vice-president for finance"."""
    before = {t.lower_ for t in doc[max(start - 2, 0):start]}
    if before & CORPORATE_WORDS or (start and doc[start - 1].ent_type_ == "ORG"):
        return True
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "at"):
        following = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
        return following.ent_type_ == "ORG" or following.is_lower
    return False


def state_office(doc, start: int, end: int, titles: dict, lexicon: dict) -> bool:
    """A state's office: a title qualified by a country ("Kenyan", "Kenya's", "of Kenya"), or one that only a
    state has ("Finance Minister", ``roles_of_the_article_country``). A bare "President X" or "spokesman X" may
    be a company's and is not counted."""
    if corporate(doc, start, end):
        return False
    role = titles[normalise(doc[start:end].text)][0]
    j = start - 2 if start >= 2 and doc[start - 1].text in ("'s", "’s") else start - 1
    qualified = any(j - n + 1 >= 0 and normalise(doc[j - n + 1:j + 1].text) in lexicon["adjectives"]
                    for n in (1, 2, 3))
    after = end + 1 < len(doc) and doc[end].lower_ == "of" and any(
        normalise(doc[k:k + n].text) in lexicon["adjectives"] for k in (end + 1, end + 2) for n in (1, 2, 3)
        if k + n <= len(doc))
    return qualified or after or role in lexicon["roles_of_the_article_country"]


def titled(doc, span, titles: dict, lexicon: dict) -> bool:
    """A state's office title right before the name (a comma between allowed), or in the apposition after it."""
    past = set(lexicon["past_words"])
    end = span.start - 1 if span.start and doc[span.start - 1].text == "," else span.start
    for n in range(MAX_TITLE_WORDS, 0, -1):
        start = end - n
        if start >= 0 and normalise(doc[start:end].text) in titles:
            return not (start and doc[start - 1].lower_ in past) and state_office(doc, start, end, titles, lexicon)
    if span.end < len(doc) and doc[span.end].text == ",":
        stop = min(span.end + 1 + APPOSITION_WINDOW, span.sent.end)
        for i in range(span.end + 1, stop):
            if doc[i].text in ",;." or doc[i].lower_ in past:
                return False
            for n in range(MAX_TITLE_WORDS, 0, -1):
                if i + 1 - n > span.end and normalise(doc[i + 1 - n:i + 1].text) in titles \
                        and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
                    return state_office(doc, i + 1 - n, i + 1, titles, lexicon)
    return False


def tally(docs, dates, registry, misses: list | None = None) -> list[int]:
    titles = {normalise(t): roles for t, roles in registry.lexicon["titles"].items() if roles[0] != "counterpart"}
    lexicon = {**registry.lexicon, "adjectives": registry.adjectives}
    counts = [0, 0]
    for doc, day in zip(docs, dates):
        mentions, actors = resolve(doc, day, registry)
        for mention in mentions:
            actor = actors[mention.actor_id]
            span = doc.char_span(mention.start, mention.end)
            if actor.actor_type != "person" or span is None or not titled(doc, span, titles, lexicon):
                continue
            covered = bool(mention.role) and bool(actor.country or mention.role.split(":")[1])
            counts[0] += covered
            counts[1] += 1
            if not covered and misses is not None:
                misses.append(span.sent.text.strip().replace("\n", " "))
    return counts


def share(name: str, counts: list[int]) -> str:
    hit, total = counts
    return f"{name:28} {hit}/{total} = {hit / total:.3f}" if total else f"{name:28} 0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=2000, help="Reuters stories (the benchmark uses 2000)")
    parser.add_argument("--misses", action="store_true", help="print the misses of the read parts")
    options = parser.parse_args()
    nlp, registry = get_pipeline(), load_registry()
    misses: list[str] = []
    parts = {}
    own = [a.strip() for a in OWN.read_text(encoding="utf-8").split("\n\n") if a.strip()]
    own = ["\n".join(line for line in a.splitlines() if not line.startswith("#")) for a in own]
    parts["own test articles"] = tally(nlp.pipe(own), [OWN_DATE] * len(own), registry, misses)
    if SEEDS.exists():
        seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        parts["seeds"] = tally(nlp.pipe(seeds), [SEED_DATE] * len(seeds), registry, misses)
    from reuters import REUTERS, stories  # bench/reuters.py: the benchmark's stories

    if REUTERS.exists():
        records = list(stories(options.stories))
        for name, rest in (("Reuters read (even)", 0), ("Reuters score-only (odd)", 1)):
            chosen = records[rest::2]
            dates = [datetime.date.fromisoformat(r["published"]) for r in chosen]
            parts[name] = tally(nlp.pipe((r["text"] for r in chosen), batch_size=16), dates, registry,
                                misses if rest == 0 else None)
    for name, counts in parts.items():
        print(share(name, counts))
    print(share("all", [sum(c[0] for c in parts.values()), sum(c[1] for c in parts.values())]))
    if options.misses:
        for sentence in misses:
            print("MISS", sentence)


if __name__ == "__main__":
    main()
