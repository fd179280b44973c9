"""A letter's close that urges it all and gives the follow-up to a body (helper fix5, round
15; gh_k02): "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành … nghiêm túc thực hiện những nội
dung trên. Giao Sở X chủ trì, phối hợp … đôn đốc …; tổng hợp báo cáo Ủy ban nhân dân tỉnh
kết quả thực hiện theo quy định./." after the last numbered body's duties. Before, it was
read as a duty of that last body and its report was never seen. Also (gh_k03): a bare time
sentence on its own line after a bullet ("Thời gian hoàn thành trước ngày …") times that
bullet; difficulties reported when they arise ("Trường hợp có khó khăn, vướng mắc …, … có
văn bản báo cáo gửi Sở X") are an ad-hoc report. Made-up text."""

from __future__ import annotations

from datetime import date

import planflow

from .made_up import SIGNED_DEPUTY, read_plan

LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 915/UBND-KGVX
V/v tăng cường quản lý quỹ khám bệnh, chữa bệnh bảo hiểm y tế
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 04 tháng 3 năm 2027
Kính gửi:
- Sở Y tế;
- Bảo hiểm xã hội tỉnh;
- Ủy ban nhân dân các xã, phường.
Để sử dụng hiệu quả quỹ bảo hiểm y tế năm 2027, Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Y tế
- Chỉ đạo các cơ sở khám, chữa bệnh chấn chỉnh việc chỉ định xét nghiệm.
2. Bảo hiểm xã hội tỉnh
- Giám định chặt chẽ chi phí khám, chữa bệnh bảo hiểm y tế.
3. Ủy ban nhân dân các xã, phường
Tăng cường kiểm tra công tác khám, chữa bệnh tại các trạm y tế.
Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội tỉnh chủ trì, phối hợp Sở Y tế đôn đốc các đơn vị triển khai thực hiện; tổng hợp báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện theo quy định./.
""" + SIGNED_DEPUTY


def test_the_close_is_no_duty_and_its_report_is_read_without_a_day(tmp_path):
    r = read_plan(tmp_path, LETTER)
    titles = [t.title for t in r.plan.tasks]
    assert len(titles) == 3
    assert titles[-1].startswith("Tăng cường kiểm tra công tác khám")
    assert not any("nghiêm túc thực hiện" in t or "Giao Bảo hiểm" in t for t in titles)
    regime = r.plan.regime
    assert regime is not None and regime.cadence == "unresolved"
    assert "kết quả thực hiện theo quy định" in regime.text
    # no period or due day: said so
    assert any("the results are reported, but no period or due day is stated" in str(w)
               for w in r.warnings)


LETTER_TIMED = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 916/UBND-ĐT
V/v chuẩn hóa dữ liệu địa chỉ trên địa bàn tỉnh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 05 tháng 3 năm 2027
Kính gửi:
- Sở Xây dựng;
- Ủy ban nhân dân các xã, phường.
Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
1. Về việc chuẩn hóa dữ liệu địa chỉ
- Giao Ủy ban nhân dân các xã, phường rà soát dữ liệu địa chỉ đã cấp trên địa bàn.
- Giao Ủy ban nhân dân các xã, phường cập nhật dữ liệu địa chỉ vào cơ sở dữ liệu đất đai của tỉnh.
Thời gian hoàn thành trước ngày 30 tháng 4 năm 2027.
2. Về phần mềm dùng chung
- Giao Sở Xây dựng chủ trì khảo sát phần mềm đánh số nhà tại các xã, phường.
Chủ tịch Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện đầy đủ các nội dung chỉ đạo nêu trên. Trường hợp có khó khăn, vướng mắc trong quá trình thực hiện, đề nghị các cơ quan, đơn vị có văn bản báo cáo gửi Sở Xây dựng để tổng hợp, đề xuất Ủy ban nhân dân tỉnh xem xét./.
""" + SIGNED_DEPUTY


def test_a_bare_time_sentence_times_the_bullet_above_and_difficulties_are_reported_when_they_arise(tmp_path):
    r = read_plan(tmp_path, LETTER_TIMED)
    tasks = r.plan.tasks
    assert len(tasks) == 3  # the close urging it all is no duty
    first, second, third = tasks
    # "Thời gian hoàn thành trước ngày 30 tháng 4 năm 2027." on its own line after the second
    # bullet: that bullet's time (before, dropped); the first bullet states none
    assert first.timeframe.kind is planflow.Kind.CONTINUOUS
    assert second.timeframe.kind is planflow.Kind.DEADLINE
    assert second.timeframe.due == date(2027, 4, 29)
    assert third.title.startswith("Giao Sở Xây dựng chủ trì khảo sát")
    # "Trường hợp có khó khăn, vướng mắc …, … có văn bản báo cáo gửi Sở Xây dựng": reported
    # when they arise, kept beside the plan's regime (never the regime itself), said
    assert r.plan.regime is None
    (kept,) = r.plan.settings["import"]["reports"]
    assert kept["cadence"] == "ad_hoc" and "Sở Xây dựng" in kept["text"]
    assert "difficulties_only" in {getattr(w, "key", "") for w in r.warnings}
