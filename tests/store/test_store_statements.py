"""What storing a document costs the database: a fixed set of statements per document, however many
records it holds (records go in by executemany, never one statement a row), and statements built once
serve every dialect."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from newsledger.ingest import Article
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Mention, Sentence
from newsledger.store import Store, schema

PARAGRAPH = "The mayor of Lisbon met the mayor of Porto to talk about the new railway line. "


def _analysis(mentions: int, version: str = "v1") -> Analysis:
    """An article of `mentions` sentences, each naming the city of Porto once: made by hand, no parse needed."""
    text = PARAGRAPH * mentions
    article = Article(source=f"story-{mentions}.txt", raw=text, text=text, published="2024-05-02", language="en")
    porto = text.index("Porto")
    step = len(PARAGRAPH)
    return Analysis(
        article,
        sentences=[Sentence(i, i * step, (i + 1) * step - 1) for i in range(mentions)],
        mentions=[Mention(porto + i * step, porto + i * step + 5, "Porto", "porto", i, "exact alias") for i in range(mentions)],
        actors={"porto": Actor("porto", "Porto", "other", country="PRT"),
                "lisbon": Actor("lisbon", "Lisbon", "other", country="PRT")},
        coder_version=version,
    )


def _statements(store: Store) -> list[str]:
    """The SQL text of every statement the store runs from now on (an executemany counts once)."""
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda conn, cursor, sql, params, context, many: seen.append(sql))
    return seen


def test_saving_a_document_runs_the_same_statements_for_three_records_as_for_forty(tmp_path):
    store = Store(str(tmp_path / "ledger.db"))
    seen = _statements(store)
    assert store.save(_analysis(3))
    short = list(seen)
    seen.clear()
    assert store.save(_analysis(40))
    assert seen == short
    with store.transaction() as conn:
        stored = conn.execute(select(schema.mentions.c.start).where(schema.mentions.c.doc_id == _analysis(40).article.doc_id)).all()
    assert len(stored) == 40


def test_saving_a_stored_document_again_writes_nothing(tmp_path):
    store = Store(str(tmp_path / "ledger.db"))
    assert store.save(_analysis(3))
    seen = _statements(store)
    assert store.save(_analysis(3)) is False
    assert not [sql for sql in seen if sql.lstrip().upper().startswith(("INSERT INTO MENTIONS", "INSERT INTO PARSES", "DELETE"))]


@pytest.mark.parametrize("dialect", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_recode_restamps_the_actors_it_names_and_no_others(dialect, request, tmp_path):
    db = str(tmp_path / "ledger.db") if dialect == "sqlite" else request.getfixturevalue("new_postgres_url")
    store = Store(db)
    first = _analysis(3, version="v1")
    assert store.save(first)
    again = _analysis(3, version="v2")
    del again.actors["lisbon"]  # the new analysis no longer names Lisbon
    for _ in range(2):  # the second time, no actor differs: nothing to restamp
        store.replace(again)
        with store.transaction() as conn:
            stamped = dict(conn.execute(select(schema.actors.c.actor_id, schema.actors.c.coder_version)).all())
        assert stamped == {"porto": "v2", "lisbon": "v1"}
    store.close()
