"""A content section laid out in rounds ("1. Đợt 1: Từ ngày … đến ngày …" / "a) Nội dung
…" / "- Kiểm tra việc …"), no item naming who does it, no labels, no task table, no agency
heading: the lowest list items are the issuer's own tasks (no lead), each with the time of
its round or heading; aims, forms, slogans and "Tổ chức thực hiện" are never read so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

HEAD = """\
ỦY BAN MTTQ VIỆT NAM
XÃ TÂN LẬP
BAN THƯỜNG TRỰC
Số: 07/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Giám sát công tác chuẩn bị hội diễn văn nghệ quần chúng năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nắm bắt kịp thời tình hình chuẩn bị hội diễn ở các thôn.
2. Bảo đảm hội diễn an toàn, tiết kiệm.
"""
TAIL = """\
IV. HÌNH THỨC GIÁM SÁT
- Tham dự các buổi tập luyện của các đội văn nghệ.
- Nghe báo cáo trực tiếp của Ban tổ chức.
V. TỔ CHỨC THỰC HIỆN
Kinh phí thực hiện theo dự toán được duyệt.
Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Văn B
"""


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], str, date | None, date | None]]:
    return [(t.title, list(t.lead), t.timeframe.kind.value, t.timeframe.start, t.timeframe.due)
            for t in result.plan.tasks]


def test_items_under_rounds_are_the_issuers_tasks(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
Hoạt động giám sát được chia thành 03 đợt:
1. Đợt 1: Từ ngày 08/12/2025 đến ngày 30/01/2026:
a) Nội dung kiểm tra (đối với các thôn):
- Kiểm tra việc thành lập đội văn nghệ của thôn.
- Kiểm tra việc chọn tiết mục dự thi.
b) Nội dung giám sát:
- Giám sát việc cấp kinh phí tập luyện cho các đội.
2. Đợt 2: Từ ngày 02/02/2026 đến ngày 14/3/2026 gồm các nội dung trọng tâm:
- Giám sát việc tổ chức buổi tổng duyệt.
+ Thành phần Ban giám khảo.
+ Thời gian tổng duyệt.
- Giám sát việc bố trí sân khấu.
3. Đợt 3: Từ ngày 15/3/2026 đến ngày hội diễn
- Kiểm tra công tác tuyên truyền về hội diễn ở các thôn.
""")
    assert _rows(result) == [
        ("Kiểm tra việc thành lập đội văn nghệ của thôn", [], "window", date(2025, 12, 8), date(2026, 1, 30)),
        ("Kiểm tra việc chọn tiết mục dự thi", [], "window", date(2025, 12, 8), date(2026, 1, 30)),
        ("Giám sát việc cấp kinh phí tập luyện cho các đội", [], "window", date(2025, 12, 8),
         date(2026, 1, 30)),
        ("Giám sát việc tổ chức buổi tổng duyệt", [], "window", date(2026, 2, 2), date(2026, 3, 14)),
        ("Giám sát việc bố trí sân khấu", [], "window", date(2026, 2, 2), date(2026, 3, 14)),
        # "đến ngày hội diễn" names no date: continuous from 15/3/2026, no due day
        ("Kiểm tra công tác tuyên truyền về hội diễn ở các thôn", [], "continuous", date(2026, 3, 15),
         None),
    ]
    # the "+" sub-items are the item's words, not tasks
    assert list(result.plan.tasks[3].content) == ["Giám sát việc tổ chức buổi tổng duyệt.",
                                            "Thành phần Ban giám khảo.", "Thời gian tổng duyệt."]
    assert any(getattr(w, "key", "") == "round_items" for w in result.warnings)
    assert not any(getattr(w, "key", "") == "section_kept" and "NỘI DUNG" in str(w)
                   for w in result.warnings)


def test_a_round_with_a_paragraph_and_a_heading_from_now(tmp_path):
    # "xuyên suốt từ nay đến kết thúc …": from the issue day on; "2.3. Đợt 3" with no list
    # under it: its paragraph is its task
    result = _read(tmp_path, """\
II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN
1. Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc hội diễn
- Tuyên truyền ý nghĩa của hội diễn văn nghệ quần chúng.
2. Nội dung tuyên truyền trọng tâm theo thời gian
2.1. Đợt 1: Trong tháng 12/2025
- Tuyên truyền thể lệ hội diễn trên loa truyền thanh.
2.2. Đợt 2: Từ tháng 01 đến ngày hội diễn 15/3/2026
- Tuyên truyền các tiết mục tiêu biểu của các thôn.
2.3. Đợt 3: Sau ngày hội diễn
Tuyên truyền kết quả hội diễn và biểu dương các đội đạt giải.
""")
    rows = _rows(result)
    assert rows[:3] == [
        ("Tuyên truyền ý nghĩa của hội diễn văn nghệ quần chúng", [], "continuous", date(2025, 12, 2),
         None),
        ("Tuyên truyền thể lệ hội diễn trên loa truyền thanh", [], "window", date(2025, 12, 1),
         date(2025, 12, 31)),
        ("Tuyên truyền các tiết mục tiêu biểu của các thôn", [], "window", date(2026, 1, 1),
         date(2026, 3, 15)),
    ]
    assert rows[3][0] == "Tuyên truyền kết quả hội diễn và biểu dương các đội đạt giải"
    assert len(rows) == 4


