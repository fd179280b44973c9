"""A letter's close that urges it all and gives the follow-up to a body (helper fix5, round
15; gh_k02): "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành … nghiêm túc thực hiện những nội
dung trên. Giao Sở X chủ trì, phối hợp … đôn đốc …; tổng hợp báo cáo Ủy ban nhân dân tỉnh
kết quả thực hiện theo quy định./." after the last numbered body's duties. Before, it was
read as a duty of that last body and its report was never seen. Made-up text."""

from __future__ import annotations

from .made_up import read_plan

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
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
"""


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
