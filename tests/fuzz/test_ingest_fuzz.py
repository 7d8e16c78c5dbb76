"""A property test over ingest: whatever the inputs, no exception escapes (nor fails a stage), every
good input is stored, and every record's evidence span lies inside its document and is non-empty.

Each example writes a JSON Lines file (good lines mixed with odd ones) and a few text, HTML and
binary files into a fresh ledger's folder and ingests them with `Ledger.ingest`.
`make test` runs NEWSLEDGER_FUZZ_EXAMPLES derandomized examples (default 40); `make fuzz` sets
NEWSLEDGER_FUZZ_SECONDS and runs random examples, round after round, until that time is up.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("NEWSLEDGER_FUZZ_EXAMPLES", "40"))
SECONDS = float(os.environ.get("NEWSLEDGER_FUZZ_SECONDS", "0"))
ROUND = 25  # examples per hypothesis run in a timed fuzz; the time is checked between runs

# --- news-like sentences ---------------------------------------------------------------------

ACTORS = ["Sergei Lavrov", "Wang Yi", "Joe Biden", "Olaf Scholz", "Recep Tayyip Erdogan", "the Kremlin",
          "NATO", "Ukraine", "China's foreign ministry", "Hamas", "the European Union", "a senior official"]
ACTS = ["met", "criticised", "accused", "visited", "warned", "praised", "threatened to sanction", "did not meet"]
PLACES = ["Bali", "Moscow", "Brussels", "Ankara", "Beijing", "Kyiv", "the White House"]
WHEN = ["on Monday", "last week", "next year", "on 3 March 2023", "in the coming months", "by the end of 2024", ""]
CLAIMS = ["We will not accept these demands", "The talks were useful", "Sanctions will stay until the war ends",
          "There is no military solution", "Nobody wants a wider war"]

actor = st.sampled_from(ACTORS)
when = st.sampled_from(WHEN)


def _sentence(text: str) -> str:
    return " ".join(text.split())  # drop the double space an empty WHEN leaves


sentence = st.one_of(
    st.builds(lambda a, act, b, place, w: _sentence(f"{a} {act} {b} in {place} {w}."),
              actor, st.sampled_from(ACTS), actor, st.sampled_from(PLACES), when),
    st.builds(lambda claim, a, w: _sentence(f'"{claim}," {a} said {w}.'), st.sampled_from(CLAIMS), actor, when),
    st.builds(lambda claim, a: f'"{claim}."\n{a} said.', st.sampled_from(CLAIMS), actor),  # the speaker on the next line
    st.builds(lambda a, b, w: _sentence(f"{a} said {b} would probably invade {w}."), actor, actor, when),
)
sentences = st.lists(sentence, min_size=1, max_size=5).map(" ".join)

# --- Unicode and size edge cases -------------------------------------------------------------

EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "🏳️‍🌈", "🤷‍♀️"]
rtl = st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF) | st.sampled_from("\u200f\u202b\u202e\u2067 "),
              min_size=1, max_size=80)
combining = st.builds(lambda base, marks: base + marks, st.sampled_from("aeoиا"),
                      st.text(st.characters(min_codepoint=0x0300, max_codepoint=0x036F), min_size=1, max_size=300))
emoji_run = st.lists(st.sampled_from(EMOJI), min_size=1, max_size=1500).map("".join)
cjk = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("。，、 "), min_size=1, max_size=120)
long_token = st.builds(lambda piece, n: piece * n, st.sampled_from(["a", "xy", "-", "é", "/", "1"]), st.integers(50, 12_000))
anything = st.text(max_size=150)  # any code point but lone surrogates, controls and NUL included
noise = st.one_of(rtl, combining, emoji_run, cjk, long_token, anything)
separator = st.sampled_from([" ", "\n", "\n\n", "", "\t", "\r\n"])


@st.composite
def mixed_text(draw) -> str:
    pieces = draw(st.lists(st.one_of(sentences, noise), min_size=1, max_size=6))
    return "".join(piece + draw(separator) for piece in pieces)


# --- HTML ------------------------------------------------------------------------------------

TAGS = ["p", "div", "span", "b", "a", "article", "main", "nav", "header", "footer", "ul", "li", "table", "tr",
        "td", "math", "mi", "mo", "svg", "script", "style", "title", "h1", "br", "img", "template", "noscript"]
html_fragment = st.recursive(
    st.one_of(sentences, noise),
    lambda inner: st.builds(lambda tag, children, close: f"<{tag}>{''.join(children)}" + (f"</{tag}>" if close else ""),
                            st.sampled_from(TAGS), st.lists(inner, max_size=4), st.booleans()),
    max_leaves=12,
)
deep_html = st.builds(lambda tag, depth, text: f"<{tag}>" * depth + text + f"</{tag}>" * depth,
                      st.sampled_from(["div", "span", "b"]), st.integers(1, 3000), sentences)
html_page = st.builds(lambda title, body, whole: f"<html><head><title>{title}</title></head><body>{body}</body></html>" if whole else body,
                      anything, st.one_of(html_fragment, deep_html), st.booleans())

# --- JSON Lines ------------------------------------------------------------------------------

FIELDS = ["text", "html", "title", "url", "published", "authors", "outlet"]
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                           max_leaves=8)
lone_surrogate = st.builds(lambda text, surrogate: text + surrogate, st.text(max_size=10),
                           st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))
odd_value = st.one_of(json_values, lone_surrogate, st.integers(-(10**30), 10**30))

# Each is one line of bytes (no newline) that a reader may reject but must survive.
odd_line = st.one_of(
    st.builds(lambda text, fields: json.dumps({"text": text, **fields}).encode(),
              st.one_of(sentences, noise), st.dictionaries(st.sampled_from(FIELDS), odd_value, min_size=1, max_size=3)),
    st.builds(lambda text, field, digits: f'{{"text": {json.dumps(text)}, "{field}": {"9" * digits}}}'.encode(),
              sentences, st.sampled_from(FIELDS), st.integers(4_000, 20_000)),  # past Python's int-from-string limit
    st.builds(lambda text, field, depth, closed: (f'{{"text": {json.dumps(text)}, "{field}": ' + "[" * depth + ("]" * depth + "}" if closed else "")).encode(),
              sentences, st.sampled_from(FIELDS), st.integers(1, 20_000), st.booleans()),
    st.builds(lambda text: json.dumps({"text": text}).encode()[:-1] + b"\xed\xa0\x80\"}", sentences),  # a UTF-8-encoded surrogate
    json_values.map(lambda value: json.dumps(value).encode()),  # valid JSON, but not an object
    st.binary(max_size=200).map(lambda data: data.replace(b"\n", b" ")),
)


@st.composite
def good_line(draw) -> dict:
    """A line every reader must store: real sentences (with any text beside them) and well-typed metadata."""
    line = {"text": draw(st.one_of(sentences, st.builds(lambda s, n: s + " " + n, sentences, noise)))}
    if draw(st.booleans()):
        line["title"] = draw(anything)
    if draw(st.booleans()):
        line["published"] = draw(st.dates()).isoformat()
    if draw(st.booleans()):
        line["authors"] = draw(st.lists(st.text(min_size=1, max_size=30), max_size=3))
    if draw(st.booleans()):
        line["outlet"] = draw(st.text(min_size=1, max_size=30))
    return line


other_file = st.one_of(
    st.tuples(st.just(".txt"), mixed_text().map(str.encode)),
    st.tuples(st.just(".html"), html_page.map(str.encode)),
    st.tuples(st.just(".txt"), html_page.map(str.encode)),  # HTML without the suffix
    st.tuples(st.sampled_from([".txt", ".bin", ".pdf"]), st.binary(max_size=400)),
    st.tuples(st.just(".pdf"), st.binary(max_size=300).map(lambda data: b"%PDF-1.4\n" + data)),
)
inputs = st.tuples(st.lists(st.one_of(good_line(), odd_line), min_size=1, max_size=6), st.lists(other_file, max_size=3))


# --- the invariants --------------------------------------------------------------------------

SPANS = {  # table: (start, end, column that must equal the span's text, or None)
    "sentences": [("start", "end", None)],
    "mentions": [("start", "end", "text")],
    "timexes": [("start", "end", "text")],
    "events": [("start", "end", None)],
    "quotes": [("start", "end", None), ("text_start", "text_end", None)],
    "forecasts": [("start", "end", None)],
}


def broken_spans(ledger) -> list[str]:
    """Every record whose evidence span falls outside its document, is blank, or differs from its stored text."""
    texts = dict(ledger.table("documents")[["doc_id", "text"]].itertuples(index=False))
    broken = []
    for table, spans in SPANS.items():
        for row in ledger.table(table).to_dict(orient="records"):
            text = texts[row["doc_id"]]
            for start_column, end_column, text_column in spans:
                start, end = row[start_column], row[end_column]
                where = f"{table}.{start_column}-{end_column} = {start}-{end} in {row['doc_id']} (length {len(text)})"
                if not 0 <= start < end <= len(text) or not text[start:end].strip():
                    broken.append(f"{where}: {text[start:end]!r}")
                elif text_column and row[text_column] != text[start:end]:
                    broken.append(f"{where}: {text_column} {row[text_column]!r} is not the span {text[start:end]!r}")
    return broken


def write_inputs(folder: Path, lines: list, others: list) -> tuple[list[str], dict[str, str]]:
    """The input files, and the source and URL of each good line (its serial makes its text unique)."""
    good, jsonl = {}, []
    for number, line in enumerate(lines, start=1):
        if isinstance(line, dict):
            url = f"https://example.org/news/{number}"
            line = {**line, "text": f"{line['text']} Officials gave {number} briefings.", "url": url}
            good[f"{folder / 'news.jsonl'}:{number}"] = url
            line = json.dumps(line, ensure_ascii=False).encode()
        jsonl.append(line + b"\n")
    (folder / "news.jsonl").write_bytes(b"".join(jsonl))
    paths = [str(folder / "news.jsonl")]
    for number, (suffix, data) in enumerate(others):
        paths.append(str(folder / f"input{number}{suffix}"))
        Path(paths[-1]).write_bytes(data)
    return paths, good


def test_ingest_survives_odd_inputs_and_keeps_spans_true():
    from newsledger import Ledger

    examples_run = 0

    @given(inputs)
    def ingest_one_example(example):
        nonlocal examples_run
        examples_run += 1
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            paths, good = write_inputs(folder, *example)
            with Ledger(folder / "ledger.db") as ledger:
                summary = ledger.ingest(paths)
                skipped = dict(summary.skipped)
                assert not good.keys() & skipped.keys(), {source: skipped[source] for source in good.keys() & skipped.keys()}
                stored_urls = set(ledger.table("documents")["url"])
                assert set(good.values()) <= stored_urls, f"good lines not stored: {sorted(set(good.values()) - stored_urls)}"
                assert broken_spans(ledger) == []
                # A stage that fails is caught and stored as a warning (pipeline.run_stages), but it is a bug.
                assert [warning for _, warning in summary.warnings if " stage failed (" in warning] == []

    common = dict(deadline=None, database=None, suppress_health_check=list(HealthCheck), print_blob=True)
    if SECONDS:  # fresh random examples each round
        run = settings(max_examples=ROUND, **common)(ingest_one_example)
    else:  # the same examples on every machine
        run = settings(max_examples=EXAMPLES, derandomize=True, **common)(ingest_one_example)
    started = time.monotonic()
    try:
        run()
        while time.monotonic() - started < SECONDS:
            run()
    finally:
        print(f"\nfuzz: {examples_run} examples run in {time.monotonic() - started:.0f} s")
