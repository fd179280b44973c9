"""Appendix task tables as a family: plans made up by tests/appendix_gen.py (column
orders and names, two-row headers, group rows, merged cells, page breaks, several tables,
no number column, money sub-columns …), read in the corpus scrape's form, as GitHub
Markdown and as a Word document.

Properties, whatever the table: reading never raises (but the documented one-line
error); a group row, a heading or a target of an indicator table is never a task; each
row's cells land under their headers, or the row's task carries a warning naming it (a
lead or time read wrong is never silent); no date is silently wrong. A fixed set of
seeds is also read whole (every task, lead and time right), as a floor for the
benchmark (``python benchmarks/appendix_tables.py``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.appendix_tables import score  # noqa: E402

from tests.appendix_gen import generate, write  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# soffice without its Writer part (Debian's libreoffice-calc-nogui alone) converts nothing
WRITER = SOFFICE is not None and any(Path(os.path.realpath(SOFFICE)).parent.glob("libswlo.*"))


def _read(gen, form: str, folder: Path) -> planflow.ImportResult:
    path = write(gen, form, folder)
    return planflow.default_registry().importer_for(path).read(path)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), form=st.sampled_from(["scraped", "gfm"]))
def test_appendix_tables_never_shift_silently(seed, form):
    gen = generate(seed)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            result = _read(gen, form, Path(tmp))
        except planflow.PlanFileError as e:  # the documented error: one line
            assert "\n" not in str(e)
            return
        tally, _ = score(gen, write(gen, form, Path(tmp)))
    # a heading, a group row or a target is never a task
    assert tally.groups_as_tasks == 0, tally.misses
    # a lead or time read wrong always carries a warning naming the task
    assert tally.unflagged == 0, tally.misses
    assert tally.silent == 0, tally.misses
    # every date a task was given comes from its own row's words
    for task in result.plan.tasks:
        tf = task.timeframe
        if tf.start is not None and tf.end is not None:
            assert tf.start <= tf.end, (task.title, tf)


FLOOR = range(0, 24)


@pytest.mark.parametrize("form", ["scraped", "gfm", "docx", "pdf"])
def test_generated_appendix_tables_read_right(tmp_path, form):
    """A floor: of the tasks of 24 generated plans, at least 95 % read wholly right in
    each form (the Word form saved as PDF by LibreOffice: 90 %, its narrow columns cut
    words and rows over pages), none wrong without a warning, no group row as a task."""
    if form in ("docx", "pdf"):
        pytest.importorskip("docx")
    if form == "pdf" and not WRITER:
        pytest.skip("LibreOffice Writer (soffice with libreoffice-writer) is not installed: "
                    "it prints the generated Word documents to PDF")
    tasks = right = 0
    for seed in FLOOR:
        gen = generate(seed)
        folder = tmp_path / str(seed)
        folder.mkdir()
        tally, _ = score(gen, write(gen, form, folder))
        assert tally.failed == 0, tally.misses
        assert tally.groups_as_tasks == 0 and tally.unflagged == 0 and tally.silent == 0, tally.misses
        tasks += tally.tasks
        right += tally.full
    assert right >= (0.90 if form == "pdf" else 0.95) * tasks, (right, tasks)


def test_the_generated_truth_is_what_the_words_say():
    """The generator's own truth: every task has a title, a lead and a time; group rows
    are not tasks; titles are unique."""
    for seed in range(30):
        gen = generate(seed)
        titles = [t.title for t in gen.tasks]
        assert len(set(titles)) == len(titles)
        assert all(t.lead and t.time for t in gen.tasks)
        assert not set(titles) & set(gen.groups)


# -- the families the generated tables showed (round 15, helper fix6) -----------------

def _stream(rows: list[list[str]]) -> str:
    """Rows as the corpus scrape prints them: each cell's words, then a "|" line."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for c in row:
            out += [c] if c else []
            out.append("|")
    return "\n".join(out)


def _appendix_plan(tables: str) -> str:
    from tests.made_up import SIGNED, plan_head

    return (plan_head("41", "KẾ HOẠCH chuyển đổi số ngành tài nguyên năm 2026", "Chuyển đổi số.")
            + "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện nhiệm vụ tại Phụ lục.\n" + SIGNED
            + "\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n" + tables + "\n")


def _tasks(tmp_path, text: str):  # type: ignore[no-untyped-def]
    from tests.made_up import read_plan

    plan = read_plan(tmp_path, text, "plan.md").plan
    names = {a.id: a.name for a in plan.agencies}
    return {t.title: ([names.get(i, i) for i in t.lead], t.timeframe) for t in plan.tasks}


