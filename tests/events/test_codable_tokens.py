"""The coder tries only the tokens `sense.codable_tokens` lists (read from the Doc's arrays, so that no Token
is made for the rest): the list must hold every token `trigger_code` could code, or skipping the rest would
lose events. Sentences written for this test: a verb coded by its lemma, by its object, a verbal noun,
a nominal event, a sentence-initial capitalised verb and an auxiliary."""

from newsledger.events import sense

SENTENCES = [
    "Lithuania expelled two Belarusian diplomats on Thursday over the border dispute.",
    "Talks between the two governments resumed in Doha after a ceasefire was agreed.",
    "Protesters blocked the main road to the airport, the interior ministry said.",
    "Condemn the strikes, the opposition urged the government in a statement.",
    "Chile has sent rescue teams to the flooded villages and will provide aid.",
]


def test_every_token_left_out_gets_no_code(nlp):
    coded = []
    for text in SENTENCES:
        doc = nlp(text)
        listed = sense.codable_tokens(doc)
        assert listed == sorted(set(listed))
        for token in doc:
            if token.i not in listed:
                assert sense.trigger_code(token) == (None, False), token.text
        coded += [doc[i].text for i in listed if sense.trigger_code(doc[i])[0]]
    assert {"expelled", "blocked", "sent"} <= set(coded)  # the sentences exercise codes, not only Nones


def test_only_verbs_auxiliaries_and_nouns_with_a_codable_lemma_are_listed(nlp):
    doc = nlp("Lithuania expelled two Belarusian diplomats on Thursday over the border dispute.")
    listed = [doc[i] for i in sense.codable_tokens(doc)]
    assert all(t.pos_ in ("VERB", "AUX", "NOUN") for t in listed)
    assert "expelled" in [t.text for t in listed]
    assert not {"Lithuania", "Thursday", "two", "the", "."} & {t.text for t in listed}
