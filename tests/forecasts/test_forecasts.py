from newsledger.forecasts import find_forecasts, probability
from newsledger.records import Quote, Timex


def test_scale_orders_estimative_words():
    assert probability("almost certain") > probability("likely") > probability("unlikely") > probability("remote")


def test_author_forecast_with_horizon(nlp):
    text = "Xi Jinping is expected to visit Moscow in March."
    timexes = [Timex(text.index("March"), text.index("March") + 5, "March", "DATE", "2023-03")]
    found = find_forecasts(nlp(text), [], {}, timexes, [], "2023-01-10", ["Ayse Demir"])
    assert found[0].hedge == "expected" and found[0].forecaster_name == "Ayse Demir"
    assert found[0].horizon == "2023-03" and not found[0].negated


def test_negated_forecast_in_a_quote_belongs_to_the_speaker(nlp):
    text = '"China will not provide significant military assistance," Wang said.'
    quote = Quote(0, 1, text.index(",\""), text[1:text.index(",\"")], "direct", "wang-wenbin", "Wang", "said")
    found = find_forecasts(nlp(text), [], {}, [], [quote], None, [])
    assert found[0].forecaster == "wang-wenbin" and found[0].negated and found[0].hedge == "will"


def test_past_statements_are_not_forecasts(nlp):
    text = "The minister visited Kyiv on Monday and was expected to return home on Tuesday."
    assert find_forecasts(nlp(text), [], {}, [], [], None, []) == []


def test_estimative_adverb_outranks_the_modal(nlp):
    text = "Beijing would likely prefer stability in Eastern Europe."
    found = find_forecasts(nlp(text), [], {}, [], [], None, ["Ayse Demir"])
    assert found[0].hedge == "likely" and found[0].probability == probability("likely")
    assert found[0].proposition == "Beijing would likely prefer stability in Eastern Europe"


def test_reported_promise_belongs_to_the_speaker(nlp):
    from newsledger.quotes import find_quotes
    from newsledger.records import Actor, Mention

    text = "Putin said he would “show the world how close Russia-China relations are”."
    mentions = [Mention(0, 5, "Putin", "putin", 0, "test")]
    doc = nlp(text)
    quotes = find_quotes(doc, mentions, {"putin": Actor("putin", "Vladimir Putin", "person")})
    found = find_forecasts(doc, mentions, {}, [], quotes, None, ["Ayse Demir"])
    assert found[0].hedge == "would" and found[0].forecaster == "putin"


def test_questions_are_not_forecasts(nlp):
    text = "Will Xi Jinping travel to Moscow this spring?"
    assert find_forecasts(nlp(text), [], {}, [], [], None, []) == []
