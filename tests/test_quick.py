"""The plainest commands done without the click command line (planflow._quick): the same
bytes and exit status as the full command, and click really not imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import synthetic_plan

from .conftest import ROOT
from .test_cli import CYCLE, GOOD

#: the script (``python -m planflow`` is planflow._script.main, quick path included) and
#: the full click command line alone
SCRIPT = [sys.executable, "-m", "planflow"]
FULL = [sys.executable, "-c", "import sys; sys.argv[0] = 'planflow'; "
        "from planflow.cli import main; main()"]

#: a task without a lead: a warning, printed before the "ok" line
WARNED = GOOD.replace('lead = ["a"]\ntimeframe = "2023-03-31"', 'timeframe = "2023-03-31"')

NO_TASKS = """\
period = 2023
[document]
symbol = "4/KH-TEST"
title = "Empty"
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("quick")
    (d / "good.toml").write_text(GOOD, encoding="utf-8")
    (d / "cycle.toml").write_text(CYCLE, encoding="utf-8")
    (d / "empty.toml").write_text(NO_TASKS, encoding="utf-8")
    (d / "broken.toml").write_text("period = \n", encoding="utf-8")
    (d / "big.json").write_text(json.dumps(synthetic_plan(300)), encoding="utf-8")
    lyson = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'examples'); "
         "from lyson_2023 import plan; import planflow; "
         "sys.stdout.buffer.write(planflow.dumps_plan(plan).encode())"],
        capture_output=True, cwd=ROOT, check=True, timeout=120).stdout
    (d / "lyson.toml").write_bytes(lyson)
    (d / "odd name.json").write_text(json.dumps(synthetic_plan(5)), encoding="utf-8")
    # Python plans: each says on stderr that its code ran (once, whichever path writes)
    for name, text in (("good", GOOD), ("cycle", CYCLE), ("warned", WARNED), ("empty", NO_TASKS)):
        (d / f"{name}_plan.py").write_text(
            "import sys, tomllib\nfrom planflow import plan_from_dict\n"
            f"print('ran {name}', file=sys.stderr)\n"
            f"plan = other = plan_from_dict(tomllib.loads({text!r}))\n", encoding="utf-8")
    (d / "raising_plan.py").write_text("import sys\nprint('ran', file=sys.stderr)\nraise RuntimeError('no plan today')\n",
                                       encoding="utf-8")
    return d


def both(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[bytes], ...]:
    return tuple(subprocess.run([*cmd, *args], capture_output=True, cwd=cwd, timeout=120)
                 for cmd in (SCRIPT, FULL))


CASES = [
    ["validate", "good.toml"],
    ["validate", "lyson.toml"],
    ["validate", "big.json"],
    ["validate", "odd name.json"],
    ["validate", "cycle.toml"],      # errors: the full command prints them
    ["validate", "empty.toml"],      # breaks the shared limits
    ["validate", "broken.toml"],     # cannot be read
    ["validate", "missing.toml"],
    ["schedule", "good.toml", "--json"],
    ["schedule", "--json", "big.json"],
    ["schedule", "lyson.toml", "--json"],
    ["schedule", "cycle.toml", "--json"],
    ["schedule", "empty.toml", "--json"],
    ["schedule", "broken.toml", "--json"],
    ["validate", "good_plan.py"],
    ["validate", "good_plan.py:other"],
    ["validate", "good_plan.py:missing"],   # no such attribute
    ["validate", "cycle_plan.py:plan"],     # errors: the full command prints them
    ["validate", "warned_plan.py"],
    ["validate", "empty_plan.py"],          # breaks the shared limits
    ["validate", "raising_plan.py"],        # cannot be loaded
    ["validate", "missing_plan.py"],
    ["schedule", "good_plan.py:plan", "--json"],
    ["schedule", "--json", "cycle_plan.py"],
]


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_the_quick_path_writes_what_the_full_command_writes(files: Path, args: list[str]) -> None:
    quick, full = both(args, files)
    assert (quick.returncode, quick.stdout, quick.stderr) == (
        full.returncode, full.stdout, full.stderr)
    assert full.returncode in (0, 2)  # a user's mistake is exit 2, never a traceback
    if args[-1].endswith((".py", ":plan", ":other", ":missing")) and "missing_plan" not in args[-1]:
        assert quick.stderr.count(b"ran") == 1  # a Python plan's code ran once
    assert b"Traceback" not in quick.stderr


def test_a_plan_with_warnings_is_printed_by_the_full_command(files: Path) -> None:
    (files / "warned.toml").write_text(WARNED, encoding="utf-8")
    quick, full = both(["validate", "warned.toml"], files)
    assert quick.returncode == full.returncode == 0
    assert quick.stdout == full.stdout and quick.stderr == full.stderr
    assert b"1 warning" in quick.stdout and b"warning: tasks[1].lead" in quick.stdout


def _imported(args: list[str], cwd: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "planflow", *args],
                         capture_output=True, text=True, cwd=cwd, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in out.stderr.splitlines()
            if line.startswith("import time:")}


@pytest.mark.parametrize("args", [["schedule", "big.json", "--json"], ["validate", "lyson.toml"],
                                  ["validate", "good_plan.py:plan"]],
                         ids=" ".join)
def test_the_quick_path_does_not_build_the_command_line(files: Path, args: list[str]) -> None:
    modules = _imported(args, files)
    assert "planflow.loader" in modules  # the measurement saw the command's imports
    assert not {"click", "rich", "planflow.cli"} & modules


