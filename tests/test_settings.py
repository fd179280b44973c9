"""planflow.settings: typed engine settings, and what validate reports about them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

import planflow
from planflow import Agency, EngineConfig, EngineSettings, Escalation, Policy, SettingsError

from .test_evaluation import plan_with


@pytest.mark.parametrize("engine", [
    {"reminders": [0]}, {"reminders": "5"}, {"escalation": [{"after": "3"}]},
    {"agencies": {"nobody": {}}}, {"issuer": "nobody"}, {"channels": []}, {"typo": 1},
    {"reminder": [5]}, {"catch_up_days": -1}, {"catch_up_days": True}, {"channels": "outbox"},
    {"agencies": {"a": {"remindrs": [1]}}}, {"escalation": [{"after": 0}]}, {"outbox": 5},
])
def test_bad_settings_are_user_errors(engine):
    p = plan_with(settings={"engine": engine})
    with pytest.raises(SettingsError):
        EngineConfig.from_plan(p)


def test_issuer_from_the_document_issuer_name():
    p = plan_with(document=planflow.DocumentInfo(symbol="9/KH", title="T", date=date(2023, 1, 2),
                                                 issuer="Issuer"))
    assert EngineConfig.from_plan(p).issuer == "top"



def test_settings_are_structured_into_typed_values():
    p = plan_with(settings={"engine": {"reminders": [1, 5, 5], "channels": ["webhook"],
                                       "escalation": [{"after": 10, "to": "issuer"}, {"after": 2}],
                                       "agencies": {"b": {"reminders": [3]}},
                                       "catch_up_days": 3, "language": "en", "key": "k"}})
    typed = planflow.engine_settings(p)
    assert isinstance(typed, EngineSettings)
    assert typed.reminders == (1, 5, 5) and typed.language == "en" and typed.key == "k"
    cfg = EngineConfig.from_plan(p)
    assert cfg.policy == Policy((5, 1), (Escalation(2, "lead"), Escalation(10, "issuer")),
                                ("webhook",))
    assert cfg.policy_for("b").reminders == (3,)
    assert cfg.policy_for("b").channels == ("webhook",)  # inherits the plan's
    assert cfg.catch_up_days == 3
    assert EngineConfig.from_plan(plan_with()) == EngineConfig(Policy(), {}, "top", None, 14,
                                                                  date(2023, 1, 1))


@pytest.mark.parametrize(("engine", "where", "what"), [
    ({"reminder": [5]}, "settings.engine.reminder", "unknown key"),
    ({"remindrs": [5]}, "settings.engine.remindrs", "unknown key"),
    ({"reminders": "5"}, "settings.engine.reminders", "expected a list, got '5'"),
    ({"reminders": [5, "1"]}, "settings.engine.reminders[1]", "expected a whole number, got '1'"),
    ({"reminders": [0]}, "settings.engine.reminders", "positive whole numbers"),
    ({"escalation": [{"after": 3, "too": "issuer"}]}, "settings.engine.escalation[0].too",
     "unknown key"),
    ({"escalation": [{"to": "issuer"}]}, "settings.engine.escalation[0].after", "missing"),
    ({"agencies": {"a": {"channel": ["email"]}}}, "settings.engine.agencies.a.channel",
     "unknown key"),
    ({"agencies": {"nobody": {}}}, "settings.engine.agencies.nobody", "no agency 'nobody'"),
    ({"issuer": "nobody"}, "settings.engine.issuer", "no agency 'nobody'"),
    ({"catch_up_days": "14"}, "settings.engine.catch_up_days", "expected a whole number"),
    ({"catch_up_days": -1}, "settings.engine.catch_up_days", "from 0 to 3660"),
    ({"channels": []}, "settings.engine.channels", "non-empty"),
    ([1, 2], "settings.engine", "expected a table"),
])
def test_validate_names_the_path_of_a_bad_setting(engine, where, what):
    p = plan_with(settings={"engine": engine})
    problems = [x for x in planflow.validate(p) if x.code == "invalid-settings"]
    assert [(x.where, x.severity) for x in problems] == [(where, planflow.Severity.ERROR)]
    assert what in problems[0].message
    with pytest.raises(SettingsError) as e:
        EngineConfig.from_plan(p)
    assert e.value.lines() == [f"{where}: {problems[0].message}"]


def test_every_bad_setting_is_reported_at_once():
    p = plan_with(settings={"engine": {"remindrs": [1], "catch_up_dys": 2,
                                       "reminders": ["x"]}})
    assert sorted(x.where for x in planflow.validate(p) if x.code == "invalid-settings") == [
        "settings.engine.catch_up_dys", "settings.engine.reminders[0]", "settings.engine.remindrs"]


def test_good_settings_and_no_settings_have_no_problems():
    good = {"reminders": [3], "escalation": [{"after": 2, "to": "b"}], "channels": ["outbox"],
            "issuer": "top", "outbox": "/tmp/x", "catch_up_days": 0, "language": "en",
            "key": "k", "agencies": {"a": {"reminders": [1], "channels": ["email"]}}}
    for settings in ({}, {"engine": good}, {"other": {"anything": 1}}):
        assert not [x for x in planflow.validate(plan_with(settings=settings)) if x.severity.value == "error"]


def test_a_contact_on_an_unknown_channel_is_an_error():
    agencies = [Agency("a", "Agency A", contacts={"emial": "a@example.org"}),
                Agency("b", "Agency B", contacts={"email": "b@example.org", "webhook": "http://x"}),
                Agency("top", "Issuer")]
    p = plan_with(agencies=agencies)
    bad = [x for x in planflow.validate(p) if x.code == "unknown-channel"]
    assert [(x.where, x.severity, x.subjects) for x in bad] == [
        ("agencies[0].contacts.emial", planflow.Severity.ERROR, ("a",))]
    assert "'emial'" in bad[0].message and "email" in bad[0].message  # lists the registered


def test_contacts_are_checked_against_the_given_channels():
    contacts_problems = planflow.contacts_problems
    p = plan_with(agencies=[Agency("a", "A", contacts={"chat": "+84"}), Agency("b", "B"),
                            Agency("top", "T")])
    assert [x.where for x in contacts_problems(p, {"outbox"})] == ["agencies[0].contacts.chat"]
    assert contacts_problems(p, {"outbox", "chat"}) == []


PLAN = """\
period = 2023
[document]
symbol = "3/KH-TEST"
title = "Settings"
[settings.engine]
{setting}
[[agencies]]
id = "a"
name = "A"
{contacts}
[[tasks]]
id = "t"
title = "T"
lead = ["a"]
timeframe = "2023-03-31"
"""


@pytest.mark.parametrize(("setting", "contacts", "expected"), [
    ("remindrs = [5, 1]", "", "settings.engine.remindrs: unknown key"),
    ('reminders = "5"', "", "settings.engine.reminders: expected a list"),
    ("reminders = [5]", 'contacts = { emial = "a@example.org" }', "agencies[0].contacts.emial:"),
])
def test_planflow_validate_exits_2_naming_the_path(tmp_path, setting, contacts, expected):
    path = tmp_path / "plan.toml"
    path.write_text(PLAN.format(setting=setting, contacts=contacts), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planflow", "validate", str(path)],
                       capture_output=True, text=True)
    assert r.returncode == 2, r
    assert "Traceback" not in r.stderr
    lines = [x for x in r.stderr.splitlines() if expected in x]
    assert len(lines) == 1 and lines[0].startswith(f"{path}: error: "), r.stderr
    r = subprocess.run([sys.executable, "-m", "planflow", "validate", "--json", str(path)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    codes = {x["code"] for x in json.loads(r.stdout)}
    assert codes & {"invalid-settings", "unknown-channel"}


def test_the_typed_defaults_match_the_documented_ones():
    assert Policy() == Policy((5, 1), (Escalation(3, "lead"), Escalation(10, "issuer")),
                              ("outbox",))
    assert EngineSettings().catch_up_days == 14


def test_the_codes_are_documented():
    from .conftest import ROOT

    text = (ROOT / "docs" / "concepts.md").read_text(encoding="utf-8")
    assert "`invalid-settings`" in text and "`unknown-channel`" in text


@pytest.mark.parametrize("settings", [{}, {"engine": {}}, {"engine": None}])
def test_no_engine_settings_are_the_defaults_without_cattrs(settings):
    """A plan without engine settings (most plans) gets every default and no problem, and
    the settings converter is not built for it (cattrs writes and compiles a function per
    class); in a fresh process, so no other test built it first."""
    code = ("import json, sys\n"
            "from planflow import settings\n"
            "from tests.test_evaluation import plan_with\n"
            f"p = plan_with(settings=json.loads({json.dumps(json.dumps(settings))}))\n"
            "typed, problems = settings._read(p)\n"
            "assert typed == settings.EngineSettings() and problems == [], (typed, problems)\n"
            "print(settings._converter is not None, 'cattrs' in sys.modules)\n")
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=root, check=True)
    assert out.stdout.strip() == "False False"  # not even imported
    # and the same as structuring an empty table the long way
    assert planflow.settings._structure({}, EngineSettings, "settings.engine") == (
        EngineSettings(), [])


def _no_channels():
    raise AssertionError("the channels are asked for only when an agency has contacts")


@pytest.mark.parametrize("plan", [
    plan_with(agencies=[Agency("a", "Agency A"), Agency("b", "Agency B"), Agency("top", "Issuer")]),
    plan_with(agencies=[Agency("a", "Agency A"), Agency("b", "Agency B"), Agency("top", "Issuer")],
              settings={}),
], ids=["default", "empty table"])
def test_a_plan_without_settings_or_contacts_has_no_settings_problems(plan):
    # validate imports planflow.settings only for a plan with settings or contacts: the
    # full check finds nothing in the others
    from planflow.settings import settings_problems

    assert not plan.settings and not any(a.contacts for a in plan.agencies)
    assert settings_problems(plan, _no_channels) == []


def test_validate_still_checks_settings_and_contacts_when_there_are_some():
    bad = plan_with(agencies=[Agency("a", "A"), Agency("b", "B"), Agency("top", "Issuer")],
                    settings={"engine": {"remindrs": [1]}})
    assert [x.where for x in planflow.validate(bad) if x.code == "invalid-settings"] == [
        "settings.engine.remindrs"]
    bad = plan_with(settings={"cascade": {"agencies": {"nobody": "x"}}},
                    agencies=[Agency("a", "A"), Agency("b", "B"), Agency("top", "Issuer")])
    assert [x.where for x in planflow.validate(bad) if x.code == "invalid-settings"] == [
        "settings.cascade.agencies.nobody"]
    contact = plan_with(agencies=[Agency("a", "A", contacts={"emial": "a@example.org"}),
                                  Agency("b", "B"), Agency("top", "Issuer")])
    assert [x.where for x in planflow.validate(contact) if x.code == "unknown-channel"] == [
        "agencies[0].contacts.emial"]


def test_plan_start_is_one_function_wherever_it_is_taken_from():
    from planflow import lifespan, settings

    assert planflow.plan_start is lifespan.plan_start is settings.plan_start
    p = plan_with(settings={"engine": {"start": "2023-02-01"}})
    assert planflow.plan_start(p) == date(2023, 2, 1)
    assert lifespan.accepts_untracked(plan_with(settings={"engine": {"untracked": "accept"}}))


def test_the_converters_signatures_are_the_ones_inspect_works_out():
    # planflow._convert works each converter's signature out once for attrs (__signature__)
    import inspect
    import types

    from planflow import _convert

    for f in _convert.CONVERTERS:
        bare = types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__,
                                  f.__closure__)
        bare.__annotations__ = f.__annotations__
        assert not hasattr(bare, "__signature__")
        assert inspect.signature(f) is f.__signature__
        assert inspect.signature(f) == inspect.signature(bare), f.__name__
