"""Turn Reuters-21578 SGML (../shared/corpus/reuters21578) into newsledger JSON Lines."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REUTERS = REPO.parent / "shared" / "corpus" / "reuters21578" / "sgm"
STORY = re.compile(r"<REUTERS.*?</REUTERS>", re.S)


def _field(story: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return html.unescape(m.group(1)).strip() if m else None


def stories(limit: int):
    """The first `limit` stories that have a body, as JSON Lines records."""
    count = 0
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        for story in STORY.findall(path.read_text(encoding="latin-1")):
            body = _field(story, "BODY")
            if not body:
                continue
            body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "")).strip()
            # Only the day is used; a few stories have a malformed time ("31-MAR-1987 605:12:19").
            day = datetime.strptime(_field(story, "DATE").split()[0], "%d-%b-%Y").date()
            yield {"title": _field(story, "TITLE"), "published": day.isoformat(), "outlet": "Reuters", "text": body}
            count += 1
            if count == limit:
                return


def write_jsonl(path: Path, limit: int) -> list[dict]:
    records = list(stories(limit))
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
    return records
