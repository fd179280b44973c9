"""The documentation cannot drift from the code.

Modelled on datasette's tests/test_docs.py: every hook has a section in docs/plugins.md
naming each of its arguments, every CLI command has a section in docs/cli.md, every key
the plan-file loader accepts is documented in docs/plan-file.md, and the plan-file
examples load.
"""

from __future__ import annotations

import inspect
import json
import re
import tomllib
import types
from pathlib import Path

import attrs
import pytest

import planflow
from planflow import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

HOOKSPECS = sorted(
    (name, fn)
    for name, fn in vars(hookspecs).items()
    if inspect.isfunction(fn) and hasattr(fn, "planflow_spec")
)


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str | None:
    """The text under the markdown heading ``heading`` (any level) up to the next heading
    of the same or a higher level; None when there is no such heading."""
    m = re.search(rf"^(#+) {re.escape(heading)}[ \t]*$", text, re.M)
    if m is None:
        return None
    level = len(m.group(1))
    nxt = re.compile(rf"^#{{1,{level}}} ", re.M).search(text, m.end())
    return text[m.end(): nxt.start() if nxt else len(text)]


def _fences(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, re.M | re.S)


# -- hooks ---------------------------------------------------------------------

def test_hookspecs_found():
    names = {name for name, _ in HOOKSPECS}
    assert "register_timeframe_parsers" in names
    registered = {n for n in vars(planflow.default_registry().hook) if not n.startswith("_")}
    assert names == registered


@pytest.mark.parametrize(("name", "fn"), HOOKSPECS, ids=[n for n, _ in HOOKSPECS])
def test_hook_is_documented(name, fn):
    section = _section(_read("plugins.md"), name)
    assert section is not None, f"docs/plugins.md has no '### {name}' heading"
    for arg in inspect.signature(fn).parameters:
        assert f"`{arg}`" in section, f"docs/plugins.md: section {name} never mentions `{arg}`"
    assert "```python" in section, f"docs/plugins.md: section {name} has no example"


@pytest.mark.parametrize(("name", "fn"), HOOKSPECS, ids=[n for n, _ in HOOKSPECS])
def test_hookspec_docstring_has_example(name, fn):
    doc = inspect.getdoc(fn)
    assert doc, f"hookspec {name} has no docstring"
    assert "Example" in doc, f"hookspec {name}'s docstring has no Example"


def test_plugins_doc_names_discovery():
    text = _read("plugins.md")
    for needle in ("`planflow`", "PLANFLOW_LOAD_PLUGINS", "pm.register", "[project.entry-points.planflow]",
                   "planflow.__all__"):
        assert needle in text


def test_example_plugin_works(tmp_path):
    """The complete example plugin in docs/plugins.md registers and does what it says."""
    from click.testing import CliRunner

    from planflow.cli import _add_plugin_commands, cli

    code = next(b for b in _fences(_read("plugins.md"), "python") if "def register_calendars" in b
                and "def register_commands" in b)
    mod = types.ModuleType("planflow_docs_example")
    exec(compile(code, "docs/plugins.md", "exec"), mod.__dict__)
    _add_plugin_commands()  # the installed plugins' commands first, as in `planflow`
    planflow.default_registry().register(mod, name="docs-example")
    try:
        plan = planflow.plan_from_dict({
            "period": 2023, "calendar": "lyson",
            "agencies": [{"id": "a", "name": "A"}],
            "tasks": [{"id": "t", "title": "T", "lead": "a", "timeframe": "Giữa năm"}],
        })
        assert planflow.work_calendar(plan).name == "lyson"
        assert plan.tasks[0].timeframe.due.isoformat() == "2023-06-30"
        assert [p.code for p in planflow.validate(plan)] == ["lyson-no-recipients"]
        mod.register_commands(cli=cli)
        f = tmp_path / "plan.json"
        f.write_text(json.dumps(planflow.unstructure_plan(plan)), encoding="utf-8")
        result = CliRunner().invoke(cli, ["count", str(f)])
        assert result.exit_code == 0, result.output
        assert result.output.strip() == "1"
    finally:
        planflow.default_registry().unregister(name="docs-example")
        cli.commands.pop("count", None)


# -- CLI -----------------------------------------------------------------------

