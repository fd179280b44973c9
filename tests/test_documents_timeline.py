"""The HTML timeline: bars by status on the day, report deadlines, the day's line; always valid SVG."""

from __future__ import annotations

import xml.dom.minidom
from datetime import date

import planflow
from planflow import Agency, DocumentInfo, Plan, RenderContext, Task
from planflow_docs import render_html
from planflow_docs.timeline import STATUS_COLOURS, timeline_svg

from .conftest import ROOT


def _svg(html: str) -> xml.dom.minidom.Document:
    return xml.dom.minidom.parseString(html[html.index("<svg"):html.index("</svg>") + 6])


def _bars(doc: xml.dom.minidom.Document) -> list[xml.dom.minidom.Element]:
    return [r for r in doc.getElementsByTagName("rect") if r.getAttribute("height") == "16"]


def test_lyson_timeline_on_a_day() -> None:
    plan = planflow.load(ROOT / "examples" / "lyson_2023.py")
    html = render_html(plan, RenderContext(at=date(2023, 6, 20))).decode("utf-8")
    assert "TIẾN ĐỘ THỰC HIỆN (đến ngày 20/06/2023)" in html
    doc = _svg(html)
    bars = _bars(doc)
    assert len(bars) == 3
    # nothing recorded: Quý I is overdue on 20 June, the whole-year tasks are in progress
    assert [b.getAttribute("fill") for b in bars] == [
        STATUS_COLOURS["overdue"], STATUS_COLOURS["in_progress"], STATUS_COLOURS["in_progress"]]
    # Quý I spans a quarter of the axis, the others the whole year
    w = [float(b.getAttribute("width")) for b in bars]
    assert abs(w[0] / w[1] - 90 / 365) < 0.01
    assert len(doc.getElementsByTagName("polygon")) == 4 + 1  # four report deadlines + the legend's
    texts = [t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild and t.firstChild.nodeType == 3]
    assert "20/06/2023" in texts and "Quá hạn" in texts and "Báo cáo" in texts
    red = [ln for ln in doc.getElementsByTagName("line") if ln.getAttribute("stroke") == "#CC0000"]
    assert len(red) == 1
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing fetched


def test_no_day_no_status_colours() -> None:
    plan = planflow.load(ROOT / "examples" / "lyson_2023.py")
    doc = xml.dom.minidom.parseString(timeline_svg(plan))
    assert {b.getAttribute("fill") for b in _bars(doc)} == {"#56B4E9"}
    assert not [ln for ln in doc.getElementsByTagName("line") if ln.getAttribute("stroke") == "#CC0000"]


def test_every_kind_of_timeframe_and_hostile_text() -> None:
    evil = 'Nhiệm vụ <script>alert("x")</script> & "quoted" \x07'
    plan = planflow.bind(Plan(document=DocumentInfo(symbol="1/KH-X", title=evil, date=date(2023, 1, 2)), period=2023,
                calendar="vn", agencies=[Agency("a", evil)],
                tasks=[Task("w", evil, lead=["a"], timeframe="Quý II năm 2023"),
                       Task("r", "Hằng quý", lead=["a"], timeframe="Hằng quý"),
                       Task("c", "Thường xuyên", lead=["a"], timeframe="Thường xuyên"),
                       Task("e", "Sự kiện", lead=["a"], timeframe="Khi có phát sinh"),
                       Task("d", "Hạn", lead=["a"], timeframe="Trước ngày 30/6/2023")]))
    html = render_html(plan, RenderContext(at=date(2023, 5, 2))).decode("utf-8")
    assert "<script>" not in html
    doc = _svg(html)
    bars = _bars(doc)
    # one bar for the window, four for the quarters, one light, one dashed outline, one deadline bar
    assert len(bars) == 1 + 4 + 1 + 1 + 1
    assert sum(1 for b in bars if b.getAttribute("stroke-dasharray")) == 1
    assert sum(1 for b in bars if b.getAttribute("fill-opacity") == "0.45") == 1


def test_statuses_from_the_store_colour_bars_and_report_days(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With what the store recorded: task 1 done late, the 9-month report overdue on 15/9."""
    import subprocess
    import sys

    plan = planflow.load(ROOT / "examples" / "lyson_2023.py")
    db = tmp_path / "track.db"
    with planflow.Store.open(str(db)) as store:
        store.record(plan, "tham-muu", "done", date(2023, 4, 7))
        for agency, key, day in (("phong-ldtbxh-yt", "2023-Q1", date(2023, 3, 8)),
                                 ("cong-an-huyen", "2023-Q1", date(2023, 3, 15)),
                                 ("phong-ldtbxh-yt", "2023-H1", date(2023, 6, 5)),
                                 ("cong-an-huyen", "2023-H1", date(2023, 6, 9)),
                                 ("cong-an-huyen", "2023-M9", date(2023, 9, 1))):
            store.submit(plan, agency, key, day)
    out = tmp_path / "plan.html"
    r = subprocess.run([sys.executable, "-m", "planflow", "render", "examples/lyson_2023.py:plan", "--format",
                        "html", "--at", "2023-09-15", "--db", str(db), "-o", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    doc = _svg(out.read_text(encoding="utf-8"))
    assert _bars(doc)[0].getAttribute("fill") == STATUS_COLOURS["done_late"]
    markers = [p.getAttribute("fill") for p in doc.getElementsByTagName("polygon")][:4]
    assert markers == [STATUS_COLOURS["done_late"], STATUS_COLOURS["done_on_time"],
                       STATUS_COLOURS["overdue"], STATUS_COLOURS["in_progress"]]


def test_each_task_over_its_own_window() -> None:
    """Without a store: a deadline runs from the plan's issue, not from 1 January; a task
    of 2026-2030 in a plan issued in 2025 is drawn over its years (the axis widens, with
    a year scale) instead of falling off a one-year axis."""
    plan = planflow.bind(Plan(
        document=DocumentInfo(symbol="1/KH-X", date=date(2025, 7, 1)), period=2025, calendar="vn",
        tasks=[Task("d", "Hạn", timeframe="Trước ngày 30/9/2025"),
               Task("c", "Giai đoạn", timeframe="Giai đoạn 2026-2030")]))
    doc = xml.dom.minidom.parseString(timeline_svg(plan))
    bars = _bars(doc)
    assert len(bars) == 2
    texts = [t.firstChild.data for t in doc.getElementsByTagName("text")
             if t.firstChild and t.firstChild.nodeType == 3]
    assert {"2025", "2026", "2030"} <= set(texts)
    x = [float(b.getAttribute("x")) for b in bars]
    w = [float(b.getAttribute("width")) for b in bars]
    axis = 1000 - 300 - 20
    days = (date(2030, 12, 31) - date(2025, 1, 1)).days + 1
    # the deadline: 1 July to 30 September 2025; the phase: 2026 to 2030
    assert abs((x[0] - 300) / axis - 181 / days) < 0.002
    assert abs(w[0] / axis - 92 / days) < 0.002
    assert abs((x[1] - 300) / axis - 365 / days) < 0.002
    assert abs(w[1] / axis - (days - 365) / days) < 0.002
