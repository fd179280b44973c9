"""A list item's number printed alone on its line, its words on the next (scraped pages
bold the number only: "**6**." | "Tổ chức …"): one item with its words, not an item with
no title and a paragraph after it. Made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("131", "Triển khai Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm 2026",
                 "Triển khai kịp thời, đồng bộ các quy định mới.")


@pytest.mark.parametrize("number", ["**6**.", "6.", "**6.**", "6 ."])
def test_an_items_number_alone_on_its_line_leads_its_words(tmp_path: Path, number: str) -> None:
    body = ("II. NỘI DUNG\n"
            "5. Rà soát các văn bản quy phạm pháp luật\n"
            "- Cơ quan thực hiện: Sở Khoa học và Công nghệ.\n"
            "- Thời gian thực hiện: Quý II/2026.\n"
            f"{number}\n"
            "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn\n"
            "quốc gia\n"
            "- Cơ quan thực hiện: Sở Khoa học và Công nghệ.\n"
            "- Thời gian thực hiện: Quý IV/2026.\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n")
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    titles = [t.title for t in plan.tasks]
    assert "" not in titles, titles
    six = next(t for t in plan.tasks if t.title.startswith("Tổ chức triển khai thực hiện Chiến lược"))
    assert six.title.endswith("tiêu chuẩn quốc gia")
    assert six.timeframe.kind is planflow.Kind.WINDOW and six.timeframe.due is not None
    assert six.timeframe.due.isoformat() == "2026-12-31"


def test_a_page_number_or_a_year_alone_is_no_item(tmp_path: Path) -> None:
    body = ("II. NỘI DUNG\n"
            "1. Rà soát các văn bản quy phạm pháp luật trước ngày 30/6/2026.\n"
            "- Cơ quan thực hiện: Sở Tư pháp.\n"
            "12\n"
            "2. Tập huấn cho cán bộ các xã trong Quý III/2026.\n"
            "- Cơ quan thực hiện: Sở Khoa học và Công nghệ.\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n")
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    assert [t.title[:20] for t in plan.tasks] == ["Rà soát các văn bản ", "Tập huấn cho cán bộ "]
