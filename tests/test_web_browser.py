"""planflow_web in a real browser: Debian's Chromium driven by Playwright, against
`planflow serve` running as a subprocess on 127.0.0.1 over a real SQLite store.

The office opens the board; a unit follows its access link, records a task done and a
report sent, sees the statuses change, and is refused when it writes another unit's
item. Screenshots of the board, a plan and a unit page at phone and desktop widths are
written to $PLANFLOW_WEB_SCREENSHOTS when set (docs/images: see docs/offices.md).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import planflow

from .webstore import DAY, LEAD, LYSON, POLICE, ROOT, SECRET, make_store

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser",
                             shutil.which("chromium") or "") if p and os.path.exists(p)), None)

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (.ci/run installs Debian's "
                       "chromium package with apt-get): the browser tests are skipped"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], str]]:
    """`planflow serve` on a free port of 127.0.0.1: (its URL, the links, the store)."""
    db = make_store(tmp_path / "office.db")
    port = _free_port()
    env = {**os.environ, "PLANFLOW_WEB_SECRET": SECRET, "PLANFLOW_DB": db}
    base = f"http://127.0.0.1:{port}"
    out = subprocess.run([sys.executable, "-m", "planflow", "serve", "--links", "--base-url", base],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True)
    links = {row.split("\t")[0]: row.split("\t")[2] for row in out.stdout.splitlines()
             if not row.startswith("#")}
    proc = subprocess.Popen([sys.executable, "-m", "planflow", "serve", "--port", str(port),
                             "--at", DAY.strftime("%d/%m/%Y")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        for _ in range(600):  # wait for the port (up to 60 s on a loaded machine), not a timing test
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stdout.read().decode() if proc.stdout else "") from None
                time.sleep(0.1)
        yield base, links, db
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield b
        finally:
            b.close()


def _card(page: object, title: str) -> object:
    return page.locator("article.item", has_text=title)  # type: ignore[attr-defined]


def test_a_unit_works_through_its_link(server: tuple[str, dict[str, str], str], browser: object) -> None:
    base, links, db = server
    ctx = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = ctx.new_page()
    # the office's board
    page.goto(links["office"])
    assert page.url == f"{base}/"
    assert page.locator("h1").inner_text() == "Bảng theo dõi"
    assert "Quá hạn (2)" in page.locator("main").inner_text()
    assert "81 ngày" in page.locator("article.item").first.inner_text()
    # the unit follows its link: its items, the overdue task first
    page.goto(links[LEAD])
    assert page.url == f"{base}/unit/{LEAD}"
    assert page.locator("h1").inner_text() == "Việc của đơn vị"
    task = _card(page, "Công tác tham mưu, chỉ đạo, điều hành")
    assert "Quá hạn" in task.inner_text()
    # hoàn thành: the task moves to the closed ones, done late
    task.get_by_role("button", name="Hoàn thành").click()
    assert "Đã ghi nhận hoàn thành nhiệm vụ." in page.locator(".flash.ok").inner_text()
    done = page.locator("section.group.closed")
    assert "Hoàn thành quá hạn" in _card(done, "Công tác tham mưu").inner_text()
    assert "Quá hạn (0)" in page.locator("main").inner_text()
    # a progress note on another task
    other = _card(page, "Công tác phòng ngừa đấu tranh tội phạm")
    other.get_by_label("Nội dung tiến độ").fill("Đã kiểm tra 12 cơ sở <kinh doanh>")
    other.get_by_role("button", name="Ghi tiến độ").click()
    assert "Đã ghi nhận tiến độ." in page.locator(".flash.ok").inner_text()
    assert "Đã kiểm tra 12 cơ sở <kinh doanh>" in _card(page, "Công tác phòng ngừa").inner_text()
    # the 9-month report, sent early with its number
    report = _card(page, "Báo cáo 9 tháng năm 2023")
    report.get_by_label("Số/ký hiệu").fill("98/BC-LĐTBXH")
    report.get_by_role("button", name="Đã gửi báo cáo").click()
    sent = _card(page.locator("section.group.closed"), "Báo cáo 9 tháng năm 2023")
    assert "Hoàn thành đúng hạn" in sent.inner_text() and "98/BC-LĐTBXH" in sent.inner_text()
    # another unit's items: shown, no forms; a forged write is refused
    page.goto(f"{base}/unit/{POLICE}")
    assert "đơn vị khác" in page.locator("main").inner_text()
    assert page.locator("form.write").count() == 0
    page.goto(f"{base}/unit/{LEAD}")
    csrf = page.locator("input[name=csrf]").first.get_attribute("value")
    refused = ctx.request.post(f"{base}/submit", form={
        "csrf": csrf, "plan": LYSON, "agency": POLICE, "period": "Báo cáo 9 tháng năm 2023",
        "day": "20/06/2023", "ref": "1/BC-CA"}, max_redirects=0)
    assert refused.status == 403 and "không phải của đơn vị anh/chị" in refused.text()
    # a form the page shows, with its fields altered to another unit's report
    page.goto(f"{base}/plan?k={LYSON.replace('/', '%2F').replace('@', '%40')}")
    assert page.locator("form[action='/submit'] input[name=agency][value=cong-an-huyen]").count() == 0
    # the store holds what the browser wrote, and nothing of the refused write
    with planflow.Store.open(db) as store:
        snap = store.snapshot(LYSON)
    assert ("tham-muu", "done", DAY, LEAD) in [(r.task, r.kind, r.on, r.by) for r in snap.records]
    assert [(s.agency, s.period) for s in snap.submissions] == [
        (LEAD, "Báo cáo 6 tháng năm 2023"), (LEAD, "Báo cáo 9 tháng năm 2023")]
    # the board shows the change: one item overdue now (the police's 6-month report)
    page.goto(f"{base}/t/{links['office'].rsplit('/', 1)[1]}")
    assert "Quá hạn (1)" in page.locator("main").inner_text()
    ctx.close()


def test_screenshots(server: tuple[str, dict[str, str], str], browser: object, tmp_path: Path) -> None:
    """The board, a plan and a unit page at a phone's and a desktop's width; kept in
    $PLANFLOW_WEB_SCREENSHOTS (docs/images) when set."""
    base, links, _ = server
    out = Path(os.environ.get("PLANFLOW_WEB_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    plan_url = f"{base}/plan?k={LYSON.replace('/', '%2F').replace('@', '%40')}"
    for width, (w, h) in (("phone", (390, 844)), ("desktop", (1280, 900))):
        ctx = browser.new_context(viewport={"width": w, "height": h})  # type: ignore[attr-defined]
        page = ctx.new_page()
        page.goto(links["office"])
        page.screenshot(path=str(out / f"web-board-{width}.png"), full_page=True)
        page.goto(plan_url)
        page.screenshot(path=str(out / f"web-plan-{width}.png"), full_page=True)
        page.goto(links[LEAD])
        page.screenshot(path=str(out / f"web-unit-{width}.png"), full_page=True)
        # nothing overflows the page sideways at either width
        assert page.evaluate("document.documentElement.scrollWidth") <= w
        ctx.close()
    assert len(list(out.glob("web-*.png"))) >= 6
