"""Registries: plugin sets that live side by side, plans bound to the one they were read in."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow import Agency, DocumentInfo, Kind, Plan, PluginError, Task, Timeframe


class _MidYear:
    """A parser plugin of one office: "Giữa năm" is due on 30 June."""

    @planflow.hookimpl
    def register_timeframe_parsers(self, register):  # type: ignore[no-untyped-def]
        def mid_year(text: str, ctx: planflow.TimeframeContext) -> Timeframe | None:
            if text.lower() == "giữa năm":
                return Timeframe.deadline(ctx.period_start.replace(month=6, day=30), text)
            return None

        register(mid_year)

    @planflow.hookimpl
    def validate_plan(self, plan: Plan) -> list[planflow.Problem]:
        return [planflow.Problem("office-rule", "seen by the office", "", planflow.Severity.WARNING)]


def _plan(words: str, calendar: str = "weekdays") -> Plan:
    return Plan(document=DocumentInfo(symbol="1/KH", date=date(2023, 1, 2)), period=2023,
                agencies=[Agency("a", "A")], tasks=[Task("t", "T", lead=["a"], timeframe=words)],
                calendar=calendar)


def test_a_plan_value_calls_no_plugin() -> None:
    plan = _plan("Quý I năm 2023")
    assert plan.tasks[0].timeframe.kind is Kind.PENDING and not plan.resolved
    bound = planflow.bind(plan)
    assert bound.tasks[0].timeframe.kind is Kind.WINDOW and bound.resolved
    assert planflow.bind(plan) is bound  # read once per registry
    assert planflow.bind(bound) is bound
    assert planflow.registry_of(bound) is planflow.default_registry()


def test_two_registries_in_one_process_read_the_same_words_their_own_way() -> None:
    office = planflow.Registry(plugins=[_MidYear()], entry_points=False)
    vn_only = planflow.Registry(entry_points=["vn"])
    plan = _plan("Giữa năm")
    in_office = office.bind(plan)
    in_vn = vn_only.bind(plan)
    assert in_office.tasks[0].timeframe.due == date(2023, 6, 30)
    assert in_vn.tasks[0].timeframe.kind is Kind.UNRESOLVED  # the Vietnamese reader does not know it
    # each bound plan keeps its registry: validation runs that registry's plugins
    assert "office-rule" in [p.code for p in planflow.validate(in_office)]
    assert "office-rule" not in [p.code for p in planflow.validate(in_vn)]
    assert planflow.registry_of(in_office) is office
    # the default registry never saw the office plugin
    assert planflow.bind(plan).tasks[0].timeframe.kind is Kind.UNRESOLVED
    # what a registry without the Vietnamese plugins lacks is a clear error
    with pytest.raises(PluginError, match="no work calendar named 'vn'"):
        office.bind(_plan("Cả năm", calendar="vn"))
    assert set(office.calendars()) == {"weekdays"}
    assert "vn" in vn_only.calendars()


def test_registries_follow_registration() -> None:
    reg = planflow.Registry(entry_points=False)
    assert "chat" not in reg.channels()

    class Chat:
        @planflow.hookimpl
        def register_channels(self, register):  # type: ignore[no-untyped-def]
            register(type("C", (), {"name": "chat"})())

    plugin = Chat()
    reg.register(plugin, name="chat")
    assert "chat" in reg.channels()
    reg.unregister(name="chat")
    assert "chat" not in reg.channels()
    with pytest.raises(PluginError, match="no reporting cadence named 'monthly'"):
        reg.cadence("monthly")


def test_load_reads_a_plan_file_in_the_registry_given(tmp_path: Path) -> None:
    f = tmp_path / "p.toml"
    f.write_text('period = 2023\n[document]\ndate = 2023-01-02\n[[agencies]]\nid = "a"\nname = "A"\n'
                 '[[tasks]]\nid = "t"\ntitle = "T"\nlead = ["a"]\ntimeframe = "Giữa năm"\n',
                 encoding="utf-8")
    office = planflow.Registry(plugins=[_MidYear()], entry_points=False)
    assert planflow.load(f, registry=office).tasks[0].timeframe.due == date(2023, 6, 30)
    assert planflow.load(f).tasks[0].timeframe.kind is Kind.UNRESOLVED


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=120)


def test_building_a_plan_loads_no_plugin() -> None:
    r = _run("""
        import sys, planflow
        p = planflow.Plan(period=2023, tasks=[planflow.Task("t", "T", timeframe="Quý I năm 2023")])
        assert p.tasks[0].timeframe.kind is planflow.Kind.PENDING
        assert "planflow_vn" not in sys.modules, "a plan value loaded a plugin"
        print("ok")
    """)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_environment_narrows_the_default_registry() -> None:
    r = _run("""
        import planflow
        reg = planflow.default_registry()
        print(sorted(reg.calendars()), "vn" in [p["name"] for p in reg.plugin_info()])
    """, PLANFLOW_LOAD_PLUGINS="")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['weekdays'] False"


def test_entry_points_are_read_as_importlib_metadata_reads_them() -> None:
    """The start-up fast path (entry_points.txt read straight from each .dist-info) finds
    the same planflow entry points, in the same order, as importlib.metadata; the plugins
    it loads name their distribution as pluggy's loader did."""
    import importlib.metadata

    from planflow.registry import entry_points

    standard = [(ep.name, ep.value) for dist in importlib.metadata.distributions()
                for ep in dist.entry_points if ep.group == "planflow"]
    assert [(ep.name, ep.value) for ep in entry_points("planflow")] == standard
    assert {"vn", "docs", "import", "channels"} <= {name for name, _ in standard}
    info = {row["name"]: row for row in planflow.Registry().plugin_info()}
    version = importlib.metadata.version("planflow")
    assert info["vn"]["distribution"] == f"planflow {version}"
    assert info["vn"]["module"] == "planflow_vn"