def test_a_table_with_no_number_column_its_lead_merged_down_and_money_subcolumns(tmp_path):
    # the task's words open with its number; the lead cell merged over the rows below (a
    # scrape prints it in the first only); "Kinh phí" over "Tổng số" | "Ngân sách tỉnh"
    table = _stream([
        ["**Nhiệm vụ, giải pháp**", "**Cơ quan chủ trì**", "**Thời gian thực hiện**", "**Sản phẩm**",
         "**Kinh phí dự kiến**"],
        ["**Bắt đầu**", "**Kết thúc**", "**Tổng số**", "**Ngân sách tỉnh**", "**Nguồn khác**"],
        ["1. Xây dựng hệ thống quản lý hồ sơ đất đai số", "Sở Nông nghiệp và Môi trường", "Quý I/2026",
         "Quý III/2026", "", "1.500", "1.500", ""],
        ["2. Tập huấn cán bộ địa\nchính cấp xã", "Tháng 3/2026", "Tháng 6/2026", "Kế hoạch", "", "", ""],
        ["3. Số hóa bản đồ địa chính các xã miền núi", "Năm 2026", "Năm 2027", "Cơ sở dữ liệu", "800", "", ""],
        ["4. Rà soát quy trình cấp\ngiấy chứng nhận", "Năm 2026", "Năm 2027", "", "", "", ""],
        ["5. Hướng dẫn thủ tục đăng ký đất đai điện tử", "Tháng 3/2026", "Tháng 12/2026", "", "1.200",
         "1.200", ""],
    ])
    tasks = _tasks(tmp_path, _appendix_plan(table))
    assert set(tasks) == {"Xây dựng hệ thống quản lý hồ sơ đất đai số", "Tập huấn cán bộ địa chính cấp xã",
                          "Số hóa bản đồ địa chính các xã miền núi", "Rà soát quy trình cấp giấy chứng nhận",
                          "Hướng dẫn thủ tục đăng ký đất đai điện tử"}, list(tasks)  # no "800", "1.200"
    for title, (lead, _) in tasks.items():
        assert lead == ["Sở Nông nghiệp và Môi trường"], title
    tf = tasks["Tập huấn cán bộ địa chính cấp xã"][1]
    assert (tf.start, tf.end) == (date(2026, 3, 1), date(2026, 6, 30))
    tf = tasks["Số hóa bản đồ địa chính các xã miền núi"][1]
    assert (tf.start, tf.end) == (date(2026, 1, 1), date(2027, 12, 31))


def test_a_table_broken_by_a_bare_page_number_goes_on_with_its_columns(tmp_path):
    # the page's number between blank lines, no header repeated, the part after it opening
    # on an unnumbered group row with its empty cells
    head = [["**STT**", "**Nội dung nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời hạn**"]]
    first = [["", "**Nhiệm vụ chung**", "", "", ""],
             ["1", "Rà soát quy chế quản lý dữ liệu đất đai", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
             ["2", "Xây dựng kho dữ liệu địa chính dùng chung", "Sở Tư pháp", "", "Tháng 9/2026"]]
    second = [["", "**Nhiệm vụ cụ thể**", "", "", ""],
              ["1", "Tổ chức đo đạc bổ sung bản đồ địa chính", "Công an tỉnh", "", "Năm 2027"],
              ["2", "Kiểm tra việc cập nhật biến động đất đai", "Thanh tra tỉnh", "Sở Tư pháp", "Quý IV/2026"]]
    tasks = _tasks(tmp_path, _appendix_plan(_stream(head + first) + "\n\n4\n\n" + _stream(second)))
    assert len(tasks) == 4 and not any("Nhiệm vụ" in t for t in tasks), list(tasks)
    lead, tf = tasks["Tổ chức đo đạc bổ sung bản đồ địa chính"]
    assert lead == ["Công an tỉnh"] and (tf.start, tf.end) == (date(2027, 1, 1), date(2027, 12, 31))
    lead, tf = tasks["Kiểm tra việc cập nhật biến động đất đai"]
    assert lead == ["Thanh tra tỉnh"] and tf.end == date(2026, 12, 31)
    lead, tf = tasks["Xây dựng kho dữ liệu địa chính dùng chung"]
    assert lead == ["Sở Tư pháp"] and tf.end == date(2026, 9, 30)


@pytest.mark.parametrize("seed", [19, 30, 44, 51, 70])
def test_the_generated_plans_of_these_families_read_wholly_right(tmp_path, seed):
    """Seeds whose scraped tables showed the families (no number column with money
    sub-columns, a bare page break, an unnumbered group row's empty number cell)."""
    gen = generate(seed)
    tally, _ = score(gen, write(gen, "scraped", tmp_path))
    assert tally.full == tally.tasks and tally.extra == 0, tally.misses
