"""Near-duplicates: a syndicated or lightly edited copy is stored, linked to its original and not analysed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from newsledger.ingest.duplicates import THRESHOLD, CopyFinder, added_news, shingles, signature, similarity
from newsledger.interfaces.ingest_run import run_ingest
from newsledger.store import Store, schema
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[2]

TALKS = [
    "Ethiopia and Kenya agreed on Thursday to reopen their shared border crossing at Moyale, closed since a "
    "cattle raid in March left eleven people dead, the Kenyan interior ministry said.",
    "Interior ministers of the two countries met in Nairobi for six hours and signed a protocol on joint "
    "patrols along the frontier.",
    "\"Traders on both sides have waited too long,\" Kenyan Interior Minister Kithure Kindiki told reporters "
    "after the meeting.",
    "Ethiopian officials said the first lorries would cross on Monday and that customs posts would stay open "
    "around the clock for a month.",
]
# The same subject, reported in other words: not a copy.
OTHER_STORY = (
    "Lorry drivers queued at Moyale on Friday, a day after Kenya and Ethiopia said the border post would "
    "reopen.\n\nLocal traders said the closure since March had doubled the price of maize in the town's market.\n\n"
    "A Kenyan police commander said extra officers had been sent to guard the crossing against cattle raids."
)


def _original() -> dict:
    return {"title": "Kenya and Ethiopia reopen Moyale border", "outlet": "Nairobi Ledger",
            "published": "2024-05-16", "text": "\n\n".join(TALKS)}


def _syndicated() -> dict:
    """The wire copy another outlet printed: its own headline and boilerplate, two paragraphs swapped."""
    body = [TALKS[0], TALKS[2], TALKS[1], TALKS[3]]
    return {"title": "Border crossing to reopen after deadly raid", "outlet": "Coast Courier", "published": "2024-05-16",
            "text": "\n\n".join(["This story was originally published by the Nairobi Ledger and is shared under a "
                                 "content partnership.", *body, "Sign up for our East Africa newsletter."])}


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _links(store: Store) -> dict[str, str | None]:
    d = schema.documents.c
    with store.transaction() as conn:
        return {doc_id: copy_of for doc_id, copy_of in conn.execute(select(d.doc_id, d.copy_of))}


def _records(store: Store, table, doc_id: str) -> int:
    with store.transaction() as conn:
        return conn.execute(select(func.count()).select_from(table).where(table.c.doc_id == doc_id)).scalar_one()


# --- the measure, without spaCy --------------------------------------------------------------------


def test_reordered_sentences_give_the_same_shingles():
    text = " ".join(TALKS)
    assert shingles(" ".join(reversed(TALKS))) == shingles(text)


def test_a_copy_with_boilerplate_and_a_light_edit_is_similar_and_another_story_is_not():
    copy = _syndicated()["text"].replace("six hours", "six hours on Wednesday")
    original = signature(_original()["text"])
    assert similarity(original, signature(copy)) >= THRESHOLD
    assert similarity(original, signature(OTHER_STORY)) < THRESHOLD / 2


def test_a_copy_of_a_copy_links_to_the_first_original_and_nothing_copies_itself():
    finder = CopyFinder()
    finder.add("first", signature(_original()["text"]))
    copy = signature(_syndicated()["text"])
    assert finder.original_of("second", copy) == "first"
    finder.add("second", copy, "first")
    assert finder.original_of("third", signature(_syndicated()["text"] + "\n\nAdvertisement")) == "first"
    # A stored copy whose original was lost (an interrupted run): that original, read again, is no copy.
    lost = CopyFinder([("second", copy, "first", "wire.jsonl:2")])
    assert lost.original_of("first", signature(_original()["text"])) is None


def test_an_edited_version_of_an_article_is_no_copy_of_it():
    url = "https://nairobi-ledger.example/moyale"
    finder = CopyFinder([("first", signature(_original()["text"]), None, url)])
    edited = signature(_original()["text"].replace("six hours", "seven hours"))
    assert finder.original_of("second", edited, url) is None  # a new version, analysed
    assert finder.original_of("second", edited, "https://coast-courier.example/moyale") == "first"


# Two facts a follow-up story adds to the first report it reprints.
NEWS = ["Border police fired tear gas at traders who tried to cross at Moyale before dawn on Saturday.",
        "Opposition leaders accused Kindiki of ignoring the warnings of local elders."]


def _follow_up() -> str:
    return "\n\n".join([*TALKS, *NEWS])


def test_a_follow_up_that_adds_news_is_no_copy_but_a_copy_with_notes_to_its_reader_is():
    original = _original()["text"]
    assert added_news(_follow_up(), original) == NEWS
    assert added_news(_syndicated()["text"], original) == []  # the syndication and newsletter notes are not news
    finder = CopyFinder()
    finder.add("first", signature(original), text=original)
    assert finder.original_of("second", signature(_follow_up()), text=_follow_up()) is None
    one_more = "\n\n".join([*TALKS, NEWS[0]])  # one sentence may be a copy's rewording: still a copy
    assert finder.original_of("second", signature(one_more), text=one_more) == "first"
    quoted = _syndicated()["text"] + "\n\n" + '"We want our cattle back," a herder told the Nairobi Ledger on Friday.'
    assert added_news(quoted, original) == [quoted.split("\n\n")[-1]]  # a speaker's "our" is news, not a note
    # The original's body is read from the ledger when it was not added in this run.
    stored = CopyFinder([("first", signature(original), None, "wire.jsonl:1")], stored_text={"first": original}.get)
    assert stored.original_of("second", signature(_follow_up()), text=_follow_up()) is None


def test_a_text_with_no_words_has_no_signature():
    assert signature("-- ... --") is None


# --- ingest -------------------------------------------------------------------------------------------


def test_a_syndicated_copy_is_linked_and_not_analysed_and_another_story_is_not(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    records = [_original(), _syndicated(), {"title": "Queues at Moyale", "outlet": "Rift Times",
                                            "published": "2024-05-17", "text": OTHER_STORY}]
    summary = run_ingest(store, [str(_write(tmp_path / "wire.jsonl", *records))])
    assert (summary.new, summary.copies) == (2, 1)
    links = _links(store)
    copies = {doc_id: original for doc_id, original in links.items() if original}
    assert len(links) == 3 and len(copies) == 1
    [(copy_id, original_id)] = copies.items()
    original = store.document(original_id)
    assert original["title"] == _original()["title"] and original["events"]  # the original is analysed
    assert [c["outlet"] for c in original["copies"]] == ["Coast Courier"]  # its records list the copy's outlet
    copy = store.document(copy_id)
    assert copy["copy_of"] == original_id and not copy["analysed"]
    for table in (schema.events, schema.quotes, schema.mentions, schema.sentences, schema.parses):
        assert _records(store, table, copy_id) == 0
    with store.transaction() as conn:
        assert conn.execute(select(func.count()).select_from(schema.minhashes)).scalar_one() == 3

    again = run_ingest(store, [str(tmp_path / "wire.jsonl")])  # idempotent
    assert (again.new, again.copies, again.unchanged) == (0, 0, 3)
    assert _links(store) == links

    # A later run checks against the ledger's signatures: another outlet's copy links to the same original.
    late = {**_syndicated(), "outlet": "Lake Herald", "text": _syndicated()["text"].replace("told reporters", "told journalists")}
    assert run_ingest(store, [str(_write(tmp_path / "late.jsonl", late))]).copies == 1
    assert sorted(c["outlet"] for c in store.document(original_id)["copies"]) == ["Coast Courier", "Lake Herald"]


def test_a_later_follow_up_that_adds_news_to_a_stored_story_is_analysed(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    run_ingest(store, [str(_write(tmp_path / "first.jsonl", _original()))])
    follow_up = {"title": "Tear gas at reopened Moyale crossing", "outlet": "Rift Times", "published": "2024-05-18",
                 "text": _follow_up()}
    summary = run_ingest(store, [str(_write(tmp_path / "later.jsonl", follow_up))])
    assert (summary.new, summary.copies) == (1, 0)
    with store.transaction() as conn:
        doc_id = conn.scalar(select(schema.documents.c.doc_id).where(schema.documents.c.outlet == "Rift Times"))
    assert store.document(doc_id)["analysed"] and _records(store, schema.events, doc_id) > 0


def test_a_copy_of_a_document_stored_without_a_signature_is_found(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    run_ingest(store, [str(_write(tmp_path / "first.jsonl", _original()))])
    with store.transaction(write=True) as conn:  # as a ledger made before signatures were kept
        conn.execute(schema.minhashes.delete())
    summary = run_ingest(store, [str(_write(tmp_path / "later.jsonl", _syndicated()))])
    assert summary.copies == 1 and len(store.signatures()) == 2


def test_workers_link_the_same_copies_as_one_process(tmp_path, cli):
    # The copy comes first in a second file; with two workers the first in input order is still the original.
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in" / "a.jsonl", _original(), {"title": "Queues at Moyale", "outlet": "Rift Times", "text": OTHER_STORY})
    _write(tmp_path / "in" / "b.jsonl", _syndicated(),
           {**_original(), "text": _original()["text"].replace("six hours", "nearly six hours")})
    links = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = cli("ingest", "--db", db, "--jobs", jobs, tmp_path / "in")
        assert result.exit_code == 0 and "2 copies linked" in result.stdout
        links.append(_links(Store(str(db))))
    assert links[0] == links[1] and sum(1 for original in links[0].values() if original) == 2


def test_deleting_an_original_makes_its_oldest_copy_the_original(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    second = {**_syndicated(), "outlet": "Lake Herald", "text": _syndicated()["text"].replace("told reporters", "said")}
    run_ingest(store, [str(_write(tmp_path / "wire.jsonl", _original(), _syndicated(), second))])
    links = _links(store)
    [original_id] = [doc_id for doc_id, original in links.items() if not original]
    store.delete_document(original_id)
    after = _links(store)
    [heir] = [doc_id for doc_id, original in after.items() if not original]
    assert set(after) == set(links) - {original_id} and list(after.values()).count(heir) == 1
    heir_row = store.document(heir)  # the oldest copy (copies stored in one second: the first by doc_id)
    assert heir_row["outlet"] in ("Coast Courier", "Lake Herald") and heir_row["analysed"] and heir_row["stale"]


# --- the acceptance floor -----------------------------------------------------------------------------


def _evaluator():
    spec = importlib.util.spec_from_file_location("eval_duplicates", REPO / "scripts" / "eval_duplicates.py")
    evaluator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluator)
    return evaluator


def test_follow_site_copies_are_all_found_and_nothing_else():
    pages = _evaluator().site_pages()
    if pages is None:
        pytest.skip("needs tests/follow/site.py")
    docs, gold = pages
    assert len(gold) >= 5 and _evaluator().link(docs) == gold


def test_reuters_copies_floor():
    shared_path("corpus", "reuters21578")
    evaluator = _evaluator()
    docs, gold = evaluator.corpus()
    result = evaluator.score(docs, gold)
    assert result["precision"] >= 0.95 and result["recall"] >= 0.95


def test_a_signature_is_the_minhash_of_the_fixed_seed_and_scheme_for_every_text():
    # The permutations are drawn once per process: each text must still get the signature a fresh MinHash gives it.
    from datasketch import MinHash

    from newsledger.ingest.duplicates import NUM_PERM, SCHEME, SEED

    for text in (" ".join(TALKS), TALKS[1], "Talks resume in Nairobi on Monday."):
        fresh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        fresh.update_batch([w.encode("utf-8") for w in shingles(text)])
        assert signature(text) == fresh.hashvalues.astype("<u8").tobytes()
