"""Inputs as people save them: legacy charsets, byte-order marks, impossible dates, menu-only text pages."""

from __future__ import annotations

import json

from newsledger.ingest import Rejected, read_articles

MEETING_RU = "Министр иностранных дел России Сергей Лавров встретился с Ван И в Пекине в понедельник. "
MEETING_FR = ("Le ministre français des Affaires étrangères a rencontré son homologue allemand à Genève mardi. "
              "Ils ont évoqué la sécurité européenne et la coopération énergétique.")


def _read(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_articles([path]))


def test_a_page_is_decoded_in_the_charset_it_declares(tmp_path):
    page = f'<html><head><meta charset="windows-1251"></head><body><article><p>{MEETING_RU * 3}</p></article></body></html>'
    [article] = _read(tmp_path, "tass.html", page.encode("cp1251"))
    assert article.text.startswith("Министр иностранных дел России")
    assert article.language == "ru"
    assert any("windows-1251, as the page declares" in w for w in article.warnings)


def test_undeclared_legacy_text_is_detected_and_western_text_reads_as_windows_1252(tmp_path):
    [french] = _read(tmp_path, "afp.txt", MEETING_FR.encode("latin-1"))
    assert "étrangères" in french.text and "\ufffd" not in french.text
    [russian] = _read(tmp_path, "ria.txt", (MEETING_RU * 2).encode("cp1251"))
    assert russian.text.startswith("Министр") and russian.language == "ru"


def test_a_byte_order_mark_before_json_lines_is_ignored(tmp_path):
    line = json.dumps({"text": "Lavrov met Wang Yi in Beijing on Friday and said Russia would strengthen ties with China."})
    [article] = _read(tmp_path, "wire.jsonl", b"\xef\xbb\xbf" + line.encode() + b"\n")
    assert article.text.startswith("Lavrov met Wang Yi")


def test_a_date_that_is_not_on_the_calendar_is_dropped_with_a_warning(tmp_path):
    lines = [{"text": "The two ministers met in Beijing on Monday and agreed to hold more talks.", "published": day}
             for day in ("2023-02-30", "2023-13-01", "2024-02-29")]
    articles = _read(tmp_path, "dates.jsonl", "\n".join(json.dumps(x) for x in lines).encode())
    assert [a.published for a in articles] == [None, None, "2024-02-29"]
    assert any("'2023-02-30' is not a calendar date" in w for w in articles[0].warnings)
    assert articles[2].published_reason == "given"


def test_a_saved_text_page_of_menu_lines_has_no_article(tmp_path):
    [page] = _read(tmp_path, "menu.txt", b"Home | News | World | Sport\nSubscribe\nShare on Facebook\n")
    assert isinstance(page, Rejected) and "no article text" in page.reason
    [story] = _read(tmp_path, "story.txt", b"Truce talks resume\nThe two delegations met in Doha on Tuesday to discuss a ceasefire.\n")
    assert story.title == "Truce talks resume"
