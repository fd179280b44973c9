"""planflow_docs: the 6-month report and a reminder letter from the engine's state of Lý Sơn.

The state is the tracking engine's own evaluation (``planflow.evaluate``) of the example
over a snapshot of recorded progress and submissions; nothing is faked. Skipped while
the engine is not installed.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

import planflow
from planflow import RenderContext
from planflow_docs import render_docx, render_html, render_text

from .conftest import ROOT

if not hasattr(planflow, "evaluate"):
    pytest.skip("the tracking engine (planflow.evaluate) is not installed", allow_module_level=True)

AT = date(2023, 6, 14)
SIX = "Báo cáo 6 tháng năm 2023"


@pytest.fixture(scope="module")
def lyson() -> planflow.Plan:
    return planflow.load(ROOT / "examples" / "lyson_2023.py")


def _snapshot(**kw):
    return planflow.Snapshot(**kw)


@pytest.fixture(scope="module")
def state(lyson):
    snap = _snapshot(
        records=(planflow.ProgressRecord("tuyen-truyen", "progress", date(2023, 5, 20),
                                         note="Đã tổ chức 04 buổi sinh hoạt chuyên đề <trường học>",
                                         by="phong-ldtbxh-yt", seq=1),
                 planflow.ProgressRecord("tham-muu", "done", date(2023, 4, 5), seq=2)),
        submissions=(planflow.Submission("phong-ldtbxh-yt", "Báo cáo 3 tháng năm 2023",
                                         date(2023, 3, 8), "12/BC-LĐTBXH"),),
    )
    return planflow.evaluate(lyson, snap, AT)


def _ctx(state, what="report", period=SIX):
    return RenderContext(what=what, at=AT, period=period, state=state)


def test_six_month_report_text(lyson, state):
    text = render_text(lyson, _ctx(state)).decode("utf-8")
    paras = text.split("\n\n")
    assert "BÁO CÁO" in paras
    assert "Kết quả thực hiện Kế hoạch số 65/KH-UBND ngày 23/3/2023, kỳ 6 tháng năm 2023" in paras
    for heading in ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN",
                    "III. TỒN TẠI, HẠN CHẾ", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"):
        assert heading in paras
    assert text.count("[Phần do cán bộ soạn thảo:") == 4
    by_task = {s.id: s for s in state.tasks}
    words = {"done_late": "Hoàn thành quá hạn", "in_progress": "Đang thực hiện trong hạn"}
    for line in text.splitlines():
        if line.startswith("1 | Công tác tham mưu"):
            assert words[by_task["tham-muu"].status.value] in line
            assert "Hoàn thành ngày 05/4/2023" in line
        if line.startswith("2 | Công tác tuyên truyền"):
            assert "Đã tổ chức 04 buổi sinh hoạt chuyên đề <trường học> (20/5/2023)" in line
    # the 6-month report is owed (due 9 June) and has not come: not at all
    assert "- Chưa báo cáo: Công an huyện; Phòng Lao động, Thương binh và Xã hội - Y tế." in paras
    assert "- Báo cáo đúng hạn: không có." in paras


def test_three_month_report_on_time(lyson, state):
    text = render_text(lyson, _ctx(state, period="Báo cáo 3 tháng năm 2023")).decode("utf-8")
    # the period's key names it too
    assert render_text(lyson, _ctx(state, period="2023-Q1")).decode("utf-8") == text
    assert "- Báo cáo đúng hạn: Phòng Lao động, Thương binh và Xã hội - Y tế." in text
    assert "08/3/2023 (12/BC-LĐTBXH)" in text


def test_report_docx_has_tables_and_marked_places(lyson, state):
    d = docx.Document(io.BytesIO(render_docx(lyson, _ctx(state))))
    tasks_table = d.tables[1]
    assert [c.text for c in tasks_table.rows[0].cells][:3] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì"]
    assert len(tasks_table.rows) == 1 + len(lyson.tasks)
    marked = [p for p in d.paragraphs if p.text.startswith("[Phần do cán bộ soạn thảo")]
    assert len(marked) == 4
    for p in marked:
        assert p.runs[0].font.highlight_color is not None
    kinds = [p.text for p in d.paragraphs if p.text == "BÁO CÁO"]
    assert kinds == ["BÁO CÁO"]


def test_unknown_period_is_a_user_error(lyson, state):
    with pytest.raises(planflow.PluginError, match="no report period named 'Quý V'"):
        render_text(lyson, _ctx(state, period="Quý V"))


def test_report_without_state_is_a_user_error(lyson):
    with pytest.raises(planflow.PluginError, match="needs the tracking engine"):
        render_text(lyson, RenderContext(what="report", at=AT))


def test_reminder_letter_from_the_escalation(lyson):
    state = planflow.evaluate(lyson, None, AT)
    esc = [e for e in state.events if e.kind.value == "escalation"]
    assert esc, "the example escalates the 6-month report on 14 June"
    text = render_text(lyson, _ctx(state, what="reminder", period=None)).decode("utf-8")
    paras = text.split("\n\n")
    assert "V/v đôn đốc thực hiện Kế hoạch số 65/KH-UBND ngày 23/3/2023" in text
    # both reporters are late with the 6-month report: one letter to both, each unit with
    # every item it has overdue (the Phòng's task 1 too), never the issuer
    assert "Kính gửi:\n- Phòng Lao động, Thương binh và Xã hội - Y tế;\n- Công an huyện;" in paras
    assert "- Công tác tham mưu, chỉ đạo, điều hành (hạn 31/3/2023)." in paras
    for e in esc:
        assert any(p.startswith(f"- {e.title} (hạn ") for p in paras)
    assert "Nơi nhận:\n\n- Như trên;\n- Lưu: VT." in text
    d = docx.Document(io.BytesIO(render_docx(lyson, _ctx(state, what="reminder", period=None))))
    left = d.tables[0].rows[0].cells[0]
    assert any(p.text.startswith("V/v đôn đốc") for p in left.paragraphs)
    assert not [p for p in d.paragraphs if p.text in ("KẾ HOẠCH", "BÁO CÁO")]


def test_no_escalation_no_letter(lyson):
    state = planflow.evaluate(lyson, None, date(2023, 2, 1))
    with pytest.raises(planflow.PluginError, match="nothing is overdue"):
        render_text(lyson, _ctx(state, what="reminder", period=None))


def test_report_html_escapes_recorded_notes(lyson, state):
    out = render_html(lyson, _ctx(state)).decode("utf-8")
    assert "&lt;trường học&gt;" in out and "<trường học>" not in out