def test_help_imports_neither_the_plan_model_nor_importlib_metadata() -> None:
    """`planflow --help` registers the plugins and prints the commands: no attrs classes,
    numpy or importlib.metadata are imported for it (start-up is most of a small command),
    nor json or shutil (the terminal is measured without it)."""
    code = ("import sys; from planflow.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "bad = sorted(m for m in ('attrs', 'numpy', 'importlib.metadata', 'cattrs', "
            "'planflow.plan', 'planflow_vn.wording', 'json', 'shutil') if m in sys.modules)\n"
            "sys.stderr.write(repr(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr == "[]"


@pytest.mark.parametrize("columns", ["", "60", "100", "200", "x"])
def test_help_is_as_wide_as_shutil_measures_the_terminal(columns: str) -> None:
    """The help formatter measures the terminal without shutil: the same width as
    click's own formatter given shutil.get_terminal_size (``$COLUMNS`` set or not)."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns:
        env["COLUMNS"] = columns
    code = ("import click, shutil\nfrom planflow.cli import _HelpFormatter\n"
            "for m in (None, 60, 120):\n"
            "    w = max(min(shutil.get_terminal_size().columns, m or 80) - 2, 50)\n"
            "    assert _HelpFormatter(max_width=m).width == w, (m, w)\n"
            "    assert _HelpFormatter(width=70).width == 70\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


# -- cadences registered by where they are (planflow.Deferred) ---------------------------------
HALF_YEARLY = """
class HalfYearly:
    name = "half_yearly"

    def periods(self, regime, plan):
        return []


HALF_YEARLY = HalfYearly()
MISNAMED = HalfYearly()
MISNAMED.name = "yearly"
"""


class _Deferring:
    """A plugin registering its cadences by where they are."""

    @planflow.hookimpl
    def register_cadences(self, register):  # type: ignore[no-untyped-def]
        register(planflow.Deferred("half_yearly", "deferred_cadences:HALF_YEARLY"))
        register(planflow.Deferred("misnamed", "deferred_cadences:MISNAMED"))


def test_a_deferred_cadence_is_imported_when_its_name_is_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "deferred_cadences.py").write_text(HALF_YEARLY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deferred_cadences", raising=False)
    reg = planflow.Registry([_Deferring()], entry_points=False)
    with pytest.raises(PluginError, match="no reporting cadence named 'monthly'"):
        reg.cadence("monthly")
    with pytest.raises(PluginError, match="no reporting cadence named 'monthly'.*half_yearly"):
        reg.cadence("monthly")
    assert "deferred_cadences" not in sys.modules  # asking for another name loads nothing
    first = reg.cadence("half_yearly")
    assert "deferred_cadences" in sys.modules
    assert first is sys.modules["deferred_cadences"].HALF_YEARLY is reg.cadence("half_yearly")
    with pytest.raises(PluginError, match="MISNAMED is not the cadence named 'misnamed'"):
        reg.cadences()  # the listing loads every one
    with pytest.raises(PluginError, match="not the reporting cadence named 'misnamed'"):
        reg.cadence("misnamed")


def test_the_vietnamese_cadences_are_registered_where_they_are() -> None:
    """planflow_vn.hooks names each cadence by where it is, in planflow_vn.reporting's
    order: loaded, the same objects."""
    from planflow_vn.hooks import CADENCE_TARGETS
    from planflow_vn.reporting import CADENCES

    loaded = [planflow.Deferred(name, target).load() for name, target in CADENCE_TARGETS]
    assert len(loaded) == len(CADENCES) and all(a is b for a, b in zip(loaded, CADENCES, strict=True))
    registered = planflow.Registry(entry_points=["vn"]).cadences()
    assert [registered[c.name] for c in CADENCES] == list(CADENCES)


def test_a_cumulative_plan_does_not_load_the_other_cadences(tmp_path: Path) -> None:
    """A plan of the ``cumulative`` cadence is read and validated without the module of the
    other cadences and the reporting sentences' reader (their 17 classes)."""
    (tmp_path / "p.toml").write_text(textwrap.dedent("""\
        period = 2023
        [document]
        symbol = "3/KH-UBND"
        date = 2023-01-09
        [[agencies]]
        id = "a"
        name = "A"
        [[tasks]]
        id = "t1"
        title = "First"
        lead = ["a"]
        timeframe = "2023-03-31"
        [regime]
        cadence = "cumulative"
        [regime.params]
        reports = [{ months = 6, day = "10/6" }, { months = 12, day = "10/12" }]
        """), encoding="utf-8")
    code = ("import sys, planflow\n"
            f"plan = planflow.load({str(tmp_path / 'p.toml')!r})\n"
            "assert planflow.validate(plan) == [], planflow.validate(plan)\n"
            "assert [p.key for p in planflow.report_periods(plan)] == ['2023-H1', '2023-Y']\n"
            "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('planflow_vn.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "'planflow_vn.cumulative'" in out.stderr and "planflow_vn.reporting" not in out.stderr
