"""The pipeline is one-way: a stage reads what earlier stages made and never imports a later one, not even
inside a function. Every `import` of every module under src/newsledger is checked against the order below."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "newsledger"

# Earlier tiers first. Modules of one tier may import each other, except where SIBLINGS says not.
TIERS = [
    {"errors", "loading", "records", "version"},  # shared definitions, no stage
    {"ingest"},
    {"nlp"},
    {"discourse"},  # quotation marks, speech verbs, attributions: read by coreference and by the quotes stage
    {"timex"},
    {"actors", "places"},  # who and where: the place-name index and the actor registry read each other
    {"frames"},
    {"events", "quotes", "forecasts"},
    {"store"},
    {"analysis"},
    {"pipeline"},  # runs the stages and hands their analyses to the store
    {"interfaces", "follow", "__main__"},
]
SIBLINGS = {"events", "quotes", "forecasts"}  # read the same frames; none reads another's records


def tier_of(part: str) -> int:
    return next(i for i, tier in enumerate(TIERS) if part in tier)


def imported_parts(path: Path):
    """(line, first part under newsledger) of each import in the module, wherever it stands."""
    package = path.relative_to(SRC).parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the module's own package, or above it
                base = package[:len(package) - node.level + 1]
                names = [".".join(("newsledger", *base, node.module or ""))]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "newsledger" and len(parts) > 1 and parts[1]:
                yield node.lineno, parts[1]


MODULES = sorted(p for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_imports_a_later_stage(path):
    own = path.relative_to(SRC).parts[0].removesuffix(".py")
    if own == "__init__":
        return  # the package's own __init__ only names its version
    later = []
    for line, part in imported_parts(path):
        if part == own:
            continue
        if tier_of(part) > tier_of(own) or (own in SIBLINGS and part in SIBLINGS):
            later.append(f"line {line}: newsledger.{part}")
    assert not later, f"{path.relative_to(SRC)} ({own}) imports a later or sibling stage: {later}"


def test_every_package_has_a_place_in_the_order():
    parts = {p.relative_to(SRC).parts[0].removesuffix(".py") for p in MODULES} - {"__init__"}
    placed = set().union(*TIERS)
    assert parts <= placed, f"place these in TIERS: {sorted(parts - placed)}"
