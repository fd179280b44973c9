"""The command line: real subprocesses for exit codes, no tracebacks for user mistakes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

CYCLE = """\
period = 2023
[document]
symbol = "2/KH-TEST"
title = "Cycle"
[[agencies]]
id = "a"
name = "A"
[[tasks]]
id = "draft"
title = "Draft"
lead = ["a"]
depends_on = ["approve"]
[[tasks]]
id = "review"
title = "Review"
lead = ["a"]
depends_on = ["draft"]
[[tasks]]
id = "approve"
title = "Approve"
lead = ["a"]
depends_on = ["review"]
"""

GOOD = """\
period = 2023
[document]
symbol = "3/KH-TEST"
title = "Good"
[[agencies]]
id = "a"
name = "A"
[[tasks]]
id = "t1"
title = "First"
lead = ["a"]
timeframe = "2023-01-01/2023-01-31"
[[tasks]]
id = "t2"
title = "Second"
lead = ["a"]
timeframe = "2023-03-31"
depends_on = ["t1"]
duration_days = 10
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    (tmp_path / "cycle.toml").write_text(CYCLE, encoding="utf-8")
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_validate_prints_the_cycle_and_exits_2(plans: Path) -> None:
    r = run("validate", str(plans / "cycle.toml"))
    assert r.returncode == 2
    assert "dependency cycle: draft (Draft) -> review (Review) -> approve (Approve) -> draft (Draft)" in r.stderr
    assert "Traceback" not in r.stderr


def test_validate_ok(plans: Path) -> None:
    r = run("validate", str(plans / "good.toml"))
    assert r.returncode == 0, r.stderr
    assert "ok: 2 tasks, 1 agency" in r.stdout