def test_cli_commands_documented():
    from planflow.cli import cli

    text = _read("cli.md")
    core = [name for name, cmd in cli.commands.items()
            if getattr(cmd.callback, "__module__", "") == "planflow.cli"]
    assert {"validate", "schedule", "plugins", "timeframe"} <= set(core)
    for name in core:
        assert _section(text, name) is not None, f"docs/cli.md has no '## {name}' heading"
        assert f"planflow {name} --help" in text


def test_cli_command_list_is_generated_from_the_cli():
    """docs/cli.md's list is the one walking click's command tree gives (every command,
    every subcommand, the installed plugins' commands); regenerate it with
    ``python -m planflow._cli_docs --write``."""
    from planflow._cli_docs import command_table, current_block

    assert current_block(_read("cli.md")) == command_table(), \
        "docs/cli.md's command list is stale: run python -m planflow._cli_docs --write"


def test_a_missing_command_fails_the_list_check():
    """A command a plugin adds (or a subcommand) changes the generated list."""
    import click

    from planflow._cli_docs import command_table, current_block
    from planflow.cli import _add_plugin_commands, cli

    _add_plugin_commands()

    @cli.group(name="zz-extra")
    def extra() -> None:
        """A plugin's group."""

    @extra.command(name="sub")
    @click.argument("thing")
    def sub(thing: str) -> None:
        """Do a thing."""

    try:
        table = command_table()
        assert "| `planflow zz-extra sub` | THING | Do a thing. | tests |" in table
        assert current_block(_read("cli.md")) != table
    finally:
        cli.commands.pop("zz-extra", None)


def test_plugin_cli_commands_documented():
    """Commands the installed plugins add are documented somewhere in docs/."""
    from planflow.cli import _add_plugin_commands, cli

    _add_plugin_commands()
    every = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    for name, cmd in cli.commands.items():
        if getattr(cmd.callback, "__module__", "") != "planflow.cli":
            assert f"planflow {name}" in every, f"plugin command {name!r} is not in docs/"


def test_cli_json_fields_documented():
    text = _read("cli.md")
    for field in ("id", "title", "earliest_start", "earliest_finish", "latest_finish",
                  "slack_days", "critical", "code", "severity", "where", "message", "subjects",
                  "open_ended", "occurrences", "distribution", "hooks"):
        assert f"`{field}`" in text, field


# -- plan files ----------------------------------------------------------------

def _wrap(block: dict) -> dict:
    """A snippet of task keys (``timeframe = ...``) inside a minimal plan."""
    if "tasks" in block or "document" in block or "agencies" in block:
        return block
    return {"period": 2023, "tasks": [{"id": "t", "title": "T", **block}]}


def test_plan_file_toml_blocks_load():
    blocks = _fences(_read("plan-file.md"), "toml")
    assert blocks
    for block in blocks:
        plan = planflow.plan_from_dict(_wrap(tomllib.loads(block)), "docs/plan-file.md")
        assert plan.tasks


def test_plan_file_json_blocks_load():
    blocks = _fences(_read("plan-file.md"), "json")
    assert blocks
    for block in blocks:
        plan = planflow.plan_from_dict(_wrap(json.loads(block)), "docs/plan-file.md")
        assert plan.tasks


def test_plan_file_examples_are_the_same_plan():
    text = _read("plan-file.md")
    tomls = [b for b in _fences(text, "toml") if "[[tasks]]" in b]
    jsons = [b for b in _fences(text, "json") if '"tasks"' in b]
    assert len(tomls) == 1 and len(jsons) == 1
    from_toml = tomllib.loads(tomls[0])
    from_json = json.loads(jsons[0])
    assert from_toml == from_json
    a = planflow.plan_from_dict(from_toml)
    b = planflow.plan_from_dict(from_json)
    assert a == b
    problems = planflow.validate(a)
    assert not [p for p in problems if p.severity is planflow.Severity.ERROR], problems
    # the complete example uses every top-level key but settings
    assert set(from_toml) == {f.name for f in attrs.fields(planflow.Plan) if f.init} - {"settings"}


