"""The fuzzy match compares a name only with the registry names that can reach its cutoff: those holding one of
its pieces whole (the partitioning lemma). No name that reaches the cutoff is ever left out, so the nearest name
is the one a comparison with every name of a fitting length finds. Names and spellings written for this test."""

import random
from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz

from newsledger.actors import newcomers
from newsledger.actors.registry import Registry
from newsledger.records import Actor

NAMES = ["Baltic Maritime Research Institute", "Karlo Venstrom", "Marta Oyelaran-Sokol", "Pacific Salmon Fisheries Board",
         "Tomasz Wrzesniak", "Centre for Andean Water Studies", "Ilse van Rooyen", "Grain Exporters Association of Dakar"]


def small_registry() -> Registry:
    registry = Registry()
    for k, name in enumerate(NAMES):
        registry.add(Actor(f"test-{k}", name, "person" if len(name.split()) <= 3 else "organisation"))
    return registry


def misspelt(name: str, edits: int, rng: random.Random) -> str:
    letters = list(name)
    for _ in range(edits):
        at = rng.randrange(len(letters))
        if rng.random() < 0.5:
            del letters[at]
        else:
            letters.insert(at, rng.choice("abcdefghijklmnopqrstuvwxyz"))
    return " ".join("".join(letters).split())


def test_a_misspelt_name_finds_its_registry_name_and_a_stranger_finds_none():
    registry = small_registry()
    assert newcomers.nearest_name(registry, "karlo venstrom") == "test-1"
    assert newcomers.nearest_name(registry, "pacific salmon fisheries bord") == "test-3"
    assert newcomers.nearest_name(registry, "center for andean weather studies") == "test-5"  # ratio 93.75
    assert newcomers.nearest_name(registry, "centre for alpine water studies") is None  # ratio 90.3: too far
    assert newcomers.nearest_name(registry, "northern rail freight company") is None


def test_every_name_that_reaches_the_cutoff_is_within_reach():
    registry, rng = small_registry(), random.Random(14)
    names, _, lengths = newcomers.fuzzy_keys(registry)
    share = newcomers.FUZZY_CUTOFF / (200 - newcomers.FUZZY_CUTOFF)
    reaching = 0
    for name in names * 40:
        query = misspelt(name, rng.choice((1, 2, 3)), rng)
        low, high = bisect_left(lengths, len(query) * share), bisect_right(lengths, len(query) / share)
        passing = {k for k in range(low, high) if fuzz.ratio(query, names[k]) >= newcomers.FUZZY_CUTOFF}
        assert passing <= set(newcomers.within_reach(registry, query, low, high)), query
        reaching += bool(passing)
    assert reaching > 100  # the misspellings do reach the cutoff, so the test tests something
