"""Package data loading: large per-process builds run with the garbage collector paused
(newsledger.loading.without_gc), YAML data files are read by libyaml (read_yaml)."""

import gc
from pathlib import Path

import pytest
import yaml

import newsledger
from newsledger.loading import read_yaml, without_gc


def test_a_build_runs_with_the_collector_paused_and_restores_it():
    seen = []

    @without_gc
    def build():
        seen.append(gc.isenabled())
        return {"kyiv": "UKR"}

    assert gc.isenabled()
    assert build() == {"kyiv": "UKR"}
    assert seen == [False]
    assert gc.isenabled()


def test_a_nested_build_leaves_the_collector_paused_until_the_outer_one_ends():
    seen = []

    @without_gc
    def inner():
        return gc.isenabled()

    @without_gc
    def outer():
        seen.append(inner())
        seen.append(gc.isenabled())

    outer()
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_failing_build_still_restores_the_collector():
    @without_gc
    def broken():
        raise ValueError("bad data row")

    with pytest.raises(ValueError, match="bad data row"):
        broken()
    assert gc.isenabled()


def test_read_yaml_reads_every_package_data_file_as_the_pure_python_loader_does():
    files = sorted(Path(newsledger.__file__).parent.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        got = read_yaml(path)
        assert got == expected and repr(got) == repr(expected), path  # same values, types and key order
