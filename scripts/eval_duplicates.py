"""Score near-duplicate detection (newsledger.ingest.duplicates) as (copy, original) pairs.

Corpus: the first 500 Reuters-21578 stories with a body (../shared/corpus/reuters21578, read by
bench/reuters.py) plus 50 edited copies made here with a fixed seed: the copy of a story chosen at
random has its sentences reordered (one moved, two swapped), two to four boilerplate lines added
around the body (from scripts/data/duplicate_boilerplate.txt, lines written for this script) and a
new headline. Each copy is placed at a random position after its original, and every document goes
through `CopyFinder` in that order, as ingest does.

Gold pairs: the 50 (copy, original). A predicted pair is any document linked to an earlier one.
Reuters itself sent some stories twice, the same or updated: a link between two Reuters stories
is a "Reuters repeat", neither right nor wrong, when both bodies have at least 300 characters and
difflib's ratio between them is at least 0.75 (a rule fixed here, independent of the detector); any
other link between two Reuters stories is wrong (short formulaic notes such as dividend
announcements of two companies are different stories). There is no held-out split: the threshold
(0.5) and the shingle size (six words, over five) were read off the similarity ranges printed here,
and the follow tests' pages below, written apart, check them.

Second, the same scores on the follow tests' site (tests/follow/site.py, when present): its article
pages, some syndicated copies with another outlet's headline, navigation, footer and credit line,
rendered as the loopback server serves them and cleaned as ingest cleans HTML, in the site's order;
gold pairs are the copy_of links of tests/follow/data/articles.yaml.

Run: .venv/bin/python scripts/eval_duplicates.py
"""

from __future__ import annotations

import difflib
import importlib
import random
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from reuters import REUTERS, stories  # noqa: E402

from newsledger.ingest import article_from_text  # noqa: E402
from newsledger.ingest.duplicates import THRESHOLD, CopyFinder, signature  # noqa: E402

STORIES = 500
COPIES = 50
SEED = 15
BOILERPLATE = (Path(__file__).with_name("data") / "duplicate_boilerplate.txt").read_text(encoding="utf-8").splitlines()
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


def edited_copy(story: dict, rng: random.Random) -> dict:
    """A syndicated copy: sentences reordered, boilerplate lines added, another headline."""
    sentences = _SENTENCE.split(" ".join(story["text"].split()))
    if len(sentences) > 2:
        sentences.insert(rng.randrange(len(sentences)), sentences.pop(rng.randrange(len(sentences))))
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    lines = rng.sample(BOILERPLATE, rng.randint(2, 4))
    cut = rng.randint(0, len(lines))
    text = "\n".join([*lines[:cut], " ".join(sentences), *lines[cut:]])
    return {**story, "title": f"{rng.choice(['UPDATE 1', 'WRAPUP', 'ANALYSIS'])}-{(story['title'] or '').title()}",
            "outlet": "Wire Partner", "text": text}


def corpus(seed: int = SEED) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """[(doc_id, body)] in ingest order, each body cleaned as `newsledger ingest` cleans a JSON Lines
    record's text (boilerplate lines it knows are dropped), and the gold (copy, original) pairs."""
    rng = random.Random(seed)
    docs = [(f"r{i}", story) for i, story in enumerate(stories(STORIES))]
    gold = set()
    for original in sorted(rng.sample(range(len(docs)), COPIES), reverse=True):
        copy_id = f"c{original}"
        docs.insert(rng.randint(original + 1, len(docs)), (copy_id, edited_copy(docs[original][1], rng)))
        gold.add((copy_id, f"r{original}"))
    return [(doc_id, article_from_text(doc_id, r["text"], [], title=r["title"], outlet=r["outlet"]).text)
            for doc_id, r in docs], gold


