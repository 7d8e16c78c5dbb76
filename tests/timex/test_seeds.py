"""The seed articles: the Xi-Putin call, Xi's March 2023 visit and the dates the texts imply."""

from datetime import date

from newsledger.timex import infer_document_date, tag


def seed(shared, prefix: str) -> str:
    return next(shared("corpus", "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def find(timexes, text):
    return next(t for t in timexes if t.text == text)


def test_video_call_date(shared):
    timexes = tag(seed(shared, "000"), date(2023, 1, 1))
    assert find(timexes, "December 30, 2022").value == "2022-12-30"
    assert find(timexes, "the spring of 2023").value == "2023-SP"
    assert find(timexes, "the coming months").value == "FUTURE_REF"
    assert find(timexes, "annual").type == "SET"


def test_visit_written_as_a_range(shared):
    visit = find(tag(seed(shared, "001"), date(2023, 3, 17)), "March 20-23, 2023")
    assert (visit.value, visit.value_end) == ("2023-03-20", "2023-03-23")


def test_visit_as_weekdays(shared):
    friday = date(2023, 3, 17)
    for prefix, words in (("003", "Monday through Wednesday"), ("002", "from Monday to Wednesday")):
        visit = find(tag(seed(shared, prefix), friday), words)
        assert (visit.value, visit.value_end) == ("2023-03-20", "2023-03-22")


def test_war_in_its_13th_month_and_last_year(shared):
    timexes = tag(seed(shared, "003"), date(2023, 3, 17))
    assert find(timexes, "13th month").value == "P13M"
    assert find(timexes, "last year").value == "2022"
    assert find(timexes, "last month").value == "2023-02"


def test_publication_dates_the_texts_imply(shared):
    text = seed(shared, "000")
    references = [line for line in text.splitlines() if "Accession" in line]
    found = infer_document_date(text, references)
    assert found.earliest == date(2023, 1, 1) and "access date" in found.reason
    assert infer_document_date(seed(shared, "004")).earliest == date(2022, 2, 3)


def test_undated_seeds_get_a_range_in_march_2023_with_a_reason(shared):
    for prefix in ("001", "003"):
        found = infer_document_date(seed(shared, prefix))
        assert found.earliest and found.latest and found.reason.startswith("inferred: ")
        assert date(2023, 2, 20) <= found.earliest <= date(2023, 3, 17) <= found.latest <= date(2023, 3, 31), prefix


def test_what_follows_the_video_call_takes_its_date(shared):
    from newsledger.ingest import article_from_text
    from newsledger.pipeline import analyse_batch

    path = next(shared("corpus", "seeds").glob("000_*.txt"))
    analysis = next(analyse_batch([article_from_text(str(path), path.read_text(encoding="utf-8"), [])]))
    text = analysis.article.text
    sentence = next(s for s in analysis.sentences if text[s.start:s.end].startswith("After this meeting"))
    after = [e for e in analysis.events if e.sentence == sentence.index and e.status == "occurred"]
    assert after and all((e.date, e.date_rule) == ("2022-12-30", "referred event") for e in after)
