"""Activities that each name who carries them out ("Hoạt động 1" / "- Nội dung: …" / "- Cơ
quan thực hiện: X chủ trì …"), then duties by agency in "TỔ CHỨC THỰC HIỆN" that follow
up and coordinate: the activities are the tasks, the duties are not read again. Made-up
text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planflow_import import read_text_file

DATA = Path(__file__).parent / "data" / "import_words"


def _text() -> str:
    return (DATA / "duties_organise.txt").read_text(encoding="utf-8")


def test_the_led_activities_are_the_tasks(tmp_path):
    result = read_text_file(DATA / "duties_organise.txt")
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]
    assert got == [("Tổ chức lễ phát động Tháng hành động", ["Sở Y tế"]),
                   ("Kiểm tra các bếp ăn tập thể", ["Sở Giáo dục và Đào tạo"]),
                   ("Tuyên truyền trên báo, đài",
                    ["Báo và Phát thanh, Truyền hình Quảng Nam"]),
                   # a duty with its own dated time is a task too
                   ("Rà soát các chợ đầu mối, hoàn thành trong tháng 5 năm 2026", ["Sở Công Thương"])]
    assert result.plan.tasks[-1].timeframe.due == date(2026, 5, 31)
    assert any("organise them, kept as text" in w for w in result.warnings)
    # the duties stay in the plan's text
    assert "Theo dõi, đôn đốc các đơn vị" in str(result.plan)


def test_an_activity_naming_no_body_keeps_the_duties_as_tasks(tmp_path):
    # one activity says not who carries it out: the duties by agency are read as before
    text = _text().replace("- Cơ quan thực hiện: Sở Giáo dục và Đào tạo chủ trì.\n", "")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    titles = [t.title for t in read_text_file(path).plan.tasks]
    assert any(t.startswith("Theo dõi, đôn đốc") for t in titles)
    assert len(titles) == 6


def test_a_duty_timed_on_its_own_label_line_is_a_task_too(tmp_path):
    # the time on a label line under the duty ("+ Thời gian thực hiện: …"), not in its words:
    # a stated year makes it a task as a dated sentence does (it was kept as text)
    text = _text().replace(
        "Rà soát các chợ đầu mối, hoàn thành trong tháng 5 năm 2026.\n",
        "- Rà soát các chợ đầu mối.\n+ Thời gian thực hiện: Trước ngày 15/7/2026.\n"
        "- Kiểm tra các cơ sở giết mổ.\n+ Thời hạn hoàn thành: 6 tháng đầu năm 2026.\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tasks = read_text_file(path).plan.tasks
    timed = {t.title: t.timeframe.due for t in tasks[3:]}
    assert timed == {"Rà soát các chợ đầu mối": date(2026, 7, 14),
                     "Kiểm tra các cơ sở giết mổ": date(2026, 6, 30)}
    assert len(tasks) == 5  # the follow-up duties with no time stay text


def test_steps_whose_number_is_gone_from_the_title_are_a_procedure(tmp_path):
    # "Bước 1: Sở X … (tháng 4/2026)." leaves its task the title "Sở X …": the paragraph
    # still opens on the step, so the activities are a procedure's steps and the duties by
    # agency after them (what else each body does) are read as tasks
    text = (_text().split("II. NỘI DUNG HOẠT ĐỘNG\n")[0]
            + "II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n"
              "Bước 1: Sở Y tế tổ chức lễ phát động Tháng hành động (tháng 4/2026).\n"
              "Bước 2: Sở Giáo dục và Đào tạo kiểm tra các bếp ăn tập thể (tháng 5/2026).\n"
              "Bước 3: Sở Công Thương tổng kết Tháng hành động (trước ngày 20/6/2026).\n"
            + "III. TỔ CHỨC THỰC HIỆN\n" + _text().split("III. TỔ CHỨC THỰC HIỆN\n")[1])
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    titles = [t.title for t in result.plan.tasks]
    assert any(t.startswith("Theo dõi, đôn đốc") for t in titles), titles
    assert len(titles) == 6
    assert not any("organise them, kept as text" in w for w in result.warnings)


def test_a_dated_duty_about_the_law_explainers_is_no_report(tmp_path):
    # "báo cáo viên" (the law's explainers) is no report aside: the dated duty is a task
    text = _text().replace("Rà soát các chợ đầu mối, hoàn thành trong tháng 5 năm 2026.",
                           "Kiện toàn đội ngũ báo cáo viên, hoàn thành trong tháng 5 năm 2026.")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tasks = read_text_file(path).plan.tasks
    assert len(tasks) == 4
    assert tasks[-1].title.startswith("Kiện toàn đội ngũ báo cáo viên")
    assert tasks[-1].timeframe.due == date(2026, 5, 31)
    # a report aside stays text ("…, báo cáo UBND tỉnh trước ngày …")
    text = text.replace("Kiện toàn đội ngũ báo cáo viên,", "Kiện toàn đội ngũ cán bộ, báo cáo UBND tỉnh,")
    path.write_text(text, encoding="utf-8")
    assert len(read_text_file(path).plan.tasks) == 3