def link(docs: list[tuple[str, dict]]) -> set[tuple[str, str]]:
    """The (copy, original) pairs CopyFinder finds, documents taken in order."""
    finder, links = CopyFinder(), set()
    for doc_id, text in docs:
        data = signature(text)
        if data is None:
            continue
        original = finder.original_of(doc_id, data, text=text)  # with the body, as ingest: a match that adds news is no copy
        if original:
            links.add((doc_id, original))
        finder.add(doc_id, data, original, text=text)
    return links


def is_repeat(a: str, b: str) -> bool:
    """Two Reuters bodies that are one story sent again (see the module docstring)."""
    return min(len(a), len(b)) >= 300 and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def score(docs, gold) -> dict:
    """precision, recall, the scored links and the Reuters repeats (links between two versions of a story)."""
    links, text = link(docs), dict(docs)
    repeats = {(a, b) for a, b in links if a[0] == b[0] == "r" and is_repeat(text[a], text[b])}
    scored = links - repeats
    correct = len(scored & gold)
    return {"precision": correct / len(scored) if scored else 1.0, "recall": correct / len(gold),
            "links": scored, "repeats": repeats}


def similarity_ranges(docs, gold) -> tuple[list[float], float]:
    """The three lowest similarities between a copy and its original, and the highest between two different
    stories (not a copy and its original, nor Reuters repeats, nor a copy and a repeat of its original)."""
    ids, text = [doc_id for doc_id, _ in docs], dict(docs)
    values = np.array([np.frombuffer(signature(body), dtype="<u8") for _, body in docs])
    same = (values[:, None, :] == values[None, :, :]).mean(axis=2)
    story = {doc_id: "r" + doc_id[1:] for doc_id in ids}  # a copy c12 tells story r12
    lowest_copies = sorted(float(same[ids.index(c), ids.index(o)]) for c, o in gold)[:3]
    different = [same[i, j] for i in range(len(ids)) for j in range(i) if story[ids[i]] != story[ids[j]]
                 and not (same[i, j] > 0.2 and is_repeat(text[story[ids[i]]], text[story[ids[j]]]))]
    return lowest_copies, float(max(different))


def site_pages() -> tuple[list[tuple[str, str]], set[tuple[str, str]]] | None:
    """[(slug, cleaned body)] of the follow tests' article pages in the site's order and their gold
    (copy, original) pairs; None when tests/follow/site.py is not there."""
    path = REPO / "tests" / "follow" / "site.py"
    if not path.exists():
        return None
    sys.path.insert(0, str(REPO))
    site = importlib.import_module("tests.follow.site")
    articles = site.load_articles()["articles"]
    by_slug = {a["slug"]: a for a in articles}
    docs = [(a["slug"], article_from_text(a["slug"], site.render_page(a, by_slug.get(a.get("copy_of"))), [], is_html=True).text)
            for a in articles]
    return docs, {(a["slug"], a["copy_of"]) for a in articles if a.get("copy_of")}


def main() -> None:
    if not REUTERS.exists():
        raise SystemExit(f"needs {REUTERS} (the shared corpus beside the repo)")
    docs, gold = corpus()
    result = score(docs, gold)
    print(f"Reuters-21578: {STORIES} stories + {COPIES} edited copies, threshold {THRESHOLD}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"({len(result['links'] & gold)} of {len(gold)} copies linked, {len(result['links'] - gold)} wrong links)")
    print(f"Reuters repeats linked (not scored): {len(result['repeats'])}")
    lowest, high_other = similarity_ranges(docs, gold)
    print(f"estimated Jaccard similarity: lowest copy-original {', '.join(f'{v:.3f}' for v in lowest)}; "
          f"highest between different stories {high_other:.3f}")
    pages = site_pages()
    if pages:
        docs, gold = pages
        links = link(docs)
        correct = len(links & gold)
        print(f"follow tests' site: {len(docs)} pages, {len(gold)} copies: precision "
              f"{correct / len(links) if links else 1.0:.3f}  recall {correct / len(gold):.3f}")


if __name__ == "__main__":
    main()
