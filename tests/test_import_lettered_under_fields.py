"""Lettered duties under decimal fields of work (helper fix5, round 15; a Government
resolution among the k plans): "1. Về an sinh xã hội" / "1.1. Hỗ trợ lương thực" / "a) Sở
X tiếp tục …" / "b) Công an tỉnh chỉ đạo …"; a body's line under a field ("Ủy ban nhân dân
các huyện:" / "a) …") whose duties end at the next field ("1.3. …"); "Sở Tài chính chỉ đạo
Kho bạc Nhà nước tỉnh:" over "a) …" (the body directing leads); "a) Sở Tài chính chủ trì,
phối hợp với các sở, ngành:" over "- …" bullets (each a duty of its lead); a lettered duty
whose body is not read stays without a lead. Before, the
lettered duties under a field were lost, and a body's line led every duty to the section's
end. Made-up plan (tests/made_up.py)."""

from __future__ import annotations

from datetime import date

import planflow

from .made_up import SIGNED, plan_head, read_plan

BODY = """II. NHIỆM VỤ, GIẢI PHÁP
1. Về an sinh xã hội
1.1. Hỗ trợ lương thực
a) Sở Công Thương tiếp tục bảo đảm nguồn hàng thiết yếu cho các xã bị ảnh hưởng.
b) Công an tỉnh chỉ đạo lực lượng tại chỗ hỗ trợ vận chuyển hàng cứu trợ.
c) Ủy ban nhân dân thành phố Đà
Nẵng, thành phố Huế trực tiếp chi viện lương thực cho các xã vùng lũ.
1.2. Hỗ trợ về nhà ở
Ủy ban nhân dân các huyện:
a) Huy động các nguồn lực hỗ trợ Nhân dân sửa chữa nhà ở bị hư hại.
b) Rà soát quỹ đất để bố trí tái định cư cho các hộ mất nhà.
1.3. Vệ sinh môi trường
a) Sở Y tế hướng dẫn xử lý nguồn nước sau lũ tại các xã.
b) Sở Y tế, các sở liên quan xuất cấp kịp thời hóa chất khử trùng cho các xã vùng lũ.
1.4. Bảo đảm chi trả chế độ
Sở Tài chính chỉ đạo Kho bạc Nhà nước tỉnh:
a) Thực hiện chi trả gộp trợ cấp cho người thụ hưởng vào kỳ chi trả tháng 12 năm 2026 đối với các xã bị ảnh hưởng.
2. Các sở, ngành:
a) Khẩn trương triển khai các giải pháp khôi phục sản xuất, kinh doanh.
b) Được phép rút gọn thủ tục hành chính để hỗ trợ người dân, doanh nghiệp.
3. Ủy ban nhân dân các huyện:
a) Ban hành chính sách hỗ trợ phù hợp theo thẩm quyền.
4. Các sở, ngành, địa phương tiếp tục triển khai các giải pháp ổn định kinh tế, cụ thể như sau:
a) Sở Tài chính chủ trì, phối hợp với các sở, ngành:
- Tổng hợp thiệt hại và đề xuất hỗ trợ kinh phí từ ngân sách tỉnh.
- Đánh giá ảnh hưởng của lũ lụt đến tăng trưởng kinh tế của tỉnh.
b) Sở Nông nghiệp và Môi trường hướng dẫn khôi phục sản xuất nông nghiệp.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, UBND các huyện căn cứ nhiệm vụ được giao triển khai thực hiện.
"""


def test_lettered_duties_under_fields_of_work_each_led_by_the_body_it_names(tmp_path):
    r = read_plan(tmp_path, plan_head("61", "Khắc phục hậu quả lũ lụt năm 2026",
                                      "- Ổn định đời sống Nhân dân.") + BODY + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    leads = [(t.title, [names[i] for i in t.lead]) for t in r.plan.tasks]

    def got(prefix: str) -> list[str]:
        return next(lead for title, lead in leads if title.startswith(prefix))

    # "1.1." / "a) Sở Công Thương tiếp tục …": the lettered duty's own body
    assert got("Sở Công Thương tiếp tục bảo đả") == ["Sở Công Thương"]
    assert got("Công an tỉnh chỉ đạo lực lượng") == ["Công an tỉnh"]
    # "Ủy ban nhân dân các huyện:" leads its lettered duties, and no further than "1.3."
    assert got("Huy động các nguồn lực hỗ trợ") == ["Ủy ban nhân dân các huyện"]
    assert got("Rà soát quỹ đất để bố trí tái") == ["Ủy ban nhân dân các huyện"]
    assert got("Sở Y tế hướng dẫn xử lý nguồn") == ["Sở Y tế"]
    # "Sở Tài chính chỉ đạo Kho bạc Nhà nước tỉnh:" / "a) …": the body directing leads
    assert got("Thực hiện chi trả gộp trợ cấp c") == ["Sở Tài chính"]
    # "a) Sở Tài chính chủ trì, phối hợp với …:" / "- …": each bullet its duty
    assert got("Tổng hợp thiệt hại và đề xuất") == ["Sở Tài chính"]
    assert got("Đánh giá ảnh hưởng của lũ lụt") == ["Sở Tài chính"]
    assert got("Sở Nông nghiệp và Môi trường h") == ["Sở Nông nghiệp và Môi trường"]
    # "… vào kỳ chi trả tháng 12 năm 2026 đối với …": the round's month, inside the sentence
    paid = next(t for t in r.plan.tasks if t.title.startswith("Thực hiện chi trả gộp"))
    assert (paid.timeframe.kind, paid.timeframe.start, paid.timeframe.end) == (
        planflow.Kind.WINDOW, date(2026, 12, 1), date(2026, 12, 31))
    assert all(t.timeframe.kind == planflow.Kind.CONTINUOUS for t in r.plan.tasks if t is not paid)
    assert got("Ban hành chính sách hỗ trợ phù") == ["Ủy ban nhân dân các huyện"]
    # a lettered duty under a field whose body is not read ("xuất cấp" is no verb it knows):
    # a task of its own without a lead (not the body line's above, not lost)
    assert got("Sở Y tế, các sở liên quan xuất") == []
    # "c) Ủy ban nhân dân thành phố Đà" | "Nẵng, thành phố Huế …": a name wrapped between its
    # words is one item (before, the line was a heading and its duty lost)
    assert any(t.title.startswith("Ủy ban nhân dân thành phố Đà Nẵng, thành phố Huế trực tiếp")
               for t in r.plan.tasks)
    assert len(r.plan.tasks) == 14
