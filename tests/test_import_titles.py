"""A plan's title printed in capitals is taken as the document's own running text writes
it (planflow_import.titles): reminders, reports and pages quote it in sentences. Made-up
texts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from planflow_import import read_text_file
from planflow_import.titles import as_written

from .made_up import SIGNED

TITLE = "TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2026"
HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 140/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Nam, ngày 12 tháng 02 năm 2026\nKẾ HOẠCH\n" + TITLE + "\n")
BODY = ("I. MỤC ĐÍCH, YÊU CẦU\nTriển khai kịp thời, đồng bộ các quy định mới.\n"
        "II. NHIỆM VỤ\n1. Tập huấn cho cán bộ các xã trong Quý III/2026.\n"
        "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
        "III. TỔ CHỨC THỰC HIỆN\nSở Khoa học và Công nghệ theo dõi, đôn đốc.\n")


def _title(tmp_path: Path, opening: str) -> str:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + opening + BODY + SIGNED, encoding="utf-8")
    title = read_text_file(path).plan.document.title
    assert title is not None
    return title


def test_a_title_in_capitals_is_taken_as_the_opening_writes_it(tmp_path: Path) -> None:
    opening = ("Thực hiện Luật Bảo vệ dữ liệu cá nhân, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
               "triển khai thi hành Luật Bảo vệ dữ liệu\ncá nhân trên địa bàn tỉnh Quảng Nam "
               "năm 2026 như sau:\n")
    assert _title(tmp_path, opening) == ("Triển khai thi hành Luật Bảo vệ dữ liệu cá nhân trên "
                                         "địa bàn tỉnh Quảng Nam năm 2026")


def test_a_title_the_text_never_writes_whole_stays_as_printed(tmp_path: Path) -> None:
    opening = ("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu "
               "cá nhân như sau:\n")  # a part of it only
    assert _title(tmp_path, opening) == TITLE


def test_only_a_whole_phrase_outside_capitals_counts() -> None:
    assert as_written("PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026", [
        "PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026",  # the title line itself
        "kế hoạch phòng, chống dịch bệnh năm 20261",  # part of a longer number
        "về “phòng, chống dịch bệnh năm 2026” của xã",
    ]) == "Phòng, chống dịch bệnh năm 2026"
    assert as_written("Phòng, chống dịch bệnh năm 2026", ["phòng, chống dịch bệnh năm 2026"]) is None
    assert as_written("NĂM 2026", ["trong năm 2026"]) is None  # too short to be sure


_LETTERS = "ANHĐỆÔƯƠ ,-“”*\n anhđệôươ"


@given(st.text(alphabet=_LETTERS, max_size=40), st.lists(st.text(alphabet=_LETTERS, max_size=120),
                                                          max_size=3),
       st.text(alphabet=_LETTERS, max_size=10), st.booleans())
def test_it_only_ever_changes_letter_case(title: str, texts: list[str], pre: str,
                                          quoted: bool) -> None:
    if quoted:  # the document writing its title in a sentence
        texts = [*texts, f"{pre} {title.lower()} tiếp"]
    got = as_written(title, texts)
    if got is not None:
        quotes = str.maketrans({"“": '"', "”": '"'})
        want = " ".join(title.replace("*", "").translate(quotes).split())
        assert got.lower() == want.lower() and got != want and not got[0].islower()
