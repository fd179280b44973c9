"""Properties of this round's readers on random made-up plans: duties pointing at the
plan's items (crossrefs) and items closing with their lead in brackets (bracketed).

Whatever the references and brackets say: the import never raises but the one-line
error; a duty pointing only at items that exist never stays a task of its own and each
item it names gets its lead; a duty pointing at a missing item stays a duty; every
bracketed item whose brackets name an agency is a task led by it, timed by its own
brackets or its heading (never by another heading's)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

AGENCIES = ["Sở Y tế", "Sở Tài chính", "Công an tỉnh", "Sở Nội vụ", "Sở Xây dựng"]
ITEMS = ["Rà soát quy chế phối hợp", "Xây dựng cơ sở dữ liệu", "Tổ chức tập huấn cán bộ",
         "Kiểm tra việc thực hiện", "Tuyên truyền trên báo chí", "Đánh giá kết quả"]
PHASES = [("từ ngày 01/4 đến ngày 14/4/2026", 14), ("Quý III/2026", 30), ("tháng 10/2026", 31)]

_SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(plan_head("130", "Thực hiện nhiệm vụ năm 2026", "Hoàn thành các nhiệm vụ.")
                    + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


@_SETTINGS
@given(n_items=st.integers(2, 6),
       duties=st.lists(st.tuples(st.sampled_from(AGENCIES), st.lists(st.integers(1, 8), min_size=1,
                                                                       max_size=3, unique=True)),
                       min_size=2, max_size=4, unique_by=lambda d: d[0]))
def test_duties_pointing_at_items(tmp_path, n_items, duties):
    body = "II. NHIỆM VỤ\n" + "".join(f"{k}. {ITEMS[k - 1]}.\n" for k in range(1, n_items + 1))
    body += "III. TỔ CHỨC THỰC HIỆN\n"
    for k, (agency, refs) in enumerate(duties, 1):
        listed = ", ".join(map(str, refs[:-1])) + (" và " if len(refs) > 1 else "") + str(refs[-1])
        body += f"{k}. {agency}\nChủ trì thực hiện nhiệm vụ tại mục {listed} Phần II; hoàn thành trong năm 2026.\n"
    try:
        result = _read(tmp_path, body)
    except planflow.PlanFileError as e:  # the documented error: one line
        assert "\n" not in str(e)
        return
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    titles = [t.title for t in plan.tasks]
    resolved = [(a, refs) for a, refs in duties if all(r <= n_items for r in refs)]
    for agency, refs in duties:
        pointing = [t for t in titles if t.startswith("Chủ trì thực hiện nhiệm vụ tại mục")]
        if (agency, refs) in resolved:
            # its items are tasks it leads
            for r in refs:
                task = next(t for t in plan.tasks if t.title.rstrip(".") == ITEMS[r - 1])
                assert agency in [names[i] for i in task.lead], (task.title, task.lead)
    if resolved:
        # a duty whose items all exist is no task of its own
        assert len(pointing) == len(duties) - len(resolved), titles
    for task in plan.tasks:
        assert task.title.strip()


@_SETTINGS
@given(phases=st.lists(st.tuples(st.sampled_from(range(len(PHASES))),
                                 st.lists(st.tuples(st.sampled_from(ITEMS), st.sampled_from(AGENCIES),
                                                    st.booleans()), min_size=1, max_size=3)),
                       min_size=1, max_size=3))
def test_items_led_in_brackets(tmp_path, phases):
    body = "II. NỘI DUNG\n"
    expected = []
    for k, (p, items) in enumerate(phases, 1):
        words, last_day = PHASES[p]
        body += f"{k}. Giai đoạn {k} ({words})\n"
        for title, agency, own in items:
            if own:
                body += f"- {title} ({agency}; hoàn thành trước ngày 20/12/2026).\n"
            else:
                body += f"- {title} ({agency}).\n"
            expected.append((title, agency, "hoàn thành trước ngày 20/12/2026" if own else words))
    try:
        result = _read(tmp_path, body)
    except planflow.PlanFileError as e:
        assert "\n" not in str(e)
        return
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    if len(expected) < 2:
        return  # one bracket is no list of tasks
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.text) for t in plan.tasks]
    assert got == [(title, [agency], words) for title, agency, words in expected], got
