"""The coreference passes start only at the tokens their first test lets through, read from the Doc's
arrays so that no Token is made for the others: `description_heads` (a plural word such as "leaders",
or a noun that is no compound and has "the" as its determiner) and `pronoun_positions` (a pronoun of coref.yaml tagged PRON or DET).
Sentences written for this test."""

from newsledger.actors import coref

TEXT = ("Chancellor Scholz met the Polish president in Warsaw. The two leaders discussed the border, and "
        "he said their talks were useful. The ministry's defence budget will rise, its spokesman added. "
        "They also agreed that it was time to act.")


def test_description_heads_are_plural_words_and_non_compound_nouns_after_the(nlp):
    doc = nlp(TEXT)
    plural_words = coref.words()["plural_words"]
    heads = coref.description_heads(doc, plural_words)
    expected = [t.i for t in doc if t.lower_ in plural_words or (t.pos_ == "NOUN" and t.dep_ != "compound" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children))]
    assert heads == expected
    assert {"leaders", "president", "border"} <= {doc[i].text for i in heads}
    assert not {"Scholz", "Warsaw", "the", "met", "budget", "spokesman", "time"} & {doc[i].text for i in heads}


def test_pronoun_positions_are_listed_pronouns_tagged_pron_or_det(nlp):
    doc = nlp(TEXT)
    pronouns = coref.words()["pronouns"]
    found = coref.pronoun_positions(doc, pronouns)
    assert found == [t.i for t in doc if t.lower_ in pronouns and t.pos_ in ("PRON", "DET")]
    assert {"he", "their", "its", "They"} <= {doc[i].text for i in found}
    assert "Scholz" not in {doc[i].text for i in found}


CHUNKS = ("Ministers from Kenya and Uganda, the two neighbours, signed a trade pact on Monday. It cuts tariffs on "
          "maize, sugar and cement, officials said. The deal, which lawyers drafted in Nairobi, takes effect in "
          "June.\n\nTalks resume next week.")


def test_noun_chunk_roots_are_those_of_spacys_noun_chunks(nlp):
    doc = nlp(CHUNKS)
    roots = coref.noun_chunk_roots(doc)
    assert [r.i for r in roots] == [chunk.root.i for chunk in doc.noun_chunks]
    assert {"Ministers", "pact", "It", "maize", "deal", "lawyers"} <= {r.text for r in roots}


def test_depth_counts_the_ancestors_without_making_tokens(nlp):
    doc = nlp(CHUNKS)
    sieve = coref.Sieve(doc, [], {}, None, None)
    assert [coref.depth(sieve, t) for t in doc] == [len(list(t.ancestors)) for t in doc]
    assert {coref.depth(sieve, t) for t in doc if t.dep_ == "ROOT"} == {0}
