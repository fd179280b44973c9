"""The value classes: frozen, validated at the boundary, NFC everywhere."""

from __future__ import annotations

import unicodedata
from datetime import date

import attrs
import pytest

from planflow import (
    Agency,
    DocumentInfo,
    DocumentRef,
    Kind,
    Period,
    Plan,
    Regime,
    ReportPeriod,
    Signature,
    Task,
    Timeframe,
    TimeframeError,
)

from .conftest import make_plan


def test_values_are_frozen(small_plan: Plan) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        small_plan.tasks[0].title = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        small_plan.document = DocumentInfo()  # type: ignore[misc]


def test_text_is_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Phòng Lao động")
    a = Agency("p", nfd)
    assert a.name == "Phòng Lao động"
    assert unicodedata.is_normalized("NFC", a.name)
    t = Task("x", nfd, lead=[nfd])
    assert t.title == "Phòng Lao động" and t.lead == ("Phòng Lao động",)


def test_task_lists_become_tuples() -> None:
    t = Task("x", "X", lead=["a"], partners="b", depends_on=("y",))
    assert t.lead == ("a",) and t.partners == ("b",) and t.depends_on == ("y",)


@pytest.mark.parametrize("kwargs, error", [
    ({"id": "", "title": "x"}, ValueError),
    ({"id": "  ", "title": "x"}, ValueError),
    ({"id": "x", "title": 3}, TypeError),
    ({"id": "x", "title": "x", "duration_days": -1}, ValueError),
    ({"id": "x", "title": "x", "duration_days": 1.5}, TypeError),
    ({"id": "x", "title": "x", "duration_days": True}, TypeError),
    ({"id": "x", "title": "x", "lead": [1]}, TypeError),
])
def test_task_validators(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        Task(**kwargs)


def test_timeframe_coerce_iso() -> None:
    d = Timeframe.coerce("2023-06-30")
    assert d.kind is Kind.DEADLINE and d.due == date(2023, 6, 30) and d.start is None
    w = Timeframe.coerce("2023-01-01/2023-03-31")
    assert w.kind is Kind.WINDOW and (w.start, w.end, w.due) == (date(2023, 1, 1), date(2023, 3, 31), date(2023, 3, 31))
    assert Timeframe.coerce(date(2023, 5, 1)).due == date(2023, 5, 1)
    assert Timeframe.coerce("Quý I năm 2023").kind is Kind.PENDING


def test_timeframe_rejects_impossible() -> None:
    with pytest.raises(TimeframeError, match="no such date"):
        Timeframe.coerce("2023-02-31")
    with pytest.raises(TimeframeError, match="after it ends"):
        Timeframe.window(date(2023, 5, 1), date(2023, 4, 1))


def test_timeframe_to_dict() -> None:
    d = Timeframe.coerce("2023-01-01/2023-03-31").to_dict()
    assert {k: d[k] for k in ("kind", "start", "end", "due", "recurrence", "condition", "text")} == {
        "kind": "window", "start": "2023-01-01", "end": "2023-03-31", "due": "2023-03-31",
        "recurrence": None, "condition": None, "text": "2023-01-01/2023-03-31"}
    assert d["warnings"] == []


@pytest.mark.parametrize("value, expected", [
    (2023, (date(2023, 1, 1), date(2023, 12, 31))),
    ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2025-07-01/2026-06-30", (date(2025, 7, 1), date(2026, 6, 30))),
    ("2025-07-01..2026-06-30", (date(2025, 7, 1), date(2026, 6, 30))),
    ({"start": "2023-01-01", "end": "2023-06-30"}, (date(2023, 1, 1), date(2023, 6, 30))),
])
def test_period_coerce(value: object, expected: tuple[date, date]) -> None:
    p = Period.coerce(value)
    assert p is not None and (p.start, p.end) == expected
    assert expected[0] in p and date(1999, 1, 1) not in p


def test_period_rejects_reversed() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period("2023-12-31", "2023-01-01")


def test_plan_period_defaults_to_document_year() -> None:
    p = Plan(document=DocumentInfo(date=date(2024, 5, 6)))
    assert p.period == Period(date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(ValueError, match="needs a period"):
        Plan()


def test_plan_resolves_words_it_cannot_read_as_unresolved() -> None:
    plan = make_plan([Task("t", "T", lead=["a"], timeframe="when the moon is blue")])
    tf = plan.tasks[0].timeframe
    assert tf.kind is Kind.UNRESOLVED and tf.text == "when the moon is blue"
    assert "no timeframe parser" in tf.warnings[0]


def test_plan_lookup_views(small_plan: Plan) -> None:
    assert small_plan.task_by_id["t2"].title == "two"
    assert small_plan.agency_by_id["b"].name == "Agency B"


def test_document_values() -> None:
    ref = DocumentRef("30/KH-LĐTĐ", kind="KH", date="2023-03-15", role="implements")
    assert ref.date == date(2023, 3, 15)
    with pytest.raises(ValueError):
        DocumentRef("x", role="parent")
    sig = Signature("Lê Văn Ninh", title="PHÓ CHỦ TỊCH", authority="KT.", on_behalf_of="CHỦ TỊCH")
    assert sig.authority == "KT."


def test_report_period_validates_span() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        ReportPeriod("x", "2023-06-30", "2023-01-01", "2023-07-01")


def test_obligations_explicit_regime() -> None:
    from planflow import obligations

    regime = Regime(periods=[
        ReportPeriod("Q2", "2023-04-01", "2023-06-30", "2023-07-05"),
        ReportPeriod("Q1", "2023-01-01", "2023-03-31", "2023-04-05"),
    ], recipient="b")
    plan = make_plan([
        Task("t1", "early", lead=["a"], timeframe="2023-01-01/2023-02-28"),
        Task("t2", "late", lead=["b", "a"], timeframe="2023-05-01/2023-06-30"),
    ], regime=regime)
    obs = obligations(plan)
    # b is the recipient and does not report to itself
    assert [(o.period, o.agency, o.due) for o in obs] == [
        ("Q1", "a", date(2023, 4, 5)), ("Q2", "a", date(2023, 7, 5))]
    assert all(o.recipient == "b" for o in obs)
    assert obligations(make_plan([])) == []
    adhoc = make_plan([], regime=Regime(cadence="ad_hoc", text="đột xuất khi có yêu cầu"))
    assert obligations(adhoc) == []
