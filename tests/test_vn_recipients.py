"""planflow_vn.recipient_names: the one reader of "báo cáo về X (qua Y) để tổng hợp, báo cáo Z"."""

from __future__ import annotations

import pytest

from planflow_vn import recipient_names


@pytest.mark.parametrize(("sentence", "names"), [
    ("các đơn vị báo cáo kết quả về UBND huyện (qua Phòng Lao động, Thương binh và Xã hội – Y tế) "
     "để tổng hợp, báo cáo Sở LĐTB&XH tỉnh.",
     {"recipient_name": "UBND huyện", "via_name": "Phòng Lao động, Thương binh và Xã hội – Y tế",
      "upward_name": "Sở LĐTB&XH tỉnh"}),
    ("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 15/11 hằng năm.",
     {"recipient_name": "UBND tỉnh", "via_name": "Sở Tư pháp"}),
    # "thông qua", and the purpose inside the brackets left out
    ("các phòng gửi báo cáo về UBND xã (thông qua Văn phòng HĐND và UBND xã để tổng hợp).",
     {"recipient_name": "UBND xã", "via_name": "Văn phòng HĐND và UBND xã"}),
    ("báo cáo UBND tỉnh trước ngày 15/12/2026.", {"recipient_name": "UBND tỉnh"}),
    # a proposal to a ministry is not part of the recipient's name
    ("định kỳ sơ kết, tổng kết, báo cáo Ủy ban nhân dân thành phố đề xuất Bộ Công an, Chính phủ "
     "xem xét.", {"recipient_name": "Ủy ban nhân dân thành phố"}),
    ("Tổ chức tuyên truyền trong cả năm.", {}),
    # the body reports go through, then "để tổng hợp, báo cáo" the recipient itself: the
    # recipient is reached through it (never the recipient reporting to itself)
    ("các xã, phường báo cáo kết quả (qua Sở Xây dựng) để tổng hợp, báo cáo UBND tỉnh.",
     {"recipient_name": "UBND tỉnh", "via_name": "Sở Xây dựng"}),
    ("Các sở báo cáo trước ngày 20/11 hằng năm (thông qua Sở Nội vụ) để tổng hợp, báo cáo UBND thành phố.",
     {"recipient_name": "UBND thành phố", "via_name": "Sở Nội vụ"}),
    # the upward body ends before the due day
    ("các xã báo cáo về UBND huyện (qua Phòng Tư pháp) để tổng hợp, báo cáo Sở Tư pháp trước ngày 05/12 "
     "hằng năm.", {"recipient_name": "UBND huyện", "via_name": "Phòng Tư pháp", "upward_name": "Sở Tư pháp"}),
])
def test_recipient_names(sentence: str, names: dict[str, str]) -> None:
    assert recipient_names(sentence) == names
