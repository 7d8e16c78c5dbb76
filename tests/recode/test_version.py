"""coder_version: the package version plus a hash that follows every packaged data file and nothing else."""

from __future__ import annotations

from newsledger import __version__
from newsledger.version import HASH_CHARS, coder_version, data_hash


def test_the_data_hash_changes_with_a_data_file_and_not_with_code(tmp_path):
    (tmp_path / "events" / "data").mkdir(parents=True)
    lexicon = tmp_path / "events" / "data" / "verbs.yaml"
    lexicon.write_text("accuse: 112\n", encoding="utf-8")
    (tmp_path / "events" / "coder.py").write_text("RULES = 1\n", encoding="utf-8")
    first = data_hash(tmp_path)
    (tmp_path / "events" / "coder.py").write_text("RULES = 2\n", encoding="utf-8")
    assert data_hash(tmp_path) == first
    lexicon.write_text("accuse: 111\n", encoding="utf-8")
    assert data_hash(tmp_path) != first
    lexicon.write_text("accuse: 112\n", encoding="utf-8")
    assert data_hash(tmp_path) == first
    lexicon.rename(tmp_path / "events" / "data" / "verbs2.yaml")  # the same bytes under another name
    assert data_hash(tmp_path) != first


def test_the_running_coder_version_is_the_package_version_and_a_short_data_hash():
    version, digest = coder_version().split("+")
    assert version == __version__
    assert len(digest) == HASH_CHARS and int(digest, 16) >= 0
