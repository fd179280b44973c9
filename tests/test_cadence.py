"""Cadence params are declared and checked: a typo is a validation error naming its path."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import attrs
import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, Regime, Severity, Task

from .conftest import ROOT


@attrs.frozen(kw_only=True)
class _Inner:
    n: int


@attrs.frozen(kw_only=True)
class _Params:
    day: int = 15
    before: bool = True
    items: list[_Inner] = attrs.Factory(list)


def test_params_problems_name_each_path() -> None:
    assert planflow.params_problems(_Params, {"day": 20}) == []
    got = planflow.params_problems(_Params, {"dya": 20, "before": "yes", "items": [{"n": 1}, {"m": 2}]})
    assert ("dya", "unknown parameter") in got
    assert ("before", "expected true or false, got 'yes'") in got
    assert ("items[1].m", "unknown parameter") in got
    assert ("items[1].n", "required parameter missing") in got
    assert planflow.params_problems(_Params, {"day": True}) == [("day", "expected a whole number, got True")]


def test_structure_params_ignores_unknown_keys_but_not_wrong_types() -> None:
    assert planflow.structure_params(_Params, {"day": 20, "dya": 3}) == _Params(day=20)
    with pytest.raises(planflow.PlanflowError, match=r"regime.params.day: expected a whole number"):
        planflow.structure_params(_Params, {"day": "20"})


def _plan(cadence: str, params: dict[str, object]) -> Plan:
    return Plan(document=DocumentInfo(symbol="9/KH-X", date=date(2023, 1, 5)),
                agencies=[Agency("a", "A"), Agency("hq", "HQ")],
                tasks=[Task("t", "T", lead=["a"], timeframe="2023-06-30")], period=2023,
                calendar="vn", regime=Regime(cadence=cadence, params=params, recipient="hq"))


def _errors(plan: Plan) -> list[tuple[str, str, str]]:
    return [(p.code, p.where, p.message) for p in planflow.validate(plan) if p.severity is Severity.ERROR]


@pytest.mark.parametrize("cadence, params, where, what", [
    ("monthly", {"dya": 20}, "regime.params.dya", "unknown parameter"),
    ("monthly", {"day": "20"}, "regime.params.day", "expected a whole number, got '20'"),
    ("monthly", {"day": 32}, "regime.params.day", "there is no day 32 in a month"),
    ("quarterly", {"day": 20, "month_of_quarter": 5}, "regime.params.month_of_quarter", "5 is not 1, 2, 3"),
    ("nd09", {"kinds": ["annual", "weekly"]}, "regime.params.kinds[1]", "'weekly' is not one of monthly"),
    ("nd09", {"due_dya": 18}, "regime.params.due_dya", "unknown parameter"),
    ("cumulative", {"reports": [{"months": 6, "day": "10/6", "befor": True}]},
     "regime.params.reports[0].befor", "unknown parameter"),
    ("cumulative", {"reports": [{"months": 6, "day": "31/6"}]}, "regime.params.reports[0].day",
     "month 6 has no day 31"),
    ("fixed_days", {"days": ["01/6"], "before": "true"}, "regime.params.before", "expected true or false"),
    ("once", {"dates": ["2023-02-30"]}, "regime.params.dates", "'2023-02-30' is not a date"),
    ("mixed", {"parts": [{"cadence": "quarterly", "day": 20}, {"cadence": "monthly", "dya": 20}]},
     "regime.params.parts[1].dya", "unknown parameter"),
    ("mixed", {"parts": [{"cadence": "weekly"}]}, "regime.params.parts[0].cadence", "'weekly' is not one of"),
    ("nope", {}, "regime.cadence", "no reporting cadence named 'nope'"),
])
def test_validate_reports_bad_cadence_params(cadence: str, params: dict[str, object], where: str,
                                             what: str) -> None:
    (got,) = _errors(_plan(cadence, params))
    assert got[1] == where and what in got[2], got


def test_good_params_and_what_the_reader_writes_pass() -> None:
    assert _errors(_plan("quarterly", {"day": 20, "month_of_quarter": 3, "before": True})) == []
    for text in ("Định kỳ hằng quý, trước ngày 20 của tháng cuối quý, các đơn vị báo cáo kết quả về UBND "
                 "xã (qua Văn phòng HĐND và UBND xã).",
                 "Báo cáo hằng tháng trước ngày 18, đột xuất khi có yêu cầu, gửi về Sở Y tế."):
        r = planflow_vn_read(text)
        assert r is not None and r.cadence in ("quarterly", "monthly")
        assert _errors(_plan(r.cadence, dict(r.params))) == []


def planflow_vn_read(text: str) -> Regime | None:
    from planflow_vn import read_regime

    return read_regime(text)


def test_cli_validate_names_the_typo(tmp_path: Path) -> None:
    plan = (ROOT / "examples" / "commune_2026.toml").read_text(encoding="utf-8")
    good = "params = { day = 20, month_of_quarter = 3, before = true }"
    assert good in plan
    (tmp_path / "plan.toml").write_text(plan.replace(good, good.replace("day =", "dya =")),
                                        encoding="utf-8")
    for lang, line in (("en", "plan.toml: error: regime.params.dya: cadence 'quarterly': "
                                "unknown parameter"),
                       ("vi", "plan.toml: lỗi: regime.params.dya: tham số của chế độ báo cáo "
                                "'quarterly' không hợp lệ: unknown parameter")):
        r = subprocess.run([sys.executable, "-m", "planflow", "validate", "plan.toml",
                            "--lang", lang], capture_output=True, text=True, cwd=tmp_path,
                           timeout=120, encoding="utf-8")
        assert r.returncode == 2, r
        assert r.stderr.strip().splitlines() == [line]
        assert "Traceback" not in r.stderr


def test_cadences_are_data_and_a_due_day_past_a_short_month_is_its_last_day() -> None:
    from planflow_vn import DayOfMonth, PeriodicCadence, PeriodTemplate

    assert all(isinstance(planflow.default_registry().cadence(n), PeriodicCadence) for n in ("monthly", "quarterly", "nd09"))
    q = PeriodTemplate(3)
    assert [s.isoformat() for _, s in q.spans(2023)][1] == "2023-04-01/2023-06-30"
    assert PeriodTemplate(6, to_date=True, cutoff=14).spans(2023) == [
        (6, planflow.Span(date(2022, 12, 15), date(2023, 6, 14)))]
    assert q.name(2023, 6) == ("Báo cáo quý II năm 2023", "2023-Q2")
    assert DayOfMonth(20, -2).after == -2
    # "day 30" in February 2024 is the 29th (a Thursday), no longer the 28th
    plan = _plan("monthly", {"day": 30, "before": False})
    plan = attrs.evolve(plan, period=planflow.Period(date(2024, 1, 1), date(2024, 12, 31)))
    feb = next(p for p in planflow.report_periods(plan) if p.key == "2024-02")
    assert feb.due == date(2024, 2, 29)


def _scope_plan(**regime):
    return planflow.bind(planflow.Plan(
        document=planflow.DocumentInfo(symbol="1/KH", date=date(2023, 1, 2)), period=2023,
        agencies=[planflow.Agency("a", "A"), planflow.Agency("b", "B"), planflow.Agency("top", "T")],
        tasks=[planflow.Task("t1", "Một", lead=["a"], timeframe="2023-01-01/2023-03-31"),
               planflow.Task("t2", "Hai", lead=["b"], timeframe="2023-07-01/2023-09-30")],
        regime=planflow.Regime(recipient="top", periods=[
            planflow.ReportPeriod("Q1", "2023-01-01", "2023-03-31", "2023-04-05"),
            planflow.ReportPeriod("Q2", "2023-04-01", "2023-06-30", "2023-07-05"),
            planflow.ReportPeriod("Q3", "2023-07-01", "2023-09-30", "2023-10-05")], **regime)))


def test_reporters_default_active_leads_with_the_reason():
    """The plan names nobody: the leads of the tasks active in each period, and why."""
    obs = planflow.obligations(_scope_plan())
    assert [(o.period, o.agency) for o in obs] == [("Q1", "a"), ("Q3", "b")]
    assert obs[0].reason == "leads task 't1', active in the period (the plan names no reporters)"


def test_reporters_scope_all_every_unit_every_period():
    """"Các cơ quan, đơn vị … báo cáo": every unit reports every period, none drops out."""
    obs = planflow.obligations(_scope_plan(reporters_scope="all"))
    assert [(o.period, o.agency) for o in obs] == [
        ("Q1", "a"), ("Q1", "b"), ("Q2", "a"), ("Q2", "b"), ("Q3", "a"), ("Q3", "b")]
    assert all(o.reason.startswith("every unit of the plan reports") for o in obs)


def test_named_reporters_every_period():
    obs = planflow.obligations(_scope_plan(reporters=["b"]))
    assert [(o.period, o.agency) for o in obs] == [("Q1", "b"), ("Q2", "b"), ("Q3", "b")]
    assert {o.reason for o in obs} == {"named by the plan's reporting regime"}


def test_reporters_scope_is_checked():
    with pytest.raises(ValueError, match="reporters_scope is one of active, all, not 'some'"):
        planflow.Regime(reporters_scope="some")
