"""Office holders from the Factbook and Wikidata: the conversion script's reading of Factbook entries and
tenures, the registry's merge with hand-made and Phoenix people, and dated roles in resolved articles."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from newsledger.actors.registry import Registry, add_office_holders, add_officials, add_phoenix
from tests.actors.conftest import at, resolver_on

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "newsledger" / "actors" / "data"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_office_holders", REPO / "scripts" / "build_office_holders.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def parser(build):
    titles = yaml.safe_load((DATA / "office_titles.yaml").read_text(encoding="utf-8"))
    return build.Parser(titles, {"swiss"}, {"afghanistan": "AFG"})


def people(entries):
    return [(e.role, e.title, e.name, e.since) for e in entries]


def test_factbook_entries_give_title_name_role_and_start(parser):
    text = ("President Anna Maria KOVAC, Jr. (since 3 March 2019); Vice President Tomas R. LINDQVIST (since NA April 2020); "
            "note - Prime Minister Ivo NOVAK resigned on 2 May 2021")
    assert people(parser.entries(text, "chief of state")) == [
        ("head_of_state", "President", "Anna Maria KOVAC Jr.", "2019-03-03"),
        ("deputy_head_of_state", "Vice President", "Tomas R. LINDQVIST", "2020-04-01"),
    ]


def test_lists_vacancies_and_shared_dates(parser):
    text = "Prime Minister (vacant); Deputy Prime Ministers Mher ARAMYAN and Tigran VOSKANYAN (since 16 January 2019)"
    assert people(parser.entries(text, "head of government")) == [
        ("deputy_head_of_government", "Deputy Prime Minister", "Mher ARAMYAN", "2019-01-16"),
        ("deputy_head_of_government", "Deputy Prime Minister", "Tigran VOSKANYAN", "2019-01-16"),
    ]


def test_combined_offices_and_representatives(parser):
    combined = "President Ivo MARKOVIC (chief of state since 28 August 2014; head of government since 9 July 2018)"
    assert people(parser.entries(combined, "chief of state"))[0][3] == "2014-08-28"
    assert people(parser.entries(combined, "head of government"))[0][3] == "2018-07-09"
    realm = "King HARALD IX (since 17 January 1991); represented by Governor General Dame Cindy KIRO (since NA 2021)"
    monarch, governor = parser.entries(realm, "chief of state")
    assert (monarch.role, monarch.name, monarch.represented) == ("head_of_state", "HARALD IX", True)
    assert (governor.role, governor.name, governor.since) == ("governor_general", "Cindy KIRO", "2021-01-01")
    several = parser.entries("Crown Prince and Prime Minister SALIM bin Hamad Al Nasir (since 2 May 2020)", "head of government")
    assert [e.role for e in several] == ["heir_apparent", "head_of_government"]


def test_family_name_first_titles_and_prose(parser):
    assert people(parser.entries("President LI Wenming (since 14 March 2013)", "chief of state")) == [
        ("head_of_state", "President", "LI Wenming", "2013-03-14")]
    assert parser.split_name("President of the Islamic Republic of Afghanistan Karim HAIDARI") == (
        "President of the Islamic Republic of Afghanistan", "Karim HAIDARI")
    assert parser.split_name("CNSP Prime Minister Ali Mahaman Lamine ZEINE") == ("Prime Minister", "Ali Mahaman Lamine ZEINE")
    assert parser.entries("former President Omar HADI was overthrown by rebels on 8 December 2024", "chief of state") == []
    assert parser.entries("President-elect Luis PARDO (assumes office 1 June 2026)", "chief of state") == []


def test_aliases_from_a_factbook_name(build):
    full, aliases, short = build.aliases_of("Joseph R. BIDEN Jr.", "President", False, True, set())
    assert (full, short) == ("Joseph R. Biden Jr.", "Biden")
    assert {"Joseph R. Biden", "Joseph Biden"} <= set(aliases)
    assert "Biden" not in aliases  # a family name alone is found through the dated surname rule, not as an alias
    assert build.aliases_of("XI Jinping", "President", True, True, set())[1] == ["Xi Jinping"]
    assert "Abiy Ahmed" in build.aliases_of("ABIY Ahmed Ali", "Prime Minister", False, True, set())[1]
    assert "Abdel El-Sisi" not in build.aliases_of("Abdel Fattah EL-SISI", "President", False, True, {"abdel"})[1]
    assert build.aliases_of("WILLIAM", "Heir Apparent Prince", False, False, set())[:2] == ("Prince William", ["Prince William"])


def entry(build, name, since, role="head_of_government"):
    return build.Entry(name, "Prime Minister", role, since)


def test_a_reappointment_or_short_vacancy_keeps_the_first_start(build):
    series = [
        ("2020-11-24", [entry(build, "Nikol PASHINYAN", "2018-05-08")]),
        ("2021-05-23", []),  # Prime Minister (vacant)
        ("2021-08-12", [entry(build, "Nikol PASHINYAN", "2021-08-02")]),
        ("2021-09-20", [entry(build, "Nikol PASHINYAN", "2021-09-10")]),
    ]
    [tenure] = build.tenures_of("ARM", series)
    assert (tenure.start, tenure.end) == ("2018-05-08", None)


def test_a_tenure_ends_when_the_successor_starts(build):
    series = [
        ("2017-03-28", [entry(build, "Ivo NOVAK", "2014-01-10")]),
        ("2020-11-24", [entry(build, "Marta SOLBERG", "2019-07-24")]),
    ]
    first, second = sorted(build.tenures_of("NOR", series), key=lambda t: t.start)
    assert (first.start, first.end) == ("2014-01-10", "2019-07-24")
    assert (second.start, second.end) == ("2019-07-24", None)


@pytest.fixture
def merged(tmp_path):
    """A registry of one hand-made person, one Phoenix person, then office holders merged in."""
    (tmp_path / "officials.psv").write_text(
        "anna-kovac|Anna Kovac||SVN|head_of_government:SVN:2019-03-05:;foreign_minister:SVN:2016-01-01:2019-03-05\n"
        "ivo-novak|Ivo Novak||SVN|foreign_minister:SVN:2019-03-05:\n", encoding="utf-8")
    (tmp_path / "phoenix.psv").write_text("petar-horvat|Petar Horvat|Horvat|person|HRVGOV:2010-01-01:\n", encoding="utf-8")
    (tmp_path / "holders.psv").write_text(
        "anna-maria-kovac|Anna Maria Kovac|Anna Kovac|Kovac|SVN|head_of_government:SVN:2019-03-03::factbook:Prime Minister\n"
        "marko-zupan|Marko Zupan||Zupan|SVN|foreign_minister:SVN:2020-05-01::wikidata:Foreign Minister\n"
        "petar-horvat|Petar Horvat||Horvat|HRV|head_of_state:HRV:2015-02-19::factbook:President\n"
        "lena-berg|Lena Berg||Berg|NOR|head_of_government:NOR:2021-10-14::factbook:Prime Minister\n", encoding="utf-8")
    registry = Registry()
    registry.lexicon = {"phoenix_country_codes": {}}
    add_officials(registry, tmp_path / "officials.psv")
    add_phoenix(registry, tmp_path / "phoenix.psv")
    add_office_holders(registry, tmp_path / "holders.psv")
    return registry


def test_the_data_wins_on_dates_and_keeps_every_alias(merged):
    anna = merged.actors["anna-kovac"]
    assert "anna-maria-kovac" not in merged.actors and "Anna Maria Kovac" in anna.aliases
    assert merged.holders("head_of_government", "SVN", "2019-03-04") == ["anna-kovac"]  # the Factbook's start
    assert merged.holders("foreign_minister", "SVN", "2018-01-01") == ["anna-kovac"]  # a hand-made office it lacks


def test_a_lagging_wikidata_minister_yields_to_the_hand_made_list(merged):
    assert "marko-zupan" not in merged.actors
    assert merged.holders("foreign_minister", "SVN", "2021-01-01") == ["ivo-novak"]


def test_a_phoenix_person_keeps_its_id_and_gains_the_office(merged):
    assert "petar-horvat" not in merged.weak
    assert merged.holders("head_of_state", "HRV", "2016-01-01") == ["petar-horvat"]
    assert merged.holders("head_of_government", "NOR", "2022-01-01") == ["lena-berg"]
    assert "lena-berg" in merged.from_holders


def test_a_small_state_prime_minister_holds_office_only_in_its_tenure(nlp, registry):
    # no title before the name: a title in the text would give the role for the article (textroles)
    text = "Mia Mottley of Barbados told the summit that climate finance must reach small islands."
    for day, role in ((datetime.date(2023, 6, 20), "head_of_government:BRB"), (datetime.date(2012, 6, 20), None)):
        _, mentions, actors = resolver_on(nlp, registry, day)(text)
        found = at(text, mentions, "Mia Mottley")
        assert found.role == role and actors[found.actor_id].country == "BRB"


def test_title_plus_nationality_finds_the_holder_on_the_date(nlp, registry):
    text = "The Kenyan president said on Monday that the corridor would open next year."
    for day, holder in ((datetime.date(2023, 5, 2), "william-ruto"), (datetime.date(2010, 5, 4), "mwai-kibaki")):
        _, mentions, _ = resolver_on(nlp, registry, day)(text)
        assert at(text, mentions, "Kenyan president").actor_id == holder


def test_an_open_ended_role_is_known_only_up_to_its_data_snapshot():
    from newsledger.actors.registry import known_on

    open_role = {"role": "foreign_minister", "country": "NOR", "start": "2021-10-14", "end": None,
                 "known_until": "2023-01-09"}
    assert known_on(open_role, "2022-12-31") and known_on(open_role, "2023-01-09")
    assert not known_on(open_role, "2023-06-01")
    assert known_on({**open_role, "end": "2023-10-16"}, "2023-06-01")  # a closed tenure speaks for itself
    assert known_on({**open_role, "known_until": None}, "2030-01-01")  # data with no snapshot: as before


def test_shipped_open_ended_roles_carry_their_source_snapshot(registry):
    from newsledger.actors.registry import role_snapshots

    snapshots = role_snapshots()
    wikidata = [r for a in registry.actors.values() for r in a.roles if r.get("source") == "wikidata" and not r["end"]]
    assert wikidata and {r["known_until"] for r in wikidata} == {str(snapshots["office_holders.psv"]["wikidata"])}


@pytest.mark.parametrize("title", ["The Norwegian foreign minister", "Norway's foreign minister"])
def test_a_title_alone_names_the_holder_only_while_the_data_knows_them(nlp, registry, title):
    text = f"{title} said on Tuesday that the fishing quota talks would resume after the summer."
    before, after = datetime.date(2022, 11, 15), datetime.date(2024, 3, 5)  # either side of Wikidata's snapshot
    _, mentions, _ = resolver_on(nlp, registry, before)(text)
    assert at(text, mentions, "foreign minister").actor_id == "anniken-huitfeldt"
    _, mentions, _ = resolver_on(nlp, registry, after)(text)
    found = at(text, mentions, "foreign minister")
    assert found is None or found.actor_id in ("NOR", "NORGOV")  # the office's country, as for an unknown holder


def test_a_named_holder_resolves_to_the_person_after_the_snapshot(nlp, registry):
    text = "Norwegian Foreign Minister Anniken Huitfeldt told reporters in Oslo that the talks had stalled."
    _, mentions, _ = resolver_on(nlp, registry, datetime.date(2024, 3, 5))(text)
    assert at(text, mentions, "Anniken Huitfeldt").actor_id == "anniken-huitfeldt"
