"""A real SQLite store for the web page's tests: the Lý Sơn example plan and the commune
plan registered, with some records, as an office would have them on 20/06/2023."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import planflow

ROOT = Path(__file__).resolve().parents[1]
#: the day the pages are shown as of
DAY = date(2023, 6, 20)
SECRET = "web-test-secret-0123456789"
LYSON = "65/KH-UBND@2023-03-23"
LEAD = "phong-ldtbxh-yt"  # leads every task of the Lý Sơn plan, owes reports
POLICE = "cong-an-huyen"  # owes reports only


def lyson() -> planflow.Plan:
    return planflow.load(ROOT / "examples" / "lyson_2023.py")


def make_store(path: Path | str, extra: planflow.Plan | None = None) -> str:
    """The store at ``path`` (a SQLite file or a database URL), filled; returns it."""
    plan = lyson()
    commune = planflow.load(ROOT / "examples" / "commune_2026.toml")
    with planflow.Store.open(str(path)) as store:
        for p in (plan, commune, *([extra] if extra is not None else [])):
            store.add_plan(p, planflow.dumps_plan(p, "toml"), "toml", datetime(2023, 3, 24, 8, 0),
                           source="tests", by="test")
        store.record(plan, "tham-muu", "progress", date(2023, 3, 28), "Đã tham mưu dự thảo văn bản",
                     LEAD)
        store.submit(plan, LEAD, "Báo cáo 6 tháng năm 2023", date(2023, 6, 5), "61/BC-LĐTBXH")
    return str(path)