@pytest.mark.parametrize("args", [["validate", "good.toml", "--lang", "en"],
                                  ["schedule", "good.toml"], ["validate", "cycle.toml"]],
                         ids=" ".join)
def test_other_arguments_take_the_full_command_line(files: Path, args: list[str]) -> None:
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "planflow", *args],
                         capture_output=True, text=True, cwd=files, timeout=120)
    assert "planflow.cli" in {line.split("|")[-1].strip() for line in out.stderr.splitlines()
                              if line.startswith("import time:")}


def test_a_python_plan_runs_its_code_once(tmp_path: Path) -> None:
    """A ``.py`` plan is the full command's: its code runs exactly once."""
    (tmp_path / "p.py").write_text(
        "import sys\nprint('ran', file=sys.stderr)\n"
        "from planflow import plan_from_dict\nimport tomllib\n"
        f"plan = plan_from_dict(tomllib.loads({GOOD!r}))\n", encoding="utf-8")
    out = subprocess.run([*SCRIPT, "validate", "p.py:plan"], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr.count("ran") == 1


#: the script, its end (planflow._script.end) telling whether a frame on the stack still
#: holds the plan when the process ends
HELD = """
import sys
import planflow._script as script
real = script.end
def end():
    f, held = sys._getframe(1), False
    while f is not None:
        held = held or any(type(v).__name__ == "Plan" for v in f.f_locals.values())
        f = f.f_back
    sys.stderr.write(f"plan held: {held}")
    real()
script.end = end
sys.argv = ["planflow", *sys.argv[1:]]
script.main()
"""


@pytest.mark.parametrize("args", [["schedule", "big.json", "--json"], ["validate", "big.json"]],
                         ids=" ".join)
def test_the_quick_path_ends_while_the_plan_is_held(files: Path, args: list[str]) -> None:
    """The process ends once the output is written, before the plan and its schedule are
    freed one by one (a few milliseconds at 10,000 tasks, a tenth of a second at 100,000),
    as the full command does."""
    out = subprocess.run([sys.executable, "-c", HELD, *args], capture_output=True, text=True,
                         cwd=files, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout
    assert out.stderr == "plan held: True"


# -- planflow --help ---------------------------------------------------------------------------
#: a plugin of the test's own: one command more in the top-level help
HELLO = """
import click
import planflow

@planflow.hookimpl
def register_commands(cli):
    @cli.command()
    def hello():
        \"\"\"Say hello.\"\"\"
"""


def _help_env(**changes: str) -> dict[str, str]:
    """The environment with an English system language and none of the variables that
    choose the help's language, width or plugins, then ``changes``."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "PLANFLOW_LANG", "COLUMNS",
                        "PLANFLOW_LOAD_PLUGINS")}
    return {**env, "LANG": "C.UTF-8", **changes}


def _help_both(args: list[str], env: dict[str, str],
               cwd: Path = ROOT) -> tuple[subprocess.CompletedProcess[str], ...]:
    return tuple(subprocess.run([*cmd[:1], "-X", "importtime", *cmd[1:], *args],
                                capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
                 for cmd in (SCRIPT, FULL))


def _modules(out: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.split("|")[-1].strip() for line in out.stderr.splitlines()
            if line.startswith("import time:")}


def _said(out: subprocess.CompletedProcess[str]) -> tuple[int, str, list[str]]:
    return out.returncode, out.stdout, [line for line in out.stderr.splitlines()
                                        if not line.startswith("import time:")]


@pytest.mark.parametrize("args", [["--help"], ["-h"]], ids=" ".join)
@pytest.mark.parametrize("lang", ["", "en"])
def test_the_top_level_help_is_the_kept_text_without_click(args: list[str], lang: str) -> None:
    """click's English help, rendered by the full command line, is byte for byte the text
    planflow._help keeps (a command added or a sentence changed fails here)."""
    from planflow._help import TEXT

    quick, full = _help_both(args, _help_env(PLANFLOW_LANG=lang))
    assert _said(quick) == _said(full) == (0, TEXT, [])
    assert "planflow.cli" in _modules(full)
    assert not {"click", "planflow.cli", "planflow.plan"} & _modules(quick)


@pytest.mark.parametrize("changes", [{"LANG": "vi_VN.UTF-8"}, {"LC_ALL": "vi_VN.UTF-8"},
                                     {"PLANFLOW_LANG": "vi"}, {"COLUMNS": "60"},
                                     {"PLANFLOW_LOAD_PLUGINS": "vn"}],
                         ids=lambda c: " ".join(f"{k}={v}" for k, v in c.items()))
def test_another_help_is_clicks(changes: dict[str, str]) -> None:
    """Another language, another width or other plugins: click renders the help (the
    Vietnamese help, a narrower one, one without the importer's commands)."""
    from planflow._help import TEXT

    quick, full = _help_both(["--help"], _help_env(**changes))
    assert _said(quick) == _said(full)
    assert quick.returncode == 0 and quick.stdout != TEXT
    assert "planflow.cli" in _modules(quick)


def test_a_plugin_with_a_command_is_in_clicks_help(tmp_path: Path) -> None:
    """A plugin installed beside the built-in ones may add a command: click renders the
    help, with it."""
    (tmp_path / "hello_plugin.py").write_text(HELLO, encoding="utf-8")
    dist = tmp_path / "hello_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[planflow]\nhello = hello_plugin\n", encoding="utf-8")
    quick, full = _help_both(["--help"], _help_env(PYTHONPATH=str(tmp_path)))
    assert _said(quick) == _said(full)
    assert quick.returncode == 0 and "  hello      Say hello." in quick.stdout
    assert "planflow.cli" in _modules(quick)