def test_schedule_json(plans: Path) -> None:
    r = run("schedule", str(plans / "good.toml"), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows == [
        {"id": "t1", "title": "First", "earliest_start": "2023-01-01", "earliest_finish": "2023-01-31",
         "latest_finish": "2023-01-31", "slack_days": 0, "critical": True},
        {"id": "t2", "title": "Second", "earliest_start": "2023-02-01", "earliest_finish": "2023-02-10",
         "latest_finish": "2023-03-31", "slack_days": 49, "critical": False},
    ]


def test_schedule_table_and_cycle(plans: Path) -> None:
    r = run("schedule", str(plans / "good.toml"))
    assert r.returncode == 0 and "Critical path: t1" in r.stdout
    r = run("schedule", str(plans / "cycle.toml"))
    assert r.returncode == 2 and "dependency cycle" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("content, expected", [
    ('period = 2023\n[[tasks]]\nid = "x"\ntitle = "X"\nduration_days = "three"\n',
     "bad.toml: tasks[0].duration_days: expected a whole number, got 'three'"),
    ("period = [", "bad.toml: not valid TOML"),
])
def test_bad_plan_file_is_one_line_exit_2(tmp_path: Path, content: str, expected: str) -> None:
    (tmp_path / "bad.toml").write_text(content, encoding="utf-8")
    r = run("validate", "bad.toml", cwd=tmp_path)
    assert r.returncode == 2
    assert expected in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_plan_and_bad_script(tmp_path: Path) -> None:
    r = run("validate", str(tmp_path / "nope.toml"))
    assert r.returncode == 2 and "no such file" in r.stderr
    (tmp_path / "s.py").write_text("plan = 3\n", encoding="utf-8")
    r = run("validate", f"{tmp_path / 's.py'}:plan")
    assert r.returncode == 2 and "is a int, not a planflow Plan" in r.stderr
    r = run("validate", f"{tmp_path / 's.py'}:other")
    assert r.returncode == 2 and "defines no such attribute" in r.stderr


def test_script_plan(tmp_path: Path) -> None:
    (tmp_path / "p.py").write_text(
        "import planflow\n"
        "plan = planflow.Plan(period=2023, agencies=[planflow.Agency('a', 'A')],\n"
        "    tasks=[planflow.Task('t', 'T', lead=['a'], timeframe='2023-05-01')])\n",
        encoding="utf-8")
    r = run("schedule", f"{tmp_path / 'p.py'}:plan", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["earliest_start"] == "2023-01-01"


def test_plugins_lists_the_builtins() -> None:
    r = run("plugins", "--json")
    assert r.returncode == 0, r.stderr
    names = {p["name"]: p for p in json.loads(r.stdout)}
    assert "vn" in names and names["vn"]["module"] == "planflow_vn"
    assert names["vn"]["distribution"].startswith("planflow ")
    assert "planflow.default_plugins" in names
    r = run("plugins")
    assert r.returncode == 0 and "planflow_vn" in r.stdout


def test_plugins_can_be_narrowed(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, PLANFLOW_LOAD_PLUGINS="")
    r = subprocess.run([sys.executable, "-m", "planflow", "plugins", "--json"], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 0
    assert [p["name"] for p in json.loads(r.stdout)] == ["planflow.default_plugins"]


def test_timeframe_iso_and_bad_options() -> None:
    r = run("timeframe", "2023-01-01/2023-03-31", "--json")
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert (d["kind"], d["start"], d["end"], d["due"]) == ("window", "2023-01-01", "2023-03-31", "2023-03-31")
    r = run("timeframe", "2023-02-30")
    assert r.returncode == 2 and "no such date" in r.stderr and "Traceback" not in r.stderr
    r = run("timeframe", "x", "--year", "2023", "--period", "2023-01-01..2023-12-31")
    assert r.returncode == 2
    r = run("timeframe", "x", "--period", "2023-12-31..2023-01-01")
    assert r.returncode == 2 and "ends before it starts" in r.stderr


def test_plugin_commands_are_added() -> None:
    """A plugin registered in-process adds a command through register_commands."""
    import click
    from click.testing import CliRunner

    import planflow
    from planflow import cli as cli_mod

    class P:
        @planflow.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            @cli.command(name="hello-test")
            def hello() -> None:
                click.echo("hello from a plugin")

    p = P()
    planflow.default_registry().register(p)
    try:
        planflow.default_registry().hook.register_commands(cli=cli_mod.cli)
        r = CliRunner().invoke(cli_mod.cli, ["hello-test"])
        assert r.exit_code == 0 and r.output == "hello from a plugin\n"
    finally:
        planflow.default_registry().unregister(p)
        cli_mod.cli.commands.pop("hello-test", None)


def test_the_script_tunes_the_collector_and_the_library_does_not() -> None:
    """The ``planflow`` script raises the collector's first threshold for the command
    (planflow._script); importing the CLI as a library leaves it as the caller set it."""
    code = ("import gc, sys\n"
            "before = gc.get_threshold()\n"
            "import planflow.cli\n"
            "assert gc.get_threshold() == before, gc.get_threshold()\n"
            "from planflow import _script\n"
            "sys.argv = ['planflow', '--version']\n"
            "try:\n    _script.main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(repr(gc.get_threshold()[0]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stderr == "10000"
    version = subprocess.run([sys.executable, "-m", "planflow", "--version"],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    assert "planflow" in version.stdout


@pytest.mark.parametrize("lang, said", [(None, "đã đọc 3 nhiệm vụ, 4 cơ quan, 1 lưu ý → "),
                                        ("en", "read 3 task(s), 4 agencies, 1 warning(s) -> ")])
def test_import_says_what_it_read_last(tmp_path, lang, said):
    """After the warnings, one line counts what was read, in the plan's language: the
    number a clerk checks against the document; then how the times were read (and,
    when there are some, the tasks to check: tests/test_import_summary.py)."""
    seed = Path(__file__).resolve().parents[1] / "examples" / "65-KH-UBND-2023.txt"
    out = tmp_path / "plan.toml"
    r = run("import", str(seed), "-o", str(out), *(["--lang", lang] if lang else []))
    assert r.returncode == 0, r.stderr
    done, times = r.stderr.strip().splitlines()[-2:]
    assert done == f"planflow: {seed}: {said}{out}", done
    assert times == f"planflow: {seed}: " + (
        "times: 3 dated" if lang else "thời gian: 3 có ngày cụ thể"), times
    from planflow import load

    assert len(load(out).tasks) == 3


def test_the_script_ends_its_process_once_the_output_is_written(plans: Path,
                                                                tmp_path: Path) -> None:
    """`schedule --json` and `validate` end the script's process as soon as their output
    is written (planflow._script.end): the output is whole, in a file as in a pipe, and
    what the interpreter would run at exit is skipped; the CLI called as a library
    returns to its caller."""
    from click.testing import CliRunner

    import planflow._script  # noqa: F401 - imported, but not running: nothing ends
    from planflow.cli import cli

    good = str(plans / "good.toml")
    inproc = CliRunner().invoke(cli, ["schedule", good, "--json"])
    assert inproc.exit_code == 0 and json.loads(inproc.output)[1]["id"] == "t2"
    marker = ("import atexit, sys\n"
              "atexit.register(lambda: sys.stderr.write('teardown ran'))\n"
              "from planflow._script import main\n"
              "sys.argv = ['planflow', *sys.argv[1:]]\n"
              "main()\n")
    out = tmp_path / "out.json"
    with out.open("wb") as f:
        r = subprocess.run([sys.executable, "-c", marker, "schedule", good, "--json"],
                           stdout=f, stderr=subprocess.PIPE, text=True, cwd=ROOT, check=True)
    assert r.stderr == ""
    assert out.read_text(encoding="utf-8") == inproc.output
    r = subprocess.run([sys.executable, "-c", marker, "validate", good], capture_output=True,
                       text=True, cwd=ROOT, check=True)
    assert "ok: 2 tasks" in r.stdout and r.stderr == ""
    # an error still leaves through the usual way (exit code 2, the interpreter's teardown)
    r = subprocess.run([sys.executable, "-c", marker, "schedule", str(plans / "cycle.toml")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and r.stderr.endswith("teardown ran")
