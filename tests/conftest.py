"""Shared fixtures: small plans built in Python, and where shared/ lives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, Task

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def make_plan(tasks: list[Task], agencies: list[Agency] | None = None, **kw: object) -> Plan:
    """A plan for 2023 with agencies ``a`` and ``b`` unless told otherwise, its words read
    in the default registry."""
    return planflow.bind(Plan(
        document=kw.pop("document", DocumentInfo(symbol="1/KH-TEST", title="Test", date=date(2023, 1, 1))),
        agencies=agencies if agencies is not None else [Agency("a", "Agency A"), Agency("b", "Agency B")],
        tasks=tasks,
        period=kw.pop("period", 2023),
        **kw,  # type: ignore[arg-type]
    ))


@pytest.fixture
def small_plan() -> Plan:
    return make_plan([
        Task("t1", "one", lead=["a"], timeframe="2023-01-01/2023-01-10"),
        Task("t2", "two", lead=["a"], partners=["b"], timeframe="2023-02-01", depends_on=["t1"],
             duration_days=5),
        Task("t3", "three", lead=["b"], timeframe="2023-03-31", depends_on=["t2"], duration_days=10),
    ])


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared/ data is absent (looked in {SHARED})")
    return SHARED


__all__ = ["make_plan", "planflow", "ROOT", "SHARED"]
