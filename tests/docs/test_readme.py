"""Every command the README shows runs as shown, against the sample articles."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import REPO

README = REPO / "README.md"


def readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if re.match(r"^(newsledger |cat .*\| newsledger |echo .*\| newsledger )", line)]


def test_readme_documents_every_command():
    from newsledger.interfaces.cli import app

    documented = {m for line in readme_commands() for m in re.findall(r"newsledger (\w+)", line)}
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    groups = {g.name for g in app.registered_groups}
    assert commands | groups <= documented


def readme_python() -> str:
    return "".join(re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S))


def test_readme_commands_run(tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["newsledger", "ingest", "-q", "--db", "out/ledger.db", "examples/articles"], cwd=tmp_path, env=env, check=True, capture_output=True)
    failures = []
    outputs = {}
    for command in readme_commands():
        if command.startswith(("newsledger follow", "newsledger sources check")):
            continue  # they fetch from the web, which tests never reach; tests/follow runs them on a loopback site
        if command.startswith("newsledger serve"):
            command += " --get /timeline"  # one request instead of a server that runs until stopped
        result = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True)
        outputs[command] = result.stdout
        if result.returncode != 0:
            failures.append(f"{command}\n{result.stderr[-2000:]}")
    assert not failures, "\n\n".join(failures)
    assert_worked_examples(tmp_path, outputs)
    api = subprocess.run([sys.executable, "-c", readme_python()], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert api.returncode == 0, api.stderr[-2000:]
    new, unchanged, skipped = map(int, api.stdout.splitlines()[0].split())  # counts, the skipped (file, reason) pairs counted
    assert new + unchanged == 5 and skipped == 0


def assert_worked_examples(folder: Path, outputs: dict[str, str]) -> None:
    """What the README says its examples show: the split takes only the other actor's mentions, with the
    forecast of the "they" that refers to them ("Diplomats in Brussels said they expected Sweden to join"),
    the other forecasters keep theirs, and each briefing has events."""
    from newsledger.store import Store, schema

    store = Store(str(folder / "out" / "ledger.db"), create=False)
    try:
        with store.transaction() as conn:
            split_off = conn.execute(select(schema.mentions.c.text).where(schema.mentions.c.actor_id == "brussels-diplomats")).scalars().all()
            forecasters = set(conn.execute(select(schema.forecasts.c.forecaster)).scalars())
    finally:
        store.close()
    assert "Diplomats in Brussels" in split_off and set(split_off) <= {"Diplomats in Brussels", "they"}
    assert "brussels-diplomats" in forecasters and "recep-tayyip-erdogan" in forecasters
    table = next(out for command, out in outputs.items() if command.startswith("newsledger forecasters"))
    assert "Erdo" in table and "Diplomats" in table
    briefings = [m for command in outputs for m in re.findall(r"newsledger report .*-o (\S+)", command)]
    assert briefings
    for briefing in briefings:
        html = (folder / briefing).read_text(encoding="utf-8")
        assert "No events for this selection." not in html and "events from 0 documents" not in html, briefing
