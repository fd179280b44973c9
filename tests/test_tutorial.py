"""docs/tutorial.md stays true: its plan-file fragments are the example file's, its outputs are real."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import planflow

from .conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"
PLAN = ROOT / "examples" / "commune_2026.toml"


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def _contained(part: object, whole: object) -> bool:
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(k in whole and _contained(v, whole[k]) for k, v in part.items())
    if isinstance(part, list) and part and isinstance(part[0], dict):
        return isinstance(whole, list) and all(any(_contained(p, w) for w in whole) for p in part)
    return part == whole


def test_every_toml_fragment_is_part_of_the_example() -> None:
    whole = tomllib.loads(PLAN.read_text(encoding="utf-8"))
    blocks = _blocks("toml")
    assert len(blocks) >= 5
    for block in blocks:
        assert _contained(tomllib.loads(block), whole), block


def test_the_example_plan_is_valid_and_reports_quarterly() -> None:
    plan = planflow.load_plan(PLAN)
    assert [p for p in planflow.validate(plan) if p.severity is planflow.Severity.ERROR] == []
    q1 = [o for o in planflow.obligations(plan) if o.period == "Báo cáo quý I năm 2026"]
    assert {o.due for o in q1} == {date(2026, 3, 19)}
    assert {(o.agency, o.recipient) for o in q1} == {
        ("cong-an-xa", "van-phong"), ("truong-thcs", "van-phong"), ("van-phong", "ubnd-xa")}


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_console_outputs_are_real(tmp_path: Path) -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    r = _run("timeframe", "Trước ngày 31/01/2026", "--year", "2026")
    assert r.returncode == 0 and r.stdout.strip() in text
    r = _run("validate", "examples/commune_2026.toml")
    assert r.returncode == 0 and r.stdout.strip() in text
    broken = PLAN.read_text(encoding="utf-8").replace('lead = ["cong-an-xa"]\npartners = ["van-phong"]',
                                                      'lead = ["cong-an"]\npartners = ["van-phong"]', 1)
    (tmp_path / "broken.toml").write_text(broken, encoding="utf-8")
    for lang in ("vi", "en"):
        r = _run("validate", "broken.toml", "--lang", lang, cwd=tmp_path)
        assert r.returncode == 2
        assert r.stderr.strip() in text, r.stderr


def test_the_tracking_section_runs_as_printed(tmp_path: Path) -> None:
    """Every command of section 7, in order; where the page prints output, it is the real one."""
    import os
    import shlex

    text = TUTORIAL.read_text(encoding="utf-8")
    section = text[text.index("## 7. Track the first quarter"):]
    env = dict(os.environ)
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
    assert len(steps) >= 8
    for command, expected in steps:
        argv = shlex.split(command)
        if argv[0] == "export":
            for pair in argv[1:]:
                k, v = pair.split("=", 1)
                env[k] = str(tmp_path / v)
            continue
        assert argv[0] == "planflow"
        argv = [str(PLAN) if a == "examples/commune_2026.toml" else a for a in argv[1:]]
        r = subprocess.run([sys.executable, "-m", "planflow", *argv], capture_output=True, text=True,
                           cwd=tmp_path, env=env, timeout=120)
        assert r.returncode == 0, (command, r.stderr)
        if expected:
            assert r.stdout.splitlines() == expected, command
    assert (tmp_path / "bao-cao-quy-1.docx").is_file() and (tmp_path / "cong-van-don-doc.docx").is_file()
    status = subprocess.run([sys.executable, "-m", "planflow", "status", str(PLAN), "--at", "2026-03-31",
                             "--json"], capture_output=True, text=True, env=env, timeout=120)
    import json

    got = {(o["agency"], o["status"]) for o in json.loads(status.stdout)["obligations"]
           if o["period"] == "Báo cáo quý I năm 2026"}
    assert got == {("cong-an-xa", "done_on_time"), ("van-phong", "done_on_time"), ("truong-thcs", "overdue")}
