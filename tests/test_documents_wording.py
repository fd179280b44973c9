"""planflow_docs writes dates, section numbers, occurrences and statuses in the plan's wording.

A wording a test plugin registers is enough to render every document: planflow_docs
takes its words from :func:`planflow.wording_for`, never from planflow_vn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import attrs
import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, RenderContext, Task
from planflow_docs import render_text

if not hasattr(planflow, "evaluate"):
    pytest.skip("the tracking engine (planflow.evaluate) is not installed", allow_module_level=True)


@attrs.frozen
class MarkedWording:
    """Every word it writes is marked, so a test sees where each one comes from."""

    language: str = "xx"

    def applies(self, plan: Plan) -> bool:
        return "xx" in plan.settings

    def status_label(self, status: planflow.Status) -> str:
        return f"<{status.value}>"

    def compose(self, plan: Plan, event: Any, evaluation: Any) -> tuple[str, str]:
        return "subject", "body"

    def format_date(self, day: date, place: str | None = None) -> str:
        return f"{place or '-'} @LONG{day.isoformat()}"

    def format_date_short(self, day: date) -> str:
        return f"@SHORT{day.isoformat()}"

    def section_number(self, n: int) -> str:
        return f"S{n}"

    def occurrence_label(self, start: date, end: date, recurrence: str | None = None) -> str:
        return f"@OCC{start.isoformat()}..{end.isoformat()}:{recurrence}"


class _Plugin:
    @planflow.hookimpl
    def register_wordings(self, register: Callable[..., None]) -> None:
        register(MarkedWording())


@pytest.fixture
def marked() -> Iterator[None]:
    planflow.default_registry().register(_Plugin(), name="test-marked-wording")
    try:
        yield
    finally:
        planflow.default_registry().unregister(name="test-marked-wording")


def _plan(**settings: object) -> Plan:
    return Plan(
        document=DocumentInfo(symbol="3/KH-X", title="Thử", place="Nơi", issuer="Ủy ban nhân dân xã X",
                              date=date(2026, 1, 5)),
        agencies=[Agency("a", "Cơ quan A"), Agency("hq", "Cơ quan B")],
        tasks=[Task("q", "Rà soát hằng quý", lead=["a"], timeframe="Hằng quý"),
               Task("t", "Tập huấn", lead=["a"], timeframe="2026-03-31")],
        objectives=["Mục đích."], implementation=["Tổ chức."],
        regime=planflow.Regime(cadence="explicit", recipient="hq", periods=[planflow.ReportPeriod(
            "Báo cáo quý I", date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 10))]),
        period=2026, settings=dict(settings))


def test_the_plan_document_is_dated_and_numbered_by_the_wording(marked: None) -> None:
    text = render_text(_plan(xx={}), RenderContext(what="plan")).decode()
    assert "Nơi @LONG2026-01-05" in text
    assert "S1. MỤC ĐÍCH, YÊU CẦU" in text and "S3. TỔ CHỨC THỰC HIỆN" in text
    assert "ngày 05 tháng 01 năm 2026" not in text and "I. MỤC ĐÍCH" not in text


def test_the_report_takes_dates_statuses_and_occurrences_from_the_wording(marked: None) -> None:
    plan = _plan(xx={})
    at = date(2026, 5, 10)
    state = planflow.evaluate(plan, planflow.Snapshot(), at)
    text = render_text(plan, RenderContext(what="report", at=at, state=state)).decode()
    assert "Tính đến @SHORT2026-05-10" in text
    assert "<overdue>" in text  # the task due 31/3 is overdue on 10/5
    assert "@OCC2026-04-01..2026-06-30:quarterly" in text
    assert "S1. CÔNG TÁC CHỈ ĐẠO" in text
    assert "@SHORT2026-04-10" in text  # the report's due day
    assert "Quá hạn" not in text and "quý II/2026" not in text


def test_a_language_setting_chooses_the_wording(marked: None) -> None:
    plan = _plan(engine={"language": "xx"})
    assert isinstance(planflow.wording_for(plan), MarkedWording)
    assert "@LONG2026-01-05" in render_text(plan, RenderContext(what="plan")).decode()


def test_english_plans_are_written_with_english_dates() -> None:
    plan = _plan(engine={"language": "en"})
    text = render_text(plan, RenderContext(what="plan")).decode()
    assert "Nơi, 5 January 2026" in text and "1. MỤC ĐÍCH, YÊU CẦU" in text


def test_vietnamese_plans_keep_their_words() -> None:
    plan = attrs.evolve(_plan(), calendar="vn")
    assert planflow.wording_for(plan).language == "vi"
    text = render_text(plan, RenderContext(what="plan")).decode()
    assert "Nơi, ngày 05 tháng 01 năm 2026" in text and "I. MỤC ĐÍCH, YÊU CẦU" in text


def test_the_reminder_letter_is_dated_by_the_wording(marked: None) -> None:
    plan = _plan(xx={})
    day = next(d for d in (date(2026, 4, n) for n in range(1, 20))
               if any(e.kind.value in ("overdue", "escalation")
                      for e in planflow.evaluate(plan, planflow.Snapshot(), d).events))
    state = planflow.evaluate(plan, planflow.Snapshot(), day)
    text = render_text(plan, RenderContext(what="reminder", at=day, state=state)).decode()
    assert f"Nơi @LONG{day.isoformat()}" in text
    assert f"đến - @LONG{day.isoformat()} các nội dung" in text
    assert "hạn @SHORT2026-03-31" in text
