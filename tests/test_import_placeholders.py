"""A task heading that only counts it ("Hoạt động 1", "Nhiệm vụ 2") takes the first line
of its words as its title ("Hoạt động 1: Rà soát …"): the placeholder names no task."""

from __future__ import annotations

from pathlib import Path

from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

PLAN = plan_head("112", "Phòng, chống thiên tai năm 2026",
                 "Chủ động ứng phó kịp thời với thiên tai.") + """\
II. NỘI DUNG THỰC HIỆN
1. Hoạt động 1
- Nội dung: Rà soát phương án ứng phó thiên tai theo cấp độ rủi ro.
- Đơn vị thực hiện: Sở Nông nghiệp và Môi trường.
- Thời gian: Tháng 4/2026.
2. Nhiệm vụ thứ hai
- Nội dung: Tổ chức diễn tập ứng phó bão, lũ cấp tỉnh.
- Đơn vị thực hiện: Bộ Chỉ huy Quân sự tỉnh.
- Thời gian: Quý III/2026.
3. Hoạt động truyền thông
- Nội dung: Phát sóng chuyên mục phòng, chống thiên tai.
- Đơn vị thực hiện: Đài Phát thanh và Truyền hình tỉnh.
- Thời gian: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15/12/2026.
""" + SIGNED


def test_a_counting_heading_takes_its_words_as_the_title(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    titles = [t.title for t in read_text_file(path).plan.tasks]
    assert titles[:2] == [
        "Hoạt động 1: Rà soát phương án ứng phó thiên tai theo cấp độ rủi ro.",
        "Nhiệm vụ thứ hai: Tổ chức diễn tập ứng phó bão, lũ cấp tỉnh.",
    ]
    # a heading that names its task keeps it
    assert titles[2] == "Hoạt động truyền thông"