def test_rounds_that_state_no_time_are_no_schedule(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG GIÁM SÁT
1. Đợt 1: giám sát các thôn phía bắc
- Giám sát việc thành lập đội văn nghệ của thôn.
2. Đợt 2: giám sát các thôn phía nam
- Giám sát việc bố trí sân khấu.
""")
    assert not any(getattr(w, "key", "") == "round_items" for w in result.warnings)


def test_aims_laid_out_in_rounds_are_not_tasks(tmp_path):
    result = _read(tmp_path, """\
II. MỤC TIÊU VÀ NỘI DUNG TỪNG ĐỢT
1. Đợt 1: Trong tháng 12/2025
- Bảo đảm 100% thôn có đội văn nghệ.
2. Đợt 2: Trong tháng 01/2026
- Bảo đảm 90% tiết mục được tổng duyệt.
""")
    assert not any(getattr(w, "key", "") == "round_items" for w in result.warnings)



def _led(result: planflow.ImportResult) -> list[tuple[str, list[str], str, date | None, date | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe.kind.value, t.timeframe.start,
             t.timeframe.due) for t in result.plan.tasks]


def test_dated_steps_that_meet_and_confer_name_their_lead(tmp_path):
    # "- Từ ngày …: <body> họp với … / trao đổi với …": steps of a timeline led by that body
    # ("họp", "trao đổi" are duty verbs), in the time before the colon
    result = _read(tmp_path, """II. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC
1. Thời gian: các buổi tổng duyệt được tổ chức như sau:
- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với trưởng các thôn để thống nhất lịch tổng duyệt.
- Từ ngày 05/02/2026 - 08/02/2026: Ủy ban nhân dân xã trao đổi với các đội văn nghệ về lịch tổng duyệt.
2. Địa điểm: nhà văn hóa các thôn.
""")
    assert _led(result) == [
        ("Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với trưởng các thôn để thống nhất lịch "
         "tổng duyệt", ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], "continuous", date(2026, 2, 4),
         None),
        ("Ủy ban nhân dân xã trao đổi với các đội văn nghệ về lịch tổng duyệt", ["Ủy ban nhân dân xã"],
         "window", date(2026, 2, 5), date(2026, 2, 8)),
    ]


def test_steps_under_a_time_heading_take_its_time(tmp_path):
    # "1. Từ ngày 04/02/2026:" over "- <body> <verb> …" items: each step led by its body,
    # in the heading's time (an item's own time would win)
    result = _read(tmp_path, """\
II. THỜI GIAN TỔ CHỨC
1. Từ ngày 04/02/2026:
- Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với trưởng các thôn để thống nhất lịch tổng duyệt.
- Ủy ban nhân dân xã trao đổi với các đội văn nghệ về lịch tổng duyệt, hoàn thành trước ngày 10/02/2026.
2. Từ ngày 05/02/2026 - 08/02/2026:
- Ủy ban nhân dân xã tổ chức tổng duyệt tại nhà văn hóa các thôn.
""")
    got = [(lead, kind, start, due) for _, lead, kind, start, due in _led(result)]
    assert got == [
        (["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], "continuous", date(2026, 2, 4), None),
        # "trước ngày 10/02/2026": the day before
        (["Ủy ban nhân dân xã"], "deadline", None, date(2026, 2, 9)),
        (["Ủy ban nhân dân xã"], "window", date(2026, 2, 5), date(2026, 2, 8)),
    ]


def test_rounds_listed_under_an_empty_time_label_are_the_task_s_time(tmp_path):
    # "* Thời gian thực hiện:" over "+ Đợt 1: Trong khoảng thời gian từ ngày … đến ngày …":
    # the rounds are one listed recurrence, the task's time
    result = _read(tmp_path, """\
II. NỘI DUNG GIÁM SÁT
1. Giám sát việc tổ chức tập luyện của các đội văn nghệ
- Cơ quan thực hiện: Ban Thường trực Ủy ban MTTQ Việt Nam xã.
* Thời gian thực hiện:
+ Đợt 1: Trong khoảng thời gian từ ngày 05/01/2026 đến ngày 09/01/2026.
+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 06/02/2026.
2. Giám sát việc tổ chức buổi tổng duyệt
- Cơ quan thực hiện: Ban Thường trực Ủy ban MTTQ Việt Nam xã.
- Thời gian thực hiện: Trong khoảng thời gian từ ngày 02/3/2026 đến 17 giờ 00, ngày 06/3/2026.
""")
    first, second = result.plan.tasks
    tf = first.timeframe
    assert (tf.kind.value, tf.recurrence, [tuple(o) for o in tf.occurrences]) == (
        "recurring", "listed", [(date(2026, 1, 5), date(2026, 1, 9)), (date(2026, 2, 2), date(2026, 2, 6))])
    tf = second.timeframe
    assert (tf.kind.value, tf.start, tf.due) == ("window", date(2026, 3, 2), date(2026, 3, 6))
    assert any("the hour of the day is a note" in str(w) for w in tf.warnings)