@pytest.mark.parametrize("cls", [planflow.Plan, planflow.Task, planflow.Agency,
                                 planflow.DocumentInfo, planflow.DocumentRef, planflow.Signature,
                                 planflow.Section, planflow.Regime, planflow.ReportPeriod],
                         ids=lambda c: c.__name__)
def test_plan_file_fields_documented(cls):
    text = _read("plan-file.md")
    for field in attrs.fields(cls):
        if not field.init:  # private caches (the registry a plan was read in...)
            continue
        assert f"`{field.name}`" in text, f"docs/plan-file.md never mentions {cls.__name__}.{field.name}"


def test_plan_file_timeframe_keys_documented():
    from planflow.planfile import _TF_KEYS

    section = _section(_read("plan-file.md"), "Timeframes")
    assert section is not None
    for key in _TF_KEYS:
        assert f"`{key}`" in section, key
    for kind in planflow.Kind:
        assert f"`{kind.value}`" in section, kind


def test_validation_codes_documented():
    text = _read("concepts.md")
    src = (ROOT / "src" / "planflow" / "validation.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'Problem(?:\.worded)?\(\s*"([a-z-]+)"', src))
    assert {"cycle", "unknown-task", "unknown-agency", "duplicate-id"} <= codes
    for code in codes:
        assert f"`{code}`" in text, code


# -- the site ------------------------------------------------------------------

def test_every_page_is_in_nav():
    nav = re.findall(r"^\s*-\s*[^:\n]+:\s*(\S+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
                     re.M)
    pages = sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md"))
    assert sorted(nav) == pages


# -- the API page and the architecture page match the code --------------------------------
def test_api_page_names_every_public_name():
    text = _read("api.md")
    missing = [n for n in planflow.__all__ if n != "__version__" and f"`{n}`" not in text]
    assert not missing, f"docs/api.md does not name: {', '.join(missing)}"


def _layers() -> dict[str, int]:
    section = _read("architecture.md").split("## The modules, in import order", 1)[1]
    out: dict[str, int] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].isdigit():
            for name in cells[1].split(","):
                out[name.strip().strip("`")] = int(cells[0])
    return out


def test_architecture_page_lists_every_core_module_in_import_order():
    import grimp

    layers = _layers()
    modules = sorted(p.stem for p in (ROOT / "src" / "planflow").glob("*.py") if p.stem != "__init__")
    assert sorted(layers) == modules, "docs/architecture.md's layer table is not the module list"
    graph = grimp.build_graph("planflow", exclude_type_checking_imports=True, cache_dir=None)
    wrong = []
    for m, layer in layers.items():
        for dep in graph.find_modules_directly_imported_by(f"planflow.{m}"):
            d = dep.removeprefix("planflow.")
            if dep != "planflow" and d in layers and layers[d] >= layer:
                wrong.append(f"{m} (layer {layer}) imports {d} (layer {layers[d]})")
    assert not wrong, "; ".join(wrong)


# -- the values plugins receive, the statuses, the cadence params ---------------------------
@pytest.mark.parametrize("cls", ["Notification", "Event", "TaskState", "ObligationState",
                                 "RenderContext", "TimeframeContext"])
def test_values_plugins_receive_are_documented_field_by_field(cls):
    section = _read("plugins.md").split("## Values plugins receive", 1)[1]
    for field in attrs.fields(getattr(planflow, cls)):
        assert f"| `{field.name}` |" in section, f"docs/plugins.md: {cls}.{field.name} is not documented"


def test_status_members_and_values_are_documented():
    text = _read("engine.md")
    for s in planflow.Status:
        assert f"| `{s.name}` | `{s.value}` |" in text, s


def test_cadence_params_are_documented_per_cadence():
    text = _read("vietnamese-rules.md").split("### Cadence params", 1)[1]
    common = {"recipient_name", "via_name", "upward_name", "also_on_request", "units",
              "reporter_names"}
    for name, cadence in planflow.default_registry().cadences().items():
        params_type = getattr(cadence, "params_type", None)
        if params_type is None:
            continue
        for field in attrs.fields(params_type):
            if field.name in common:
                assert f"`{field.name}`" in text
            else:
                assert f"| `{name}` | `{field.name}` |" in text, f"{name}.{field.name} is not documented"
    assert "| `mixed` | `parts` |" in text
