"""planflow_web over plain HTTP (starlette's TestClient on the real application and a
real SQLite store): access tokens, CSRF, escaping, read-only mode, the writes and their
Vietnamese errors, downloads, the links notifications carry, `planflow serve --links`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import planflow

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient  # noqa: E402

from planflow_web import create_app, csrf_token, make_token, read_token  # noqa: E402

from .webstore import DAY, LEAD, LYSON, POLICE, ROOT, SECRET, lyson, make_store  # noqa: E402

KEY = SECRET.encode()
LATER = datetime.now(UTC) + timedelta(days=30)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return make_store(tmp_path / "office.db")


def client(db: str, *, read_only: bool = False, day: date = DAY) -> TestClient:
    store = planflow.Store.open(db)
    app = create_app(store, KEY, read_only=read_only, today=lambda: day)
    return TestClient(app, base_url="http://127.0.0.1")


def enter(c: TestClient, unit: str | None) -> str:
    token = make_token(KEY, unit, LATER)
    r = c.get(f"/t/{token}")
    assert r.status_code == 200, r.text
    return token


def records(db: str) -> planflow.Snapshot:
    with planflow.Store.open(db) as store:
        return store.snapshot(LYSON)


def form(token: str, **fields: str) -> dict[str, str]:
    return {"csrf": csrf_token(KEY, token), "plan": LYSON, "day": "20/06/2023", "back": "/", **fields}


def test_pages_need_a_token(db: str) -> None:
    c = client(db)
    for path in ("/", f"/unit/{LEAD}", "/plan?k=x"):
        r = c.get(path)
        assert r.status_code == 401
        assert "Cần đường dẫn truy cập" in r.text


def test_expired_and_forged_tokens_are_refused(db: str) -> None:
    c = client(db)
    old = make_token(KEY, LEAD, datetime.now(UTC) - timedelta(minutes=1))
    r = c.get(f"/t/{old}")
    assert r.status_code == 401 and "đã hết hạn" in r.text
    forged = make_token(b"another-secret-0123456789", None, LATER)
    assert c.get(f"/t/{forged}").status_code == 401
    # a tampered payload (a unit making itself the office) fails the signature
    good = make_token(KEY, LEAD, LATER)
    office = make_token(KEY, None, LATER)
    assert c.get(f"/t/{office.split('.')[0]}.{good.split('.')[1]}").status_code == 401
    # an expired cookie is as good as none
    c.cookies.set("planflow_token", old)
    assert c.get("/").status_code == 401
    with pytest.raises(planflow.PlanflowError, match="expired"):
        read_token(KEY, old, datetime.now(UTC))


def test_board_plan_and_unit_pages(db: str) -> None:
    c = client(db)
    enter(c, None)
    board = c.get("/")
    assert board.status_code == 200
    t = board.text
    assert "Bảng theo dõi" in t and "65/KH-UBND" in t and "15/KH-UBND" in t
    assert "Quá hạn · 81 ngày" in t  # task tham-muu, due 31/03/2023, the most overdue first
    assert t.index("Công tác tham mưu") < t.index("Báo cáo 6 tháng năm 2023")
    assert "19/06/2023 – 25/06/2023" in t and "01/06/2023 – 30/06/2023" in t
    assert board.headers["content-security-policy"].startswith("default-src 'none'")
    plan = c.get("/plan", params={"k": LYSON}).text
    assert "Tải kế hoạch (DOCX)" in plan and "Đang thực hiện trong hạn" in plan
    assert "31/03/2023" in plan and "2023-03-31" not in plan
    unit = c.get(f"/unit/{LEAD}").text
    assert "Việc của đơn vị" in unit and "Phòng Lao động, Thương binh và Xã hội - Y tế" in unit
    assert unit.index("Quá hạn (1)") < unit.index("Công tác tham mưu") < unit.index("Sắp đến hạn")
    assert c.get("/unit/nobody").status_code == 404
    assert c.get("/plan", params={"k": "nope"}).status_code == 404


def test_board_deadlines_of_the_week_and_month(db: str) -> None:
    c = client(db, day=date(2023, 9, 5))
    enter(c, None)
    t = c.get("/").text
    week = t[t.index("Đến hạn tuần này"):t.index("Đến hạn tháng này")]
    month = t[t.index("Đến hạn tháng này"):t.index("<h2>Đơn vị")]
    assert "04/09/2023 – 10/09/2023" in week
    assert week.count("Báo cáo 9 tháng năm 2023") == 2 and "08/09/2023" in week  # both units
    assert month.count("Báo cáo 9 tháng năm 2023") == 2
    assert "Sắp đến hạn" in week


def test_downloads(db: str) -> None:
    c = client(db)
    enter(c, LEAD)
    docx = c.get("/download/plan.docx", params={"k": LYSON})
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert 'filename="65-KH-UBND.docx"' in docx.headers["content-disposition"]
    report = c.get("/download/report.docx", params={"k": LYSON})
    assert report.status_code == 200 and report.content[:2] == b"PK"
    ics = c.get("/download/plan.ics", params={"k": LYSON})
    assert ics.status_code == 200 and ics.content.startswith(b"BEGIN:VCALENDAR")
    assert c.get("/download/x.exe", params={"k": LYSON}).status_code == 404
    mine = c.get("/download/plan.ics", params={"k": LYSON, "unit": POLICE})
    assert mine.status_code == 200 and mine.content.count(b"BEGIN:VEVENT") == 3  # its reports
    assert 'filename="65-KH-UBND-cong-an-huyen.ics"' in mine.headers["content-disposition"]
    assert "unit=cong-an-huyen" in c.get(f"/unit/{POLICE}").text


def test_back_goes_only_to_this_site() -> None:
    from planflow_web.app import _safe_back

    assert _safe_back("/unit/a?x=1") == "/unit/a?x=1"
    for bad in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", None):
        assert _safe_back(bad) == "/"


def test_a_unit_records_its_own_task_and_report(db: str) -> None:
    c = client(db)
    token = enter(c, LEAD)
    r = c.post("/record", data=form(token, task="tham-muu", action="done", back=f"/unit/{LEAD}"),
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/unit/{LEAD}?ok=done"
    page = c.get(r.headers["location"]).text
    assert "Đã ghi nhận hoàn thành nhiệm vụ." in page and "Hoàn thành quá hạn" in page
    r = c.post("/submit", data=form(token, agency=LEAD, period="Báo cáo 9 tháng năm 2023",
                                    ref="98/BC-LĐTBXH"), follow_redirects=False)
    assert r.status_code == 303
    snap = records(db)
    assert [(x.task, x.kind, x.on, x.by) for x in snap.records][-1] == ("tham-muu", "done", DAY, LEAD)
    assert snap.submissions[-1] == planflow.Submission(LEAD, "Báo cáo 9 tháng năm 2023", DAY,
                                                       "98/BC-LĐTBXH")


def test_a_write_from_the_plan_page_returns_to_it(db: str) -> None:
    c = client(db)
    token = enter(c, LEAD)
    page = c.get("/plan", params={"k": LYSON, "ok": "submit"}).text
    back = re.search(r'name="back" value="([^"]*)"', page)
    assert back is not None
    r = c.post("/record", data=form(token, task="phong-ngua", action="progress", note="Đã họp",
                                    back=back.group(1).replace("&amp;", "&")), follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/plan?k=65%2FKH-UBND%402023-03-23&ok=progress"
    after = c.get(r.headers["location"])
    assert after.status_code == 200 and "Đã ghi nhận tiến độ." in after.text and "Đã họp" in after.text


def test_a_unit_cannot_write_another_units_items(db: str) -> None:
    c = client(db)
    token = enter(c, POLICE)
    before = records(db)
    r = c.post("/record", data=form(token, task="tham-muu", action="done"))
    assert r.status_code == 403 and "không do đơn vị của anh/chị chủ trì" in r.text
    r = c.post("/submit", data=form(token, agency=LEAD, period="Báo cáo 9 tháng năm 2023"))
    assert r.status_code == 403 and "không phải của đơn vị anh/chị" in r.text
    assert records(db) == before
    page = c.get(f"/unit/{LEAD}").text
    assert "đơn vị khác" in page and 'action="/record"' not in page
    # its own report it may send
    ok = c.post("/submit", data=form(token, agency=POLICE, period="Báo cáo 6 tháng năm 2023"),
                follow_redirects=False)
    assert ok.status_code == 303


def test_csrf_is_required(db: str) -> None:
    c = client(db)
    token = enter(c, LEAD)
    before = records(db)
    missing = form(token, task="tham-muu", action="done")
    del missing["csrf"]
    r = c.post("/record", data=missing)
    assert r.status_code == 403 and "CSRF" in r.text
    other = make_token(KEY, LEAD, LATER + timedelta(seconds=5))  # another session's form
    r = c.post("/record", data={**missing, "csrf": csrf_token(KEY, other)})
    assert r.status_code == 403
    assert records(db) == before


def test_errors_are_the_stores_in_vietnamese(db: str) -> None:
    c = client(db)
    token = enter(c, None)
    r = c.post("/record", data=form(token, task="tham-muu", action="progress", note="  "))
    assert r.status_code == 400 and "Ghi nhận tiến độ cần có nội dung." in r.text
    r = c.post("/submit", data=form(token, agency=LEAD, period="Báo cáo 6 tháng năm 2023"))
    assert r.status_code == 400
    assert "đã được ghi nhận trước đó (ngày nhận 05/06/2023)" in r.text
    r = c.post("/record", data=form(token, task="tham-muu", action="done", day="31/02/2023"))
    assert r.status_code == 400 and "không có thật" in r.text
    r = c.post("/record", data=form(token, task="no-such-task", action="done"))
    assert r.status_code == 400 and "Kế hoạch không có nhiệm vụ «no-such-task»." in r.text
    # the same checks as the command line's (one code path: Store.record)
    with planflow.Store.open(db) as store, pytest.raises(planflow.StoreError, match="needs a note"):
        store.record(lyson(), "tham-muu", "progress", DAY, " ", LEAD)


def test_everything_is_escaped(tmp_path: Path) -> None:
    hostile = planflow.bind(planflow.Plan(
        document=planflow.DocumentInfo(symbol="9/KH-X", title="<b>bold</b>", date=date(2023, 1, 2)),
        agencies=[planflow.Agency("x", "<script>alert('unit')</script>")],
        tasks=[planflow.Task("t", "<script>alert(1)</script>", lead=["x"], timeframe="2023-12-31")],
        period=2023))
    db = make_store(tmp_path / "h.db", hostile)
    key = planflow.plan_key(hostile)
    with planflow.Store.open(db) as store:
        store.record(hostile, "t", "progress", DAY, '"><img src=x onerror=alert(2)>', "x")
    c = client(db)
    enter(c, None)
    pages = [c.get("/").text, c.get("/plan", params={"k": key}).text, c.get("/unit/x").text]
    for text in pages:
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>bold" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1]
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in pages[2]


def test_read_only(db: str) -> None:
    c = client(db, read_only=True)
    token = enter(c, None)
    page = c.get(f"/unit/{LEAD}").text
    assert "chỉ xem" in page and "<form" not in page
    r = c.post("/record", data=form(token, task="tham-muu", action="done"))
    assert r.status_code == 403 and "chỉ xem" in r.text
    assert records(db) == records(db)
    assert not any(x.kind == "done" for x in records(db).records)


def test_notifications_carry_the_units_link(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = lyson()
    monkeypatch.setenv("PLANFLOW_WEB_SECRET", SECRET)
    with planflow.Store.open(db) as store:
        monkeypatch.delenv("PLANFLOW_WEB_BASE_URL", raising=False)
        plain = planflow.Engine().tick(plan, store, datetime(2023, 6, 12, 8), dry_run=True)
        monkeypatch.setenv("PLANFLOW_WEB_BASE_URL", "http://10.0.0.5:8080/")
        linked = planflow.Engine().tick(plan, store, datetime(2023, 6, 12, 8), dry_run=True)
    assert plain.notifications and all("link" not in n.payload for n in plain.notifications)
    assert [n.key for n in plain.notifications] == [n.key for n in linked.notifications]
    for n in linked.notifications:
        link = n.payload["link"]
        assert link.startswith("http://10.0.0.5:8080/t/") and n.body.rstrip().endswith(link)
        access = read_token(KEY, link.rsplit("/", 1)[1], datetime(2023, 6, 13, tzinfo=UTC))
        assert access.unit == n.recipient
        # valid 30 days from the notification's day
        assert access.expires.date() == date(2023, 7, 13)


def test_serve_links_command(db: str) -> None:
    env = {**os.environ, "PLANFLOW_WEB_SECRET": SECRET}
    r = subprocess.run([sys.executable, "-m", "planflow", "serve", "--db", db, "--links",
                        "--base-url", "http://10.0.0.5:8080", "--days", "7"],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.splitlines() if not line.startswith("#")]
    units = {row[0]: row for row in rows}
    assert {"office", LEAD, POLICE, "cong-an-xa"} <= set(units)
    assert units[LEAD][1] == "Phòng Lao động, Thương binh và Xã hội - Y tế"
    token = units[LEAD][2].rsplit("/t/", 1)[1]
    access = read_token(KEY, token, datetime.now(UTC))
    assert access.unit == LEAD and access.expires < datetime.now(UTC) + timedelta(days=7, minutes=1)
    assert read_token(KEY, units["office"][2].rsplit("/", 1)[1], datetime.now(UTC)).office
    bad = subprocess.run([sys.executable, "-m", "planflow", "serve", "--db", str(Path(db).with_name("no.db")),
                          "--links"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and re.fullmatch(r"planflow: --db: no store at .*\n", bad.stderr)


def test_pages_are_nfc(db: str) -> None:
    """The templates and every page are NFC (Vietnamese diacritics composed)."""
    import unicodedata

    pkg = ROOT / "plugins" / "planflow_web"
    for f in [*pkg.glob("templates/*.html"), *pkg.glob("*.py")]:
        text = f.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), f
    c = client(db)
    enter(c, None)
    for path in ("/", f"/unit/{LEAD}"):
        assert unicodedata.is_normalized("NFC", c.get(path).text)


def test_the_cli_sees_what_the_page_wrote(store_url: str) -> None:
    """One store answers the page and the command line (SQLite and PostgreSQL)."""
    db = make_store(store_url)
    c = client(db)
    token = enter(c, LEAD)
    r = c.post("/record", data=form(token, task="tham-muu", action="done", day="2023-06-19"),
               follow_redirects=False)
    assert r.status_code == 303
    out = subprocess.run([sys.executable, "-m", "planflow", "status", "examples/lyson_2023.py:plan",
                          "--db", db, "--at", "2023-06-20", "--json"], capture_output=True,
                         text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    import json

    task = next(t for t in json.loads(out.stdout)["tasks"] if t["id"] == "tham-muu")
    assert task["status"] == "done_late" and task["done_on"] == "2023-06-19"


def test_an_overdue_task_no_unit_leads_is_on_the_board(tmp_path: Path) -> None:
    """Imported plans hold tasks nobody leads yet (the issuer's own, or a lead the reader
    could not find): the board, the plan's page and the downloads show them, saying no
    unit leads them (the board answered 500 on a real plan with one overdue)."""
    plan = planflow.bind(planflow.Plan(
        document=planflow.DocumentInfo(symbol="10/KH-UBND", title="Kế hoạch thử",
                                       date=date(2023, 1, 2)),
        agencies=[planflow.Agency("x", "Phòng Văn hóa")],
        tasks=[planflow.Task("mo", "Việc chưa giao ai", timeframe="2023-03-31"),
               planflow.Task("t", "Việc của phòng", lead=["x"], timeframe="2023-12-31")],
        period=2023))
    db = make_store(tmp_path / "n.db", plan)
    c = client(db)
    enter(c, None)
    board = c.get("/")
    assert board.status_code == 200, board.text
    assert "Việc chưa giao ai" in board.text and "chưa giao cơ quan chủ trì" in board.text
    page = c.get("/plan", params={"k": planflow.plan_key(plan)})
    assert page.status_code == 200 and "Việc chưa giao ai" in page.text
