"""Shared fixtures: small plans built in Python, and where shared/ lives."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server URL: $PLANFLOW_TEST_PG_URL (.ci/run), else a cluster started
    for this session; skips only where PostgreSQL is not installed."""
    from . import pgcluster

    if os.environ.get(pgcluster.ENV):
        yield os.environ[pgcluster.ENV]
        return
    if pgcluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed here (no pg_ctl; .ci/run installs it with "
                    "apt-get install postgresql): the PostgreSQL runs are skipped")
    url, stop = pgcluster.start_cluster()
    try:
        yield url
    finally:
        stop()


#: the store dialects every store, engine and concurrency test runs on
DIALECTS = ("sqlite", "postgresql")


@pytest.fixture(params=DIALECTS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store's URL: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "sub" / "t.db")
        return
    from . import pgcluster

    url, drop = pgcluster.create_database(request.getfixturevalue("pg_server"))
    try:
        yield url
    finally:
        drop()


@pytest.fixture(params=DIALECTS)
def store_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """``new(name)``: the URL of a new empty store on each dialect (a SQLite file under
    tmp_path; a new database on the PostgreSQL server), all removed afterwards."""
    drops: list[Callable[[], None]] = []
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else ""

    def new(name: str) -> str:
        if not server:
            return str(tmp_path / f"{name}.db")
        from . import pgcluster

        url, drop = pgcluster.create_database(server)
        drops.append(drop)
        return url

    new.dialect = request.param  # type: ignore[attr-defined]
    try:
        yield new
    finally:
        for drop in drops:
            drop()


__all__ = ["make_plan", "planflow", "ROOT", "SHARED"]
