"""Read TimeML (TempEval-3) files and score TIMEX3 tagging the TempEval-3 way.

Extent: strict = same span; relaxed = overlapping spans. As in the TempEval-3 scorer,
relaxed precision counts system timexes that overlap some gold timex and relaxed recall
gold timexes that overlap some system timex (a gold "the year-earlier nine months" read
as two pieces costs nothing in precision). Attributes: type and value are compared on
one-to-one relaxed pairs, and attribute F1 = relaxed F1 x attribute accuracy.
`value_f1_one_to_one` is the stricter figure where every unpaired system timex counts
as a false alarm.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TimemlDoc:
    name: str
    dct: date
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _dct(xml: str) -> date:
    value = re.search(r'functionInDocument="CREATION_TIME"[^>]*|<DCT>.*?</DCT>', xml, re.S).group(0)
    found = re.search(r'value="(\d{4})-?(\d{2})-?(\d{2})', value)
    return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))


def read_timeml(path: Path) -> TimemlDoc:
    """The TEXT of a .tml file with tags removed, its DCT and its gold TIMEX3 spans."""
    xml = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S).group(1)
    parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: dict | None = None
    cursor = 0
    for tag in TAG.finditer(body):
        piece = html.unescape(body[cursor:tag.start()])
        parts.append(piece)
        length += len(piece)
        cursor = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            timexes.append(GoldTimex(open_timex["start"], length, open_timex["type"], open_timex["value"]))
        else:
            attrs = dict(ATTR.findall(tag.group(3)))
            open_timex = {"start": length, "type": attrs.get("type", ""), "value": attrs.get("value", "")}
    parts.append(html.unescape(body[cursor:]))
    return TimemlDoc(path.stem, _dct(xml), "".join(parts), timexes)


def read_corpus(root: Path) -> list[TimemlDoc]:
    return [read_timeml(path) for path in sorted(root.rglob("*.tml"))]


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    system_overlapping: int = 0
    gold_overlapping: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _f1(hits: int, system: int, gold: int) -> float:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def match(gold: list[GoldTimex], system: list) -> list[tuple[GoldTimex, object]]:
    """One-to-one relaxed matches: each gold timex takes the first unused overlapping system one."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and s.start < g.end and g.start < s.end:
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def count(gold: list[GoldTimex], system: list) -> Counts:
    pairs = match(gold, system)
    return Counts(
        gold=len(gold),
        system=len(system),
        strict=sum(g.start == s.start and g.end == s.end for g, s in pairs),
        relaxed=len(pairs),
        system_overlapping=sum(any(_overlap(g, s) for g in gold) for s in system),
        gold_overlapping=sum(any(_overlap(g, s) for s in system) for g in gold),
        type_ok=sum(g.type == s.type for g, s in pairs),
        value_ok=sum(g.value == s.value for g, s in pairs),
    )


def scores(counts: Counts) -> dict[str, float]:
    """Strict and relaxed extent F1, type accuracy and F1, value accuracy and F1."""
    strict = _f1(counts.strict, counts.system, counts.gold)
    one_to_one = _f1(counts.relaxed, counts.system, counts.gold)
    precision = counts.system_overlapping / counts.system if counts.system else 0.0
    recall = counts.gold_overlapping / counts.gold if counts.gold else 0.0
    relaxed = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    type_accuracy = counts.type_ok / counts.relaxed if counts.relaxed else 0.0
    value_accuracy = counts.value_ok / counts.relaxed if counts.relaxed else 0.0
    return {
        "strict_f1": strict,
        "relaxed_f1": relaxed,
        "type_accuracy": type_accuracy,
        "type_f1": relaxed * type_accuracy,
        "value_accuracy": value_accuracy,
        "value_f1": relaxed * value_accuracy,
        "value_f1_one_to_one": one_to_one * value_accuracy,
    }
