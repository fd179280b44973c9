"""Two spellings of one body are one agency: abbreviations written with "&" or "-"
between their capitals ("Sở TT&TT", "Sở LĐ-TB&XH", "Đài PT-TH tỉnh"), the fields' names
with or without commas, "BCH", "VP", "MTTQ", "LHPN", a collective's levels joined by "/" or
"," ("UBND các tỉnh/ thành phố", "UBND các tỉnh, thành phố"), and the old tone placement
("hoá", "Uỷ", "Thuỷ"). The full name, once met, becomes the agency's name and the
abbreviation its short name; the id stays the first spelling's (ids never change within
an import). Bodies that differ stay apart."""

from __future__ import annotations

import pytest

from planflow_import.agencies import AgencyBook, is_agency_start, split_agencies

SAME = [
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội"),
    ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở GD-ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
    ("Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"),
    ("Đài PT&TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
    ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("VP UBND tỉnh", "Văn phòng UBND tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Uỷ ban nhân dân tỉnh", "UBND tỉnh"),
    ("Trung tâm Khuyến nông Thuỷ sản", "Trung tâm Khuyến nông Thủy sản"),
    ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"),
    # a collective written with "/" or "," between its levels (round 10)
    ("UBND các tỉnh/ thành phố", "UBND các tỉnh/thành phố"),
    ("UBND các tỉnh/thành phố", "UBND các tỉnh, thành phố"),
    ("UBND các quận / huyện", "UBND các quận, huyện"),
    # bodies written by their initials alone (round 13): "BHXH tỉnh", "BCHQS tỉnh", "CA xã"
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("BCHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("BCHQS tỉnh", "BCH Quân sự tỉnh"),
    ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
    ("KBNN tỉnh", "Kho bạc Nhà nước tỉnh"),
    ("UBMTTQ tỉnh", "Ủy ban MTTQ tỉnh"),
    ("CA xã", "Công an xã"),
    ("NHCSXH tỉnh", "Ngân hàng Chính sách xã hội tỉnh"),
]

APART = [
    ("Sở Tài chính", "Sở Tư pháp"),
    ("Văn phòng UBND tỉnh", "Văn phòng HĐND tỉnh"),
    ("UBND tỉnh", "UBND huyện"),
    ("Sở Y tế", "Trung tâm Y tế huyện"),
    ("Sở TT&TT", "Sở Tài nguyên và Môi trường"),
    ("Đài PT-TH tỉnh", "Báo tỉnh"),
    ("UBND các tỉnh/thành phố", "UBND các tỉnh/thành phố khác"),
    ("BHXH tỉnh", "BHXH huyện"),
    ("CA tỉnh", "CA xã"),
]


@pytest.mark.parametrize("listed, names", [
    ("Sở Tài chính, BHXH tỉnh", ["Sở Tài chính", "BHXH tỉnh"]),
    ("Sở Tài chính, BCHQS tỉnh, CA tỉnh", ["Sở Tài chính", "BCHQS tỉnh", "CA tỉnh"]),
    ("Sở Nội vụ; KBNN tỉnh", ["Sở Nội vụ", "KBNN tỉnh"]),
])
def test_bodies_written_by_their_initials_in_a_list_are_each_a_body(listed: str, names: list[str]) -> None:
    assert split_agencies(listed) == names
    assert all(is_agency_start(n) for n in names)


@pytest.mark.parametrize("words", ["CAO điểm", "KBNNX tỉnh", "CAD tỉnh", "Các chỉ tiêu"])
def test_capitals_that_are_no_bodys_initials(words: str) -> None:
    assert not is_agency_start(words)


@pytest.mark.parametrize("a, b", SAME)
def test_two_spellings_are_one_agency(a: str, b: str) -> None:
    book = AgencyBook()
    assert book.add(a) == book.add(b)
    assert len(book.agencies) == 1


@pytest.mark.parametrize("a, b", APART)
def test_different_bodies_stay_apart(a: str, b: str) -> None:
    book = AgencyBook()
    assert book.add(a) != book.add(b)


def test_the_full_name_once_met_is_the_name_and_the_abbreviation_the_short_name() -> None:
    book = AgencyBook()
    first = book.add("Sở TT&TT")
    assert book.add("Sở Thông tin và Truyền thông") == first
    (agency,) = book.agencies
    assert (agency.id, agency.name, agency.short_name) == (
        first, "Sở Thông tin và Truyền thông", "Sở TT&TT")
    book.add("UBND tỉnh")
    book.add("Ủy ban nhân dân tỉnh")
    assert book.agencies[1].name == "UBND tỉnh"  # how names are written, not an abbreviation


# a PDF's text layer splitting a syllable of an agency's name
SPLIT = [
    ("Bộ Y t ế", "Bộ Y tế"),
    ("Sở T ài chính", "Sở Tài chính"),
    ("Bộ Qu ốc phòng", "Bộ Quốc phòng"),
    ("Sở Giáo d ục và Đào t ạo", "Sở Giáo dục và Đào tạo"),
    ("Bộ Công Th ương", "Bộ Công Thương"),
]


@pytest.mark.parametrize(("split", "whole"), SPLIT)
def test_a_name_split_by_a_text_layer_is_joined_back(split: str, whole: str) -> None:
    book = AgencyBook()
    aid = book.add(split)
    assert book.agencies[0].name == whole
    assert book.add(whole) == aid


@pytest.mark.parametrize("words", [
    "Công an tỉnh", "Ủy ban nhân dân các tỉnh, thành phố", "Đài Truyền hình Việt Nam",
    # words that are no agency syllable stay apart, whatever they join to
    "Trung tâm Th ờ i trang", "Ban Quản lý dự án Tây Nguyên",
])
def test_names_not_split_stay_as_written(words: str) -> None:
    book = AgencyBook()
    book.add(words)
    assert book.agencies[0].name == words


def test_a_split_agency_heading_leads_its_duties(tmp_path) -> None:
    from planflow_import import read_text_file

    from .made_up import SIGNED, plan_head

    path = tmp_path / "plan.txt"
    path.write_text(plan_head("12", "Chăm sóc người cao tuổi năm 2026", "Chăm lo người cao tuổi.")
                    + "II. NHIỆM VỤ\n1. Bộ Y t ế\n- Tổ chức khám sức khỏe định kỳ cho người cao tuổi.\n"
                    "2. Sở T ài chính\n- Bố trí kinh phí khám sức khỏe.\n" + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    leads = {names[t.lead[0]] for t in plan.tasks}
    assert leads == {"Bộ Y tế", "Sở Tài chính"}


def test_a_name_written_with_spaces_around_a_slash_is_kept_without_them() -> None:
    book = AgencyBook()
    aid = book.add("UBND các tỉnh/ thành phố")
    assert book.agencies[0].name == "UBND các tỉnh/thành phố"
    assert book.add("UBND các tỉnh / thành phố") == aid


@pytest.mark.parametrize(("text", "names"), [
    # one "UBND" shared by the places listed after it: each place's committee (round 10)
    ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh",
     ["UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh"]),
    ("UBND tỉnh Sông Mây và tỉnh Núi Bạc", ["UBND tỉnh Sông Mây", "UBND tỉnh Núi Bạc"]),
    ("Ủy ban nhân dân huyện Mây Xanh, huyện Đồi Cao, thị xã Bến Cũ",
     ["Ủy ban nhân dân huyện Mây Xanh", "Ủy ban nhân dân huyện Đồi Cao",
      "Ủy ban nhân dân thị xã Bến Cũ"]),
    # a collective names no place: one agency
    ("UBND các tỉnh, thành phố", ["UBND các tỉnh, thành phố"]),
    ("UBND tỉnh Sông Mây", ["UBND tỉnh Sông Mây"]),
])
def test_one_committee_word_for_several_places(text: str, names: list[str]) -> None:
    assert split_agencies(text) == names


@pytest.mark.parametrize("words", ["Phòng, chống thiên tai", "Phòng chống dịch bệnh", "Phòng thủ dân sự",
                                   "Phòng ngừa rủi ro", "Phòng cháy, chữa cháy rừng"])
def test_phong_as_to_prevent_opens_no_agency_name(words: str) -> None:
    """"Phòng, chống …", "Phòng thủ …" (to prevent, defence) are no department: a flattened
    table's cell opening on them is no agency's (round harvest h, gh_h01)."""
    assert not is_agency_start(words)


@pytest.mark.parametrize("words", ["Phòng Tư pháp", "Phòng Cảnh sát phòng cháy", "Phòng Văn hóa - Thông tin"])
def test_a_department_still_opens_an_agency_name(words: str) -> None:
    assert is_agency_start(words)
